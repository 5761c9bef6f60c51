package dev.thicket.model.analysis;

/**
 * One estimate of a tree that is a three-point range, resolved to numbers: a leaf's likelihood, a
 * mitigation's effectiveness or the goal's impact. A single value is a range of width zero.
 *
 * @param id the node's or the mitigation's id
 */
public record RangedValue(Kind kind, String id, double low, double likely, double high) {

  /** What the value is. */
  public enum Kind {
    LIKELIHOOD,
    EFFECTIVENESS,
    IMPACT;

    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The mean of its Beta-PERT distribution, (low + 4 likely + high) / 6. */
  public double pertMean() {
    return (low + 4 * likely + high) / 6;
  }

  /** {@code likelihood of dep-vulns}, for tables and messages. */
  public String label() {
    return kind.keyword() + " of " + id;
  }
}
