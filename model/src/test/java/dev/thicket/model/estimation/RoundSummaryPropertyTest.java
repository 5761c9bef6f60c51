package dev.thicket.model.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Scales;
import dev.thicket.model.tree.Vote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** {@link RoundSummary} against its definition in docs/analysis.md, counted out vote by vote. */
class RoundSummaryPropertyTest {
  private static final Map<String, Double> SCALE = Scales.DEFAULT.likelihood();

  @Property(tries = 2000)
  void minMedianMaxAndOutliersAreWhatCountingTheVotesGives(@ForAll long seed) {
    Random random = new Random(seed);
    List<Vote> votes = randomVotes(random);

    RoundSummary summary = RoundSummary.of(votes, SCALE);

    int n = votes.size();
    // the low median: at least (n+1)/2 votes at or below it and at least n/2+1 at or above it
    double median = value(summary.median());
    assertThat(votes.stream().filter(vote -> value(vote) <= median).count())
        .isGreaterThanOrEqualTo((n + 1) / 2);
    assertThat(votes.stream().filter(vote -> value(vote) >= median).count())
        .isGreaterThanOrEqualTo(n / 2 + 1);
    assertThat(votes).contains(summary.median(), summary.min(), summary.max());
    for (Vote vote : votes) {
      assertThat(value(summary.min())).isLessThanOrEqualTo(value(vote));
      assertThat(value(summary.max())).isGreaterThanOrEqualTo(value(vote));
    }
    assertThat(summary.sorted()).containsExactlyInAnyOrderElementsOf(votes);
    List<Vote> expectedOutliers = new ArrayList<>();
    if (n >= RoundSummary.MIN_FOR_OUTLIERS) {
      double[] sorted = votes.stream().mapToDouble(RoundSummaryPropertyTest::value).sorted()
          .toArray();
      double q1 = hyndmanFan7(sorted, 0.25);
      double q3 = hyndmanFan7(sorted, 0.75);
      for (Vote vote : summary.sorted()) {
        if (value(vote) < q1 - 1.5 * (q3 - q1) || value(vote) > q3 + 1.5 * (q3 - q1)) {
          expectedOutliers.add(vote);
        }
      }
    }
    assertThat(summary.outliers()).containsExactlyElementsOf(expectedOutliers);
    Estimate range = summary.range();
    assertThat(range.resolve(SCALE)).isEqualTo(median);
    assertThat(range.resolveLow(SCALE)).isEqualTo(value(summary.min()));
    assertThat(range.resolveHigh(SCALE)).isEqualTo(value(summary.max()));
  }

  @Test
  void equalValuesKeepTheOrderGivenAndALevelStaysALevel() {
    List<Vote> votes = List.of(new Vote("AB", Estimate.level("low"), 1),
        new Vote("CD", Estimate.of(0.1), 1), new Vote("EF", Estimate.level("high"), 1));

    RoundSummary summary = RoundSummary.of(votes, SCALE);

    assertThat(summary.sorted()).containsExactlyElementsOf(votes);
    assertThat(summary.median().by()).isEqualTo("CD");
    assertThat(summary.range().toString()).isEqualTo("low..0.1..high");
  }

  @Test
  void fiveCloseVotesHaveNoOutlier() {
    List<Vote> votes = List.of(new Vote("A", Estimate.of(0.1), 1),
        new Vote("B", Estimate.of(0.1), 1), new Vote("C", Estimate.of(0.1), 1),
        new Vote("D", Estimate.of(0.2), 1), new Vote("E", Estimate.of(0.3), 1));

    assertThat(RoundSummary.of(votes, SCALE).outliers()).isEmpty();
  }

  @Test
  void aVoteFarFromFourCloseOnesIsAnOutlier() {
    List<Vote> votes = List.of(new Vote("A", Estimate.of(0.1), 1),
        new Vote("B", Estimate.of(0.1), 1), new Vote("C", Estimate.of(0.2), 1),
        new Vote("D", Estimate.of(0.2), 1), new Vote("E", Estimate.of(0.9), 1));

    assertThat(RoundSummary.of(votes, SCALE).outliers()).extracting(Vote::by)
        .containsExactly("E");
  }

  /** The p-quantile of ascending {@code x} by Hyndman and Fan's definition 7. */
  private static double hyndmanFan7(double[] x, double p) {
    double h = (x.length - 1) * p + 1;
    int low = (int) Math.floor(h);
    return low >= x.length ? x[x.length - 1] : x[low - 1] + (h - low) * (x[low] - x[low - 1]);
  }

  private static List<Vote> randomVotes(Random random) {
    List<String> levels = List.copyOf(SCALE.keySet());
    List<Vote> votes = new ArrayList<>();
    for (int i = 1 + random.nextInt(9); i > 0; i--) {
      Estimate value = random.nextInt(3) == 0
          ? Estimate.level(levels.get(random.nextInt(levels.size())))
          : Estimate.of(random.nextInt(21) / 20.0);
      votes.add(new Vote("p" + i, value, 1));
    }
    return votes;
  }

  private static double value(Vote vote) {
    return vote.value().resolve(SCALE);
  }
}
