package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

/**
 * Compares two analyses of one tree built with the same functions under other node numbers (a
 * collection, deferred gates): everything equal, but importance measures and mitigation effects,
 * whose sums may differ in their last bits (a mitigation's risk without it once differed from
 * the inherent risk in the 17th digit after a collection: seed -92841).
 */
final class SameResults {
  private SameResults() {}

  static void assertSameResults(AnalysisResult actual, AnalysisResult expected, long seed) {
    assertThat(withoutSums(actual)).as("seed %d", seed)
        .isEqualTo(withoutSums(expected));
    assertSameEffects(actual.mitigations(), expected.mitigations(), seed);
    assertThat(actual.nodes()).hasSameSizeAs(expected.nodes());
    for (int i = 0; i < expected.nodes().size(); i++) {
      NodeImportance wanted = expected.nodes().get(i);
      NodeImportance got = actual.nodes().get(i);
      String what = wanted.id() + ", seed " + seed;
      assertThat(got.id()).isEqualTo(wanted.id());
      assertThat(got.probability()).as(what).isEqualTo(wanted.probability());
      assertThat(got.critical()).as(what).isEqualTo(wanted.critical());
      assertClose(got.birnbaum(), wanted.birnbaum(), what);
      assertClose(got.fussellVesely(), wanted.fussellVesely(), what);
      assertClose(got.raw(), wanted.raw(), what);
      assertClose(reciprocal(got.rrw()), reciprocal(wanted.rrw()), what);
      assertClose(got.contribution(), wanted.contribution(), what);
    }
  }

  private static void assertSameEffects(List<MitigationEffect> actual,
      List<MitigationEffect> expected, long seed) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      MitigationEffect wanted = expected.get(i);
      MitigationEffect got = actual.get(i);
      String what = wanted.id() + ", seed " + seed;
      assertThat(got.id()).isEqualTo(wanted.id());
      assertThat(got.status()).as(what).isEqualTo(wanted.status());
      assertClose(got.riskWithout(), wanted.riskWithout(), what);
      assertClose(got.riskWith(), wanted.riskWith(), what);
      assertClose(got.riskIfPerfect(), wanted.riskIfPerfect(), what);
    }
  }

  /**
   * RRW = P(T) / P(T[X:=0]) is compared through its reciprocal: where P(T[X:=0]) is 0 in one run
   * (RRW null) it may be 1e-16 in the other.
   */
  private static Double reciprocal(Double rrw) {
    return rrw == null ? Double.valueOf(0) : Double.valueOf(1 / rrw);
  }

  private static void assertClose(Double actual, Double expected, String what) {
    if (expected == null) {
      assertThat(actual).as(what).isNull();
    } else {
      assertThat(actual).as(what)
          .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
    }
  }

  /** The result without the values compared to a tolerance: importance and mitigation effects. */
  private static AnalysisResult withoutSums(AnalysisResult result) {
    return new AnalysisResult(result.title(), result.root(), result.impact(),
        result.probability(), result.risk(), result.mode(), result.cutSets(),
        result.importanceMode(), List.of(), result.criticalNodes(), List.of(),
        result.unestimated(), result.criticalThreshold(), result.highRiskThreshold(),
        result.attackers());
  }
}
