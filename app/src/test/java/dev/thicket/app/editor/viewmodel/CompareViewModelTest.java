package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.CardChanges.State;
import dev.thicket.app.editor.viewmodel.CompareViewModel.ChangeRow;
import dev.thicket.app.editor.viewmodel.CompareViewModel.ShareRow;
import dev.thicket.exports.report.DiffReport;
import dev.thicket.model.diff.TreeDiff;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareViewModelTest {
  @TempDir Path folder;

  private final UiQueue ui = new UiQueue();

  private CompareViewModel compared(SimpleObjectProperty<AttackTree> open, Path other)
      throws InterruptedException {
    CompareViewModel model = new CompareViewModel(open, "keras.yaml", CompareSource.file(other),
        ui);
    ui.runUntil(() -> !model.runningProperty().get());
    return model;
  }

  private static AttackTree keras() throws Exception {
    return TreeReader.read(DocumentViewModelTest.KERAS);
  }

  @Test
  void showsTheDiffOfTheOpenTreeAgainstTheFile() throws Exception {
    AttackTree keras = keras();
    AttackTree older = keras.withNode(keras.node("dep-vulns").withLikelihood(Estimate.of(0.3)));
    Path file = Files.writeString(folder.resolve("older.yaml"), TreeWriter.toYaml(older));
    TreeDiff diff = TreeDiff.of(older, keras);

    CompareViewModel model = compared(new SimpleObjectProperty<>(keras), file);

    assertThat(model.changes()).extracting(ChangeRow::text).isEqualTo(
        new DiffReport("older.yaml", "keras.yaml", diff).changeLines());
    assertThat(model.changes()).extracting(ChangeRow::nodeId).containsExactly("dep-vulns");
    assertThat(model.shares()).containsExactlyElementsOf(diff.attribution().shares().stream()
        .map(share -> new ShareRow(DiffReport.signed(share.value()), share.unit().label()))
        .toList());
    assertThat(model.risk()).hasSize(3);
    assertThat(model.summaryProperty().get()).startsWith("Residual risk ");
  }

  @Test
  void cardsAreAddedChangedOrRemovedSinceTheFile() throws Exception {
    AttackTree keras = keras();
    String leaf = "dep-vulns";
    String root = keras.root();
    AttackTree older = withLeafUnderRoot(
        keras.withNode(keras.node(leaf).withLikelihood(Estimate.of(0.3))), "old-step");
    AttackTree open = withLeafUnderRoot(keras, "new-step");
    Path file = Files.writeString(folder.resolve("older.yaml"), TreeWriter.toYaml(older));

    CompareViewModel model = compared(new SimpleObjectProperty<>(open), file);

    CardChanges cards = model.cardsProperty().get();
    assertThat(cards.stateOf(leaf)).isEqualTo(State.CHANGED);
    assertThat(cards.cards().get(leaf).tooltip()).isEqualTo(
        "Changed since older.yaml:\nlikelihood: 0.3 → " + keras.node(leaf).likelihood());
    assertThat(cards.stateOf("new-step")).isEqualTo(State.ADDED);
    assertThat(cards.stateOf("old-step")).isEqualTo(State.REMOVED);
    assertThat(cards.old().node("old-step").title()).isEqualTo("Step old-step");
    List<String> kerasChildren = keras.node(root).children();
    assertThat(cards.layoutTree().node(root).children()).as("the ghost at its old place")
        .containsSubsequence(kerasChildren.get(kerasChildren.size() - 1), "old-step", "new-step");
    assertThat(cards.stateOf(root)).isEqualTo(State.CHANGED);
    assertThat(cards.stateOf(keras.node(root).children().get(0))).isNull();
    assertThat(cards.open()).isSameAs(open);
  }

  /** {@code tree} with a new leaf {@code id} as its root's last child. */
  static AttackTree withLeafUnderRoot(AttackTree tree, String id) {
    Node root = tree.node(tree.root());
    List<String> children = new ArrayList<>(root.children());
    children.add(id);
    return tree.withNodes(List.of(Node.leaf(id, "Step " + id, Estimate.of(0.2)),
        root.withGate(root.gate(), root.k(), children)));
  }

  @Test
  void anEditWhileComparingDiffsAgain() throws Exception {
    AttackTree keras = keras();
    Path file = Files.writeString(folder.resolve("same.yaml"), TreeWriter.toYaml(keras));
    SimpleObjectProperty<AttackTree> open = new SimpleObjectProperty<>(keras);
    CompareViewModel model = compared(open, file);
    assertThat(model.cardsProperty().get().cards()).isEmpty();
    assertThat(model.summaryProperty().get()).isEqualTo("No change in meaning.");

    AttackTree edited = keras.withNode(keras.node("dep-vulns").withTitle("Renamed step"));
    open.set(edited);
    ui.runUntil(() -> model.cardsProperty().get().open() == edited);

    assertThat(model.cardsProperty().get().cards()).containsOnlyKeys("dep-vulns");
    assertThat(model.changes()).extracting(ChangeRow::nodeId).containsExactly("dep-vulns");
  }

  @Test
  void endingForgetsTheCardsAndStopsFollowingEdits() throws Exception {
    AttackTree keras = keras();
    AttackTree older = keras.withNode(keras.node("dep-vulns").withLikelihood(Estimate.of(0.3)));
    Path file = Files.writeString(folder.resolve("older.yaml"), TreeWriter.toYaml(older));
    SimpleObjectProperty<AttackTree> open = new SimpleObjectProperty<>(keras);
    CompareViewModel model = compared(open, file);
    assertThat(model.cardsProperty().get()).isNotNull();

    model.end();
    open.set(older);

    assertThat(model.cardsProperty().get()).isNull();
    assertThat(model.activeProperty().get()).isFalse();
    assertThat(model.runningProperty().get()).isFalse();
  }

  @Test
  void fileThatIsNotATreeListsItsProblems() throws Exception {
    Path file = Files.writeString(folder.resolve("broken.yaml"), "title: [unclosed\n");

    CompareViewModel model = compared(new SimpleObjectProperty<>(keras()), file);

    assertThat(model.summaryProperty().get()).isEqualTo("Cannot read broken.yaml:");
    assertThat(model.changes()).isNotEmpty()
        .allMatch(row -> row.text().contains("broken.yaml:") && row.nodeId() == null);
    assertThat(model.risk()).isEmpty();
    assertThat(model.cardsProperty().get()).isNull();
  }

  @Test
  void revisionOutsideAGitRepositorySaysSo() throws Exception {
    Path file = Files.writeString(folder.resolve("keras.yaml"), TreeWriter.toYaml(keras()));
    CompareViewModel model = new CompareViewModel(new SimpleObjectProperty<>(keras()),
        "keras.yaml", CompareSource.revision("HEAD", file), ui);
    ui.runUntil(() -> !model.runningProperty().get());

    assertThat(model.summaryProperty().get()).isEqualTo("Cannot read HEAD:keras.yaml:");
    assertThat(model.changes()).singleElement().extracting(ChangeRow::text).asString()
        .startsWith("HEAD:./keras.yaml:1:1: git show failed: fatal: not a git repository");
  }
}
