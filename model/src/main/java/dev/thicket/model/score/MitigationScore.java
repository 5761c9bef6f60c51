package dev.thicket.model.score;

import dev.thicket.model.analysis.MitigationEffect;
import dev.thicket.model.tree.Mitigation;
import java.util.List;

/**
 * A mitigation with what it does in the scored mode.
 *
 * @param covered the nodes it is attached to, in file order
 */
public record MitigationScore(Mitigation mitigation, MitigationEffect effect,
    List<String> covered) {

  public MitigationScore {
    covered = List.copyOf(covered);
  }
}
