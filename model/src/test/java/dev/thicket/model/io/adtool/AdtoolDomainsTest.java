package dev.thicket.model.io.adtool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.StepAttributes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ADTool 2's MinCost and MinTime domains as a step's cost and time. The input is written in the
 * shape ADTool 2 saves (ADTNode.exportXml, ValuationDomain.exportXML in tahti/ADTool2): values
 * as {@code <parameter domainId category>} after the label, the domains after the root node;
 * none of the published examples carries a domain.
 */
class AdtoolDomainsTest {
  private static final String SAVED_BY_ADTOOL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <adtree>
        <node refinement="disjunctive">
          <label>Open safe</label>
          <parameter domainId="MinCost1" category="derived">100.0</parameter>
          <parameter domainId="MinTimePar2" category="derived">2.0</parameter>
          <node refinement="disjunctive">
            <label>Pick lock</label>
            <parameter domainId="MinCost1" category="basic">100.0</parameter>
            <parameter domainId="MinTimePar2" category="basic">2.5</parameter>
            <ranking rank="1">100.0</ranking>
          </node>
          <node refinement="disjunctive">
            <label>Cut open</label>
            <parameter domainId="MinCost1" category="basic">Infinity</parameter>
            <parameter domainId="MinTimePar2" category="basic">1.0E1</parameter>
            <node refinement="disjunctive" switchRole="yes">
              <label>Thick walls</label>
              <parameter domainId="MinCost1" category="default">Infinity</parameter>
              <node refinement="disjunctive" switchRole="yes">
                <label>Thermal lance</label>
                <parameter domainId="MinCost1" category="basic">5000.0</parameter>
              </node>
            </node>
          </node>
        </node>
        <domain id="MinCost1">
          <class>lu.uni.adtool.domains.adtpredefined.MinCost</class>
          <tool>ADTool2</tool>
        </domain>
        <domain id="MinTimePar2">
          <class>lu.uni.adtool.domains.adtpredefined.MinTimePar</class>
          <tool>ADTool2</tool>
        </domain>
      </adtree>
      """;

  private static AttackTree read(String xml) throws Exception {
    return AdtoolReader.read("safe.xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void basicValuesOfMinCostAndMinTimeBecomeTheLeavesCostAndTime() throws Exception {
    AttackTree tree = read(SAVED_BY_ADTOOL);

    assertThat(tree.node("pick-lock").attacker())
        .isEqualTo(new StepAttributes(100.0, 2.5, Potential.NONE));
    assertThat(tree.node("cut-open").attacker())
        .isEqualTo(new StepAttributes(null, 10.0, Potential.NONE));
    assertThat(tree.rootNode().attacker()).isEqualTo(StepAttributes.EMPTY);
  }

  @Test
  void aCounterAttacksValueIsKeptInTheMitigationsOutline() throws Exception {
    AttackTree tree = read(SAVED_BY_ADTOOL);

    assertThat(tree.mitigations().get("thick-walls").description())
        .endsWith("- countered by the attack: Thermal lance (ADTool cost 5000)");
  }

  @Test
  void costAndTimeRoundTripAsDomains() throws Exception {
    AttackTree tree = new AttackTree("Safe", null, "goal", List.of(
        Node.gate("goal", "Open safe", Gate.AND, 0, List.of("a", "b")),
        Node.leaf("a", "Pick lock", Estimate.of(0.3)).withMitigations(List.of("walls"))
            .withAttacker(new StepAttributes(100.0, 2.5, Potential.NONE)),
        Node.leaf("b", "Cut open", null)
            .withAttacker(new StepAttributes(null, 0.25, Potential.NONE))),
        List.of(new Mitigation("walls", "Thick walls", 0.5, MitigationStatus.PLANNED)), null,
        AnalysisSettings.NONE, Map.of());

    String xml = AdtoolWriter.toXml(tree);
    AttackTree back = read(xml);

    assertThat(xml).contains("<class>lu.uni.adtool.domains.adtpredefined.MinCost</class>",
        "<class>lu.uni.adtool.domains.adtpredefined.MinTimeSeq</class>");
    assertThat(back.node("pick-lock").attacker()).isEqualTo(tree.node("a").attacker());
    assertThat(back.node("cut-open").attacker()).isEqualTo(tree.node("b").attacker());
  }

  @Test
  void aTreeWithoutCostOrTimeIsWrittenWithoutDomains() throws Exception {
    AttackTree tree = new AttackTree("Safe", null, "goal", List.of(
        Node.gate("goal", "Open safe", Gate.OR, 0, List.of("a")),
        Node.leaf("a", "Pick lock", Estimate.of(0.3))), List.of(), null,
        AnalysisSettings.NONE, Map.of());

    assertThat(AdtoolWriter.toXml(tree)).doesNotContain("domain", "parameter");
  }
}
