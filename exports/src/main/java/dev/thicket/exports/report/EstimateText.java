package dev.thicket.exports.report;

import dev.thicket.model.estimation.RoundSummary;
import dev.thicket.model.estimation.Rounds;
import dev.thicket.model.tree.Vote;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How an estimated value came about: the spread of its estimation rounds, in words. */
public final class EstimateText {
  private EstimateText() {}

  /**
   * "5 estimates: lowest low (AB), median 0.15, highest 0.9 (IJ); far from the others: IJ 0.9".
   */
  public static String spread(RoundSummary summary) {
    String text = summary.sorted().size() + " estimates: lowest " + summary.min().value()
        + " (" + summary.min().by() + "), median " + summary.median().value() + ", highest "
        + summary.max().value() + " (" + summary.max().by() + ")";
    if (!summary.outliers().isEmpty()) {
      text += "; far from the others: " + summary.outliers().stream()
          .map(vote -> vote.by() + " " + vote.value()).collect(Collectors.joining(", "));
    }
    return text;
  }

  /**
   * "round 2 of 2, 5 estimates: lowest …" (the last round's spread), or {@code null} without
   * estimates. Level names are valued on {@code scale}.
   */
  public static String of(List<Vote> votes, Map<String, Double> scale) {
    if (votes.isEmpty()) {
      return null;
    }
    List<Vote> latest = Rounds.latest(votes);
    int rounds = (int) votes.stream().mapToInt(Vote::round).distinct().count();
    return "round " + latest.get(0).round() + (rounds > 1 ? " (" + rounds + " rounds)" : "")
        + ", " + spread(RoundSummary.of(latest, scale));
  }
}
