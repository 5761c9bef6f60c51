package dev.thicket.model.tree;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A goal (gate) or an attack step (leaf) of an attack tree.
 *
 * @param description optional, {@code null} when absent
 * @param k the threshold of an {@link Gate#ATLEAST} gate, 0 for other gates
 * @param children ids of the children, in order; empty for a leaf
 * @param likelihood of a leaf; {@code null} when not estimated yet
 * @param impact optional, used on the root
 * @param rationale optional one-line reason for the numbers
 * @param mitigations ids of the mitigations attached to this node
 * @param references CVE ids, URLs, documents
 * @param estimates the estimation rounds' votes on the likelihood, in the order given
 * @param attacker what the step takes from the attacker (cost, time, attack potential); leaves
 *     only, {@link StepAttributes#EMPTY} when none is given
 * @param extensions {@code x-} keys of the file, kept in file order and written back unchanged
 */
public record Node(
    String id,
    String title,
    String description,
    Gate gate,
    int k,
    List<String> children,
    Estimate likelihood,
    Estimate impact,
    String rationale,
    List<String> mitigations,
    List<String> references,
    List<Vote> estimates,
    StepAttributes attacker,
    Map<String, Object> extensions) {

  public Node {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(gate, "gate");
    children = List.copyOf(children);
    mitigations = List.copyOf(mitigations);
    references = List.copyOf(references);
    estimates = List.copyOf(estimates);
    attacker = Objects.requireNonNullElse(attacker, StepAttributes.EMPTY);
    extensions = Extensions.copyOf(extensions);
  }

  /** Without the attacker's view. */
  public Node(String id, String title, String description, Gate gate, int k,
      List<String> children, Estimate likelihood, Estimate impact, String rationale,
      List<String> mitigations, List<String> references, List<Vote> estimates,
      Map<String, Object> extensions) {
    this(id, title, description, gate, k, children, likelihood, impact, rationale, mitigations,
        references, estimates, StepAttributes.EMPTY, extensions);
  }

  /** Without estimation rounds. */
  public Node(String id, String title, String description, Gate gate, int k,
      List<String> children, Estimate likelihood, Estimate impact, String rationale,
      List<String> mitigations, List<String> references, Map<String, Object> extensions) {
    this(id, title, description, gate, k, children, likelihood, impact, rationale, mitigations,
        references, List.of(), extensions);
  }

  /** A leaf with a likelihood and nothing else. */
  public static Node leaf(String id, String title, Estimate likelihood) {
    return new Node(
        id, title, null, Gate.LEAF, 0, List.of(), likelihood, null, null, List.of(), List.of(),
        Map.of());
  }

  /** A gate over {@code children}; {@code k} only matters for {@link Gate#ATLEAST}. */
  public static Node gate(String id, String title, Gate gate, int k, List<String> children) {
    return new Node(
        id, title, null, gate, k, children, null, null, null, List.of(), List.of(), Map.of());
  }

  public boolean isLeaf() {
    return gate == Gate.LEAF;
  }

  public Node withTitle(String newTitle) {
    return new Node(id, newTitle, description, gate, k, children, likelihood, impact, rationale,
        mitigations, references, estimates, attacker, extensions);
  }

  public Node withDescription(String newDescription) {
    return new Node(id, title, newDescription, gate, k, children, likelihood, impact, rationale,
        mitigations, references, estimates, attacker, extensions);
  }

  public Node withGate(Gate newGate, int newK, List<String> newChildren) {
    return new Node(id, title, description, newGate, newK, newChildren, likelihood, impact,
        rationale, mitigations, references, estimates, attacker, extensions);
  }

  public Node withLikelihood(Estimate newLikelihood) {
    return new Node(id, title, description, gate, k, children, newLikelihood, impact, rationale,
        mitigations, references, estimates, attacker, extensions);
  }

  public Node withImpact(Estimate newImpact) {
    return new Node(id, title, description, gate, k, children, likelihood, newImpact, rationale,
        mitigations, references, estimates, attacker, extensions);
  }

  public Node withRationale(String newRationale) {
    return new Node(id, title, description, gate, k, children, likelihood, impact, newRationale,
        mitigations, references, estimates, attacker, extensions);
  }

  public Node withMitigations(List<String> newMitigations) {
    return new Node(id, title, description, gate, k, children, likelihood, impact, rationale,
        newMitigations, references, estimates, attacker, extensions);
  }

  public Node withReferences(List<String> newReferences) {
    return new Node(id, title, description, gate, k, children, likelihood, impact, rationale,
        mitigations, newReferences, estimates, attacker, extensions);
  }

  public Node withExtensions(Map<String, Object> newExtensions) {
    return new Node(id, title, description, gate, k, children, likelihood, impact, rationale,
        mitigations, references, estimates, attacker, newExtensions);
  }

  public Node withEstimates(List<Vote> newEstimates) {
    return new Node(id, title, description, gate, k, children, likelihood, impact, rationale,
        mitigations, references, newEstimates, attacker, extensions);
  }

  public Node withAttacker(StepAttributes newAttacker) {
    return new Node(id, title, description, gate, k, children, likelihood, impact, rationale,
        mitigations, references, estimates, newAttacker, extensions);
  }

  /** This node under another id (a rename), every field kept. */
  public Node withId(String newId) {
    return new Node(newId, title, description, gate, k, children, likelihood, impact, rationale,
        mitigations, references, estimates, attacker, extensions);
  }
}
