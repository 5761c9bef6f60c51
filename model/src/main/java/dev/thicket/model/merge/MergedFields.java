package dev.thicket.model.merge;

import dev.thicket.model.diff.FieldText;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.StepAttributes;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Scales;
import dev.thicket.model.tree.Vote;
import java.util.List;
import java.util.Map;

/** The fields the merge compares, per kind of element, and how a merged element is built. */
final class MergedFields {
  private MergedFields() {}

  /** A gate with its k: they merge as one value, since k only exists for atleast gates. */
  record GateAndK(Gate gate, int k) {
    @Override
    public String toString() {
      return FieldText.gate(gate, k);
    }
  }

  static final List<Field<AttackTree>> TREE = List.of(
      Field.value("title", AttackTree::title),
      Field.value("description", AttackTree::description),
      Field.value("root", AttackTree::root),
      Field.value("scales", tree -> tree.scalesGiven() ? tree.scales() : null,
          scales -> FieldText.scales((Scales) scales)),
      Field.value("analysis.criticalThreshold", tree -> tree.settings().criticalThreshold(),
          MergedFields::number),
      Field.value("analysis.highRiskThreshold", tree -> tree.settings().highRiskThreshold(),
          MergedFields::number),
      Field.value("analysis.budget", tree -> tree.settings().budget(), MergedFields::number),
      Field.value("profiles", tree -> tree.profiles().isEmpty() ? null
          : List.copyOf(tree.profiles().values()), MergedFields::profiles),
      Field.extensions(AttackTree::extensions));

  static final List<Field<Node>> NODE = List.of(
      Field.value("title", Node::title),
      Field.value("description", Node::description),
      Field.value("gate", node -> new GateAndK(node.gate(), node.k())),
      Field.items("children", Node::children),
      Field.value("likelihood", Node::likelihood),
      Field.value("impact", Node::impact),
      Field.value("cost", node -> node.attacker().cost(), MergedFields::number),
      Field.value("time", node -> node.attacker().time(), MergedFields::number),
      Field.value("potential", node -> node.attacker().potential().isEmpty() ? null
          : node.attacker().potential()),
      Field.value("rationale", Node::rationale),
      Field.items("mitigations", Node::mitigations),
      Field.items("references", Node::references),
      Field.value("estimates", Node::estimates, MergedFields::votes),
      Field.extensions(Node::extensions));

  static final List<Field<Mitigation>> MITIGATION = List.of(
      Field.value("title", Mitigation::title),
      Field.value("description", Mitigation::description),
      Field.value("effectiveness", Mitigation::effectivenessEstimate),
      Field.value("cost", Mitigation::cost, MergedFields::number),
      Field.value("status", Mitigation::status,
          status -> ((MitigationStatus) status).keyword()),
      Field.value("estimates", Mitigation::estimates, MergedFields::votes),
      Field.items("references", Mitigation::references),
      Field.extensions(Mitigation::extensions));

  /** The node {@code id} with the merged {@code values} of {@link #NODE}. */
  @SuppressWarnings("unchecked")
  static Node node(String id, Map<String, Object> values) {
    GateAndK gate = (GateAndK) values.get("gate");
    return new Node(id, (String) values.get("title"), (String) values.get("description"),
        gate.gate(), gate.k(), (List<String>) values.get("children"),
        (Estimate) values.get("likelihood"), (Estimate) values.get("impact"),
        (String) values.get("rationale"), (List<String>) values.get("mitigations"),
        (List<String>) values.get("references"), (List<Vote>) values.get("estimates"),
        new StepAttributes((Double) values.get("cost"), (Double) values.get("time"),
            (Potential) values.get("potential")),
        (Map<String, Object>) values.get("extensions"));
  }

  /** The profiles of the merged tree fields (all of them merge as one value). */
  @SuppressWarnings("unchecked")
  static List<AttackerProfile> profiles(Map<String, Object> tree) {
    Object profiles = tree.get("profiles");
    return profiles == null ? List.of() : (List<AttackerProfile>) profiles;
  }

  @SuppressWarnings("unchecked")
  private static String profiles(Object value) {
    return FieldText.profiles((List<AttackerProfile>) value);
  }

  /** The mitigation {@code id} with the merged {@code values} of {@link #MITIGATION}. */
  @SuppressWarnings("unchecked")
  static Mitigation mitigation(String id, Map<String, Object> values) {
    Estimate effectiveness = (Estimate) values.get("effectiveness");
    return new Mitigation(id, (String) values.get("title"), (String) values.get("description"),
        effectiveness.value(), effectiveness.range(), (Double) values.get("cost"),
        (MitigationStatus) values.get("status"), (List<Vote>) values.get("estimates"),
        (List<String>) values.get("references"), (Map<String, Object>) values.get("extensions"));
  }

  @SuppressWarnings("unchecked")
  private static String votes(Object value) {
    return FieldText.votes((List<Vote>) value);
  }

  private static String number(Object value) {
    return FieldText.number((Double) value);
  }
}
