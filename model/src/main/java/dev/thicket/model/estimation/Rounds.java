package dev.thicket.model.estimation;

import dev.thicket.model.tree.Vote;
import java.util.List;

/** The rounds of a node's or a mitigation's {@code estimates}. */
public final class Rounds {
  private Rounds() {}

  /** The number of the next round: one more than the last one given, 1 when there is none. */
  public static int next(List<Vote> votes) {
    return last(votes) + 1;
  }

  /** The votes of the last round, in the order given; empty when there is none. */
  public static List<Vote> latest(List<Vote> votes) {
    int last = last(votes);
    return votes.stream().filter(vote -> vote.round() == last).toList();
  }

  private static int last(List<Vote> votes) {
    return votes.stream().mapToInt(Vote::round).max().orElse(0);
  }
}
