package dev.thicket.model.diff;

import dev.thicket.model.analysis.RevaluedProbability;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What of a tree its probability and risk read, in any mode (docs/analysis.md, "Diff"): its root
 * and scales; each node's gate, k, children and attached mitigations (its structure), likelihood
 * and impact (its numbers); each mitigation's counting (the modes that count it) and
 * effectiveness. Titles, descriptions, rationale, references, votes, the attacker's keys, a
 * mitigation's cost or range, analysis settings, profiles and {@code x-} keys are not read.
 */
final class RiskInputs {
  /** Tree fields no risk reads. */
  private static final Set<String> UNREAD_SETTINGS =
      Set.of("title", "description", "analysis", "profiles", "extensions");

  private RiskInputs() {}

  /**
   * Whether {@code unit} changes numbers only: its nodes and mitigations are in both trees with
   * the same structure and counting, and it sets no tree field a risk reads (a value unit of
   * {@link SubsetRisk}).
   */
  static boolean numbersOnly(ChangeUnit unit, AttackTree old, AttackTree neu) {
    return keeps(unit, old, neu, RevaluedProbability::sameStructure, (a, b) -> true);
  }

  /**
   * Whether {@code unit} changes nothing a risk reads: its nodes keep their gate, k, numbers and
   * the sets of their children and mitigations (every gate is symmetric in its children, and a
   * node's mitigations count as a set: reordering either changes no probability), its
   * mitigations their counting and effectiveness, and it sets no tree field a risk reads. Applied
   * to any tree between {@code old} and {@code neu} it changes no v(S) (but for rounding): a
   * null player, whose Shapley value is 0 and whose absence leaves the others' unchanged.
   */
  static boolean unread(ChangeUnit unit, AttackTree old, AttackTree neu) {
    return keeps(unit, old, neu, RiskInputs::sameMeaning,
        (a, b) -> Double.compare(a.effectiveness(), b.effectiveness()) == 0);
  }

  /**
   * Whether {@code unit} sets no tree field a risk reads, and its nodes and mitigations are in
   * both trees, each pair alike as {@code nodes} and {@code mitigations} say (mitigations also
   * with the same counting).
   */
  private static boolean keeps(ChangeUnit unit, AttackTree old, AttackTree neu,
      BiPredicate<Node, Node> nodes, BiPredicate<Mitigation, Mitigation> mitigations) {
    return UNREAD_SETTINGS.containsAll(unit.settings())
        && unit.nodes().stream().allMatch(id -> old.nodes().containsKey(id)
            && neu.nodes().containsKey(id) && nodes.test(old.node(id), neu.node(id)))
        && unit.mitigations().stream().allMatch(id -> old.mitigations().containsKey(id)
            && neu.mitigations().containsKey(id)
            && RevaluedProbability.sameCounting(old.mitigations().get(id),
                neu.mitigations().get(id))
            && mitigations.test(old.mitigations().get(id), neu.mitigations().get(id)));
  }

  private static boolean sameMeaning(Node before, Node after) {
    return before.gate() == after.gate() && before.k() == after.k()
        && Set.copyOf(before.children()).equals(Set.copyOf(after.children()))
        && Set.copyOf(before.mitigations()).equals(Set.copyOf(after.mitigations()))
        && Objects.equals(before.likelihood(), after.likelihood())
        && Objects.equals(before.impact(), after.impact());
  }
}
