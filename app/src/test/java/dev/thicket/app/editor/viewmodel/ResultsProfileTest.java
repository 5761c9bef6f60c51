package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Node;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The profile switch of the live results, with a queue standing in for the UI thread. */
class ResultsProfileTest {
  private final UiQueue uiThread = new UiQueue();
  private final ResultsViewModel results = new ResultsViewModel(uiThread);
  private AttackTree keras;

  @BeforeEach
  void scoreKeras() throws Exception {
    keras = TreeReader.read(DocumentViewModelTest.KERAS);
    results.analyse(keras);
    uiThread.runUntilScored(results, keras);
  }

  @AfterEach
  void close() {
    results.close();
  }

  @Test
  void profilesAreTheTreesInFileOrder() {
    assertThat(results.profiles()).isEqualTo(List.copyOf(keras.profiles().values()));
  }

  @Test
  void eachProfileShowsTheModelsPerProfileViewAndKeepsTheWholeTreeScored() throws Exception {
    ScoredTree whole = results.scoredProperty().get();
    AnalysisOptions options = new AnalysisOptions(Mode.RESIDUAL, AnalysisOptions.DEFAULT_TOP,
        AnalysisSettings.NONE).withImportanceMode(Mode.RESIDUAL);
    for (String id : keras.profiles().keySet()) {
      choose(id);
      ScoredTree expected = whole.forProfile(id, options);
      ScoredTree shown = results.shownProperty().get();

      assertThat(shown.result()).as(id).isEqualTo(expected.result());
      assertThat(results.scenarios()).as(id).isEqualTo(expected.scenarios());
      assertThat(results.outOfReachProperty().get()).as(id)
          .isEqualTo(outOfReach(keras.profiles().get(id)));
      assertThat(results.scoredProperty().get()).as(id).isSameAs(whole);
    }
  }

  @Test
  void wholeTreeAgainShowsTheWholeTree() throws Exception {
    ScoredTree whole = results.scoredProperty().get();
    choose(keras.profiles().keySet().iterator().next());

    choose(null);

    assertThat(results.shownProperty().get()).isSameAs(whole);
    assertThat(results.scenarios()).isEqualTo(whole.scenarios());
    assertThat(results.outOfReachProperty().get()).isEmpty();
  }

  @Test
  void profileTheTreeNoLongerHasFallsBackToTheWholeTree() throws Exception {
    choose(keras.profiles().keySet().iterator().next());
    AttackTree without = keras.withProfiles(List.of());

    results.analyse(without);
    uiThread.runUntil(() -> !results.runningProperty().get()
        && results.shownProperty().get() != null
        && results.shownProperty().get().tree() == without);

    assertThat(results.profileProperty().get()).isNull();
    assertThat(results.profiles()).isEmpty();
    assertThat(results.shownProperty().get()).isSameAs(results.scoredProperty().get());
  }

  private void choose(String id) throws InterruptedException {
    ScoredTree before = results.shownProperty().get();
    results.profileProperty().set(id);
    uiThread.runUntil(() -> !results.runningProperty().get()
        && results.shownProperty().get() != before);
  }

  private Set<String> outOfReach(AttackerProfile profile) {
    return keras.nodes().values().stream()
        .filter(node -> node.isLeaf() && !profile.reaches(node.attacker().potential()))
        .map(Node::id).collect(Collectors.toSet());
  }
}
