package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.analysis.Mode;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live results, with a queue standing in for the UI thread (this test's thread drains it). */
class ResultsViewModelTest {
  private final BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
  private final ResultsViewModel results = new ResultsViewModel(uiThread::add);

  @AfterEach
  void close() {
    results.close();
  }

  @Test
  void nodeProbabilitiesFollowTheModeShown() throws Exception {
    AttackTree keras = TreeReader.read(DocumentViewModelTest.KERAS);
    Node step = keras.node("deserialization-exploit");
    Mitigation safeFormat = keras.mitigations().get(step.mitigations().get(0));
    assertThat(safeFormat.status()).isEqualTo(MitigationStatus.IMPLEMENTED);
    double likelihood = step.likelihood().value();

    analyseAndWait(keras);
    double residual = results.importance(step.id()).probability();
    results.modeProperty().set(Mode.INHERENT);
    drainUntilResult(keras);
    double inherent = results.importance(step.id()).probability();

    assertThat(residual).isCloseTo(likelihood * (1 - safeFormat.effectiveness()), within(1e-12));
    assertThat(inherent).isCloseTo(likelihood, within(1e-12));
  }

  @Test
  void progressOfTheRunningAnalysisReachesTheUiBeforeItsResult() throws Exception {
    AttackTree large = TreeGenerator.generate(3_000, 0.1, 7);
    List<String> stagesBeforeResult = new ArrayList<>();
    results.stageProperty().addListener((observable, before, after) -> {
      if (results.analysedProperty().get() != large) {
        stagesBeforeResult.add(after);
      }
    });

    analyseAndWait(large);

    assertThat(stagesBeforeResult).isNotEmpty().doesNotContain("");
    assertThat(stagesBeforeResult.get(0)).startsWith("diagrams");
    assertThat(results.runningProperty().get()).isFalse();
    assertThat(results.progressProperty().get()).isEqualTo(1.0);
  }

  private void analyseAndWait(AttackTree tree) throws InterruptedException {
    results.analyse(tree);
    drainUntilResult(tree);
  }

  /** Runs what the view model hands to the UI thread until the result for {@code tree} lands. */
  private void drainUntilResult(AttackTree tree) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (results.runningProperty().get() || results.analysedProperty().get() != tree) {
      Runnable next = uiThread.poll(100, TimeUnit.MILLISECONDS);
      if (next != null) {
        next.run();
      }
      assertThat(System.nanoTime()).as("result within 60 s").isLessThan(deadline);
    }
  }
}
