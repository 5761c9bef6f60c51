package dev.thicket.model.io.otm;

import dev.thicket.model.tree.MitigationStatus;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the OTM reader and writer must agree on: names of the {@code thicket-…} attributes, the
 * defaults that neither side writes down, the scaling of OTM's 0–100 values and the mapping of
 * states. Each rule lives here once, so that a tree written and read back is the same tree and an
 * OTM file read and written back says the same thing (docs/interchange.md).
 */
final class OtmVocabulary {
  private OtmVocabulary() {}

  static final String VERSION = "0.2.0";
  static final String EXTENSION = "x-otm";
  static final String COMPONENT_TYPE = "attack-goal";
  static final String TRUST_ZONE_ID = "thicket";
  static final String THREAT_EXPOSED = "exposed";
  static final String THREAT_MITIGATED = "mitigated";

  /** Attributes that carry what OTM cannot say; read back by the reader, never kept. */
  static final String TITLE = "thicket-title";
  static final String DESCRIPTION = "thicket-description";
  static final String ROOT = "thicket-root";
  static final String GATE = "thicket-gate";
  static final String K = "thicket-k";
  static final String CHILDREN = "thicket-children";
  static final String LIKELIHOOD = "thicket-likelihood";
  static final String IMPACT = "thicket-impact";
  static final String RATIONALE = "thicket-rationale";
  static final String REFERENCES = "thicket-references";
  static final String MITIGATIONS = "thicket-mitigations";
  static final String EFFECTIVENESS = "thicket-effectiveness";
  static final String COST = "thicket-cost";
  static final String STATUS = "thicket-status";
  static final String SCALES = "thicket-scales";
  static final String ANALYSIS = "thicket-analysis";
  static final String ESTIMATES = "thicket-estimates";
  static final String ATTACKER = "thicket-attacker";
  static final String PROFILES = "thicket-profiles";
  /** Computed by the writer for other tools, ignored by the reader. */
  static final String RISK_PREFIX = "thicket-risk-";
  static final String PROBABILITY_PREFIX = "thicket-probability-";
  static final String NONE = "none";

  static final Pattern CWE = Pattern.compile("CWE-[0-9]+");
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** The trust zone the writer puts top-level components in when the tree names none. */
  static Map<String, Object> defaultTrustZone() {
    Map<String, Object> zone = new LinkedHashMap<>();
    zone.put("id", TRUST_ZONE_ID);
    zone.put("name", "Attack tree");
    zone.put("risk", new LinkedHashMap<>(Map.of("trustRating", 0L)));
    return zone;
  }

  /**
   * The parent the writer gives a component: the component or trust zone ({@code kind}
   * "component" or "trustZone") it sits in, or the default trust zone ({@code kind} null).
   */
  static Map<String, Object> parent(String kind, String id) {
    Map<String, Object> parent = new LinkedHashMap<>();
    parent.put(kind == null ? "trustZone" : kind, kind == null ? TRUST_ZONE_ID : id);
    return parent;
  }

  /** {@code text} (OTM's 0–100) divided by {@code scale}, exactly as decimals: 7 → 0.07. */
  static double fromPercent(String text, int scale) {
    return new BigDecimal(text).divide(BigDecimal.valueOf(scale)).doubleValue();
  }

  /**
   * {@code value} times {@code scale}, exactly, from the decimal that reads back as {@code
   * value}: a Long when whole (0.07 → 7), else a BigDecimal (0.10449068625097169 →
   * 10.449068625097169, which a double would round), so that {@link #fromPercent} gives {@code
   * value} back.
   */
  static Object toPercent(double value, int scale) {
    BigDecimal scaled = new BigDecimal(Double.toString(value)).multiply(BigDecimal.valueOf(scale))
        .stripTrailingZeros();
    if (scaled.scale() <= 0 && scaled.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
      return scaled.longValueExact();
    }
    return scaled;
  }

  /** The OTM state of a mitigation instance for a Thicket status. */
  static String state(MitigationStatus status) {
    return switch (status) {
      case IMPLEMENTED -> "implemented";
      case PLANNED -> "required";
      case PROPOSED -> "recommended";
    };
  }

  /**
   * The Thicket status of an OTM mitigation state: implemented; planned for required, planned or
   * in progress; proposed for anything else (recommended, proposed, rejected, not applicable).
   * Case, spaces, '-' and '_' do not matter.
   */
  static MitigationStatus status(String state) {
    String word = state == null ? "" : state.toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
    return switch (word) {
      case "implemented" -> MitigationStatus.IMPLEMENTED;
      case "required", "planned", "inprogress", "implementationinprogress" ->
          MitigationStatus.PLANNED;
      default -> MitigationStatus.PROPOSED;
    };
  }

  /** The more advanced of two statuses: implemented, then planned, then proposed. */
  static MitigationStatus ahead(MitigationStatus a, MitigationStatus b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(MitigationStatus status) {
    return switch (status) {
      case IMPLEMENTED -> 2;
      case PLANNED -> 1;
      case PROPOSED -> 0;
    };
  }

  /** The state of a threat instance the writer gives: mitigated when a mitigation is in place. */
  static String threatState(List<MitigationStatus> mitigations) {
    return mitigations.contains(MitigationStatus.IMPLEMENTED) ? THREAT_MITIGATED : THREAT_EXPOSED;
  }
}
