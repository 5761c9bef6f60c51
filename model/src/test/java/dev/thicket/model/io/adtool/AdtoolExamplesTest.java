package dev.thicket.model.io.adtool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seven ADTool example files (third-party AGPL test data read from ../shared, never copied
 * here). Expected counts follow the mapping of docs/interchange.md: the file's nodes minus those
 * inside countermeasures (kept as text) give the attack nodes.
 */
class AdtoolExamplesTest {
  static final Path ADTOOL = Path.of("..", "..", "shared", "benchmarks", "adtool");

  private static AttackTree read(String name) throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(ADTOOL),
        "the ADTool examples are not present: " + ADTOOL.toAbsolutePath().normalize());
    return AdtoolReader.read(ADTOOL.resolve(name + ".xml"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "AuctionFraud, 23, 15, 10",
      "BankAccount, 12, 7, 2",
      "BreakingWarehouse, 7, 4, 3",
      "DataConfidentiality, 18, 9, 8",
      "RFIDBlock, 12, 7, 2",
      "RFIDDos, 7, 6, 0",
      "RFIDWarehouse, 49, 30, 12"})
  void importsTheExampleWithTheMappedCounts(String name, int nodes, int leaves, int mitigations)
      throws Exception {
    AttackTree tree = read(name);

    assertThat(tree.nodes()).hasSize(nodes);
    assertThat(tree.nodes().values().stream().filter(Node::isLeaf)).hasSize(leaves);
    assertThat(tree.mitigations()).hasSize(mitigations);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"AuctionFraud", "BankAccount", "BreakingWarehouse", "DataConfidentiality",
      "RFIDBlock", "RFIDDos", "RFIDWarehouse"})
  void exportedExampleReadsBackWithTheSameStructure(String name) throws Exception {
    AttackTree tree = read(name);

    AttackTree back = AdtoolReader.read("back.xml",
        AdtoolWriter.toXml(tree).getBytes(StandardCharsets.UTF_8));

    assertThat(back.nodes()).isEqualTo(tree.nodes());
    assertThat(back.mitigations()).isEqualTo(tree.mitigations());
  }

  @Test
  void countermeasureBecomesAPlannedMitigationOfTheAttackItGuards() throws Exception {
    AttackTree bank = read("BankAccount");

    assertThat(bank.node("find-note").mitigations()).containsExactly("memorize");
    assertThat(bank.node("online").gate()).isEqualTo(Gate.AND);
    assertThat(bank.mitigations().get("memorize").effectiveness()).isEqualTo(0.5);
    assertThat(bank.mitigations().get("memorize").status()).isEqualTo(MitigationStatus.PLANNED);
  }

  @Test
  void keepsTheRefinementOfACountermeasureAsAnOutline() throws Exception {
    AttackTree bank = read("BankAccount");

    assertThat(bank.mitigations().get("2nd-auth-factor").description()).isEqualTo(
        AdtoolMapper.MITIGATION_NOTE + "\n\nIn ADTool it is refined (disjunctive) into:\n"
            + "- Key Fobs\n- PIN Pad\n- countered by the attack: Malware, refined "
            + "(disjunctive) into:\n  - Browser\n  - OS");
  }

  @Test
  void repeatedLabelsAreSeparateNodes() throws Exception {
    AttackTree data = read("DataConfidentiality");

    assertThat(data.node("window").title()).isEqualTo(data.node("window-2").title());
    assertThat(data.parents("window")).isNotEqualTo(data.parents("window-2"));
  }

  @Test
  void defenceAtTheRootBecomesTheGoalOfDefeatingIt() throws Exception {
    AttackTree data = read("DataConfidentiality");

    assertThat(data.rootNode().title()).isEqualTo("Defeat: Data Confidentiality");
    assertThat(data.node("defeat-network-security").gate()).isEqualTo(Gate.OR);
    assertThat(data.rootNode().children())
        .containsExactly("defeat-data-confidentiality-its-parts", "employee-attack");
  }

  @Test
  void refusesNotAndXorAndLargeAtLeastGates() {
    AttackTree tree = new AttackTree("t", null, "top", List.of(
        Node.gate("top", "Top", Gate.NOT, 0, List.of("x")),
        Node.gate("x", "X", Gate.ATLEAST, 4, List.of(
            "a", "b", "c", "d", "e", "f", "g", "h", "i", "j")),
        Node.leaf("a", "A", null), Node.leaf("b", "B", null), Node.leaf("c", "C", null),
        Node.leaf("d", "D", null), Node.leaf("e", "E", null), Node.leaf("f", "F", null),
        Node.leaf("g", "G", null), Node.leaf("h", "H", null), Node.leaf("i", "I", null),
        Node.leaf("j", "J", null)), List.of(), null,
        dev.thicket.model.tree.AnalysisSettings.NONE, java.util.Map.of());

    AdtoolExportException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
        AdtoolExportException.class, () -> AdtoolWriter.toXml(tree));

    assertThat(thrown.problems()).containsExactly(
        "node 'x' is an atleast gate (4 of 10) that would expand into 210 alternatives in "
            + "ADTool (at most 64)",
        "node 'top' is a not gate, which ADTool cannot express");
  }

  @Test
  void writesASmallAtLeastGateAsTheOrOfItsChoices() throws Exception {
    AttackTree tree = new AttackTree("t", null, "top", List.of(
        Node.gate("top", "Two of three", Gate.ATLEAST, 2, List.of("a", "b", "c")),
        Node.leaf("a", "A", null), Node.leaf("b", "B", null), Node.leaf("c", "C", null)),
        List.of(), null, dev.thicket.model.tree.AnalysisSettings.NONE, java.util.Map.of());

    AttackTree back = AdtoolReader.read("back.xml",
        AdtoolWriter.toXml(tree).getBytes(StandardCharsets.UTF_8));

    assertThat(back.rootNode().gate()).isEqualTo(Gate.OR);
    assertThat(back.rootNode().children()).containsExactly(
        "two-of-three-2-of-3-a-b", "two-of-three-2-of-3-a-c", "two-of-three-2-of-3-b-c");
    assertThat(back.nodes()).hasSize(10);
  }

  /** The export's one countermeasure "Mitigations: A; B" is read back as A and B. */
  @Test
  void aNodeOfSeveralMitigationsKeepsThemThroughADToolAndBack() throws Exception {
    AttackTree tree = new AttackTree("t", null, "top", List.of(
        Node.gate("top", "Get in", Gate.OR, 0, List.of("door", "window")),
        Node.leaf("door", "Force the door", null).withMitigations(List.of("lock", "alarm")),
        Node.leaf("window", "Break a window", null).withMitigations(List.of("alarm"))),
        List.of(mitigation("lock", "Better lock"), mitigation("alarm", "Alarm")), null,
        dev.thicket.model.tree.AnalysisSettings.NONE, java.util.Map.of());
    String xml = AdtoolWriter.toXml(tree);

    AttackTree back = AdtoolReader.read("back.xml", xml.getBytes(StandardCharsets.UTF_8));

    assertThat(xml).contains("<label>" + AdtoolMapper.MITIGATION_GROUP + "Better lock; Alarm");
    assertThat(back.node("force-the-door").mitigations()).containsExactly("better-lock", "alarm");
    assertThat(back.node("break-a-window").mitigations()).containsExactly("alarm-2");
    assertThat(back.mitigations().values().stream().map(m -> m.title()))
        .containsExactly("Better lock", "Alarm", "Alarm");
  }

  /** A countermeasure so labelled but with a comment of its own is the user's: one mitigation. */
  @Test
  void aGroupLabelWithACommentOfItsOwnStaysOneMitigation() throws Exception {
    String xml = "<adtree><node refinement=\"disjunctive\"><label>Get in</label>"
        + "<node refinement=\"disjunctive\" switchRole=\"yes\">"
        + "<label>" + AdtoolMapper.MITIGATION_GROUP + "A; B</label><comment>ours</comment>"
        + "<node refinement=\"disjunctive\"><label>A</label></node>"
        + "<node refinement=\"disjunctive\"><label>B</label></node></node></node></adtree>";

    AttackTree tree = AdtoolReader.read("group.xml", xml.getBytes(StandardCharsets.UTF_8));

    assertThat(tree.rootNode().mitigations()).containsExactly("mitigations-a-b");
  }

  private static dev.thicket.model.tree.Mitigation mitigation(String id, String title) {
    return new dev.thicket.model.tree.Mitigation(id, title, null, 0.7, null, 5.0,
        MitigationStatus.IMPLEMENTED, java.util.Map.of());
  }
}
