package dev.thicket.model.estimation;

import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Range;
import dev.thicket.model.tree.Vote;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * The spread of one estimation round's votes (docs/analysis.md, "Estimation rounds"): the lowest,
 * the median and the highest vote, and the outliers. Each of min, median and max is one of the
 * votes as given (a level stays a level), so a range taken from them is on the scale people used.
 *
 * @param sorted the votes by value, lowest first (equal values in the order given)
 * @param median the low median: the vote at position (n - 1) / 2 of {@code sorted}
 * @param outliers votes outside Tukey's fences (Q1 - 1.5 IQR, Q3 + 1.5 IQR; quartiles by linear
 *     interpolation, Hyndman–Fan 7, as R and spreadsheets compute them: with five people, one
 *     vote far from four close ones is flagged); none below {@link #MIN_FOR_OUTLIERS} votes
 */
public record RoundSummary(List<Vote> sorted, Vote min, Vote median, Vote max,
    List<Vote> outliers) {

  /** Fewer votes than this have no quartiles worth the name, so no outliers. */
  public static final int MIN_FOR_OUTLIERS = 4;
  /** Tukey's factor of the interquartile range. */
  public static final double FENCE = 1.5;
  private static final Quantile QUARTILES =
      Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);

  public RoundSummary {
    sorted = List.copyOf(sorted);
    outliers = List.copyOf(outliers);
  }

  /**
   * The summary of {@code votes} (at least one), level names valued on {@code scale}.
   *
   * @throws IllegalArgumentException when there is no vote
   */
  public static RoundSummary of(List<Vote> votes, Map<String, Double> scale) {
    if (votes.isEmpty()) {
      throw new IllegalArgumentException("a round needs at least one estimate");
    }
    List<Vote> sorted = votes.stream()
        .sorted(Comparator.comparingDouble(vote -> vote.value().resolve(scale))).toList();
    double[] values = sorted.stream().mapToDouble(vote -> vote.value().resolve(scale)).toArray();
    List<Vote> outliers = List.of();
    if (values.length >= MIN_FOR_OUTLIERS) {
      double[] quartiles = QUARTILES.evaluate(values.clone(), 0.25, 0.75);
      double spread = quartiles[1] - quartiles[0];
      double low = quartiles[0] - FENCE * spread;
      double high = quartiles[1] + FENCE * spread;
      outliers = sorted.stream().filter(vote -> {
        double value = vote.value().resolve(scale);
        return value < low || value > high;
      }).toList();
    }
    return new RoundSummary(sorted, sorted.get(0), sorted.get((sorted.size() - 1) / 2),
        sorted.get(sorted.size() - 1), outliers);
  }

  /** The median as a range {@code min..median..max}; the median alone when all are equal. */
  public Estimate range() {
    if (min.value().equals(max.value())) {
      return median.value();
    }
    return median.value().withRange(new Range(min.value(), max.value()));
  }
}
