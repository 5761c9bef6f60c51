package dev.thicket.model.diff;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.Objects;
import java.util.Set;

/**
 * What the probability and risk of a tree read, in any mode: its root and scales; each node's
 * gate, k, children, likelihood, impact and mitigations; each mitigation's effectiveness and
 * status (docs/analysis.md, "Diff"). A change unit that changes none of these (titles,
 * descriptions, rationale, references, votes, the attacker's keys, a mitigation's cost or range,
 * analysis settings, profiles, {@code x-} keys) changes no v(S), whatever else is applied with it:
 * a null player, whose Shapley value is 0 and whose absence leaves the others' unchanged.
 */
final class RiskInputs {
  /** Tree fields no risk reads. */
  private static final Set<String> UNREAD_SETTINGS =
      Set.of("title", "description", "analysis", "profiles", "extensions");

  private RiskInputs() {}

  /** Whether applying {@code unit} to any tree between {@code old} and {@code neu} moves no risk. */
  static boolean unread(ChangeUnit unit, AttackTree old, AttackTree neu) {
    if (!UNREAD_SETTINGS.containsAll(unit.settings())) {
      return false;
    }
    for (String id : unit.nodes()) {
      Node before = old.nodes().get(id);
      Node after = neu.nodes().get(id);
      if (before == null || after == null || !sameInputs(before, after)) {
        return false;
      }
    }
    for (String id : unit.mitigations()) {
      Mitigation before = old.mitigations().get(id);
      Mitigation after = neu.mitigations().get(id);
      if (before == null || after == null
          || Double.compare(before.effectiveness(), after.effectiveness()) != 0
          || before.status() != after.status()) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameInputs(Node before, Node after) {
    return before.gate() == after.gate() && before.k() == after.k()
        && before.children().equals(after.children())
        && Objects.equals(before.likelihood(), after.likelihood())
        && Objects.equals(before.impact(), after.impact())
        && before.mitigations().equals(after.mitigations());
  }
}
