package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.CompareViewModel.ShareRow;
import dev.thicket.exports.report.DiffReport;
import dev.thicket.model.diff.TreeDiff;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareViewModelTest {
  @TempDir Path folder;

  private final UiQueue ui = new UiQueue();

  private CompareViewModel compared(AttackTree open, Path other) throws InterruptedException {
    CompareViewModel model = new CompareViewModel(open, "keras.yaml", other, Runnable::run, ui);
    ui.runUntil(() -> !model.runningProperty().get());
    return model;
  }

  @Test
  void showsTheDiffOfTheOpenTreeAgainstTheFile() throws Exception {
    AttackTree keras = TreeReader.read(DocumentViewModelTest.KERAS);
    AttackTree older = keras.withNode(keras.node("dep-vulns").withLikelihood(Estimate.of(0.3)));
    Path file = Files.writeString(folder.resolve("older.yaml"), TreeWriter.toYaml(older));
    TreeDiff diff = TreeDiff.of(older, keras);

    CompareViewModel model = compared(keras, file);

    assertThat(model.changes()).isEqualTo(new DiffReport("older.yaml", "keras.yaml", diff)
        .changeLines());
    assertThat(model.shares()).containsExactlyElementsOf(diff.attribution().shares().stream()
        .map(share -> new ShareRow(DiffReport.signed(share.value()), share.unit().label()))
        .toList());
    assertThat(model.risk()).hasSize(3);
    assertThat(model.summaryProperty().get()).startsWith("Residual risk ");
  }

  @Test
  void fileThatIsNotATreeListsItsProblems() throws Exception {
    AttackTree keras = TreeReader.read(DocumentViewModelTest.KERAS);
    Path file = Files.writeString(folder.resolve("broken.yaml"), "title: [unclosed\n");

    CompareViewModel model = compared(keras, file);

    assertThat(model.summaryProperty().get()).isEqualTo("Cannot read broken.yaml:");
    assertThat(model.changes()).isNotEmpty().allMatch(line -> line.contains("broken.yaml:"));
    assertThat(model.risk()).isEmpty();
  }
}
