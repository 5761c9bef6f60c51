package dev.thicket.model.tree;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A defence. Attached to a node X, it is an independent event "the mitigation fails" of
 * probability {@code 1 - effectiveness} that must happen, together with X, for X to be achieved.
 *
 * @param description optional, {@code null} when absent
 * @param effectivenessRange optional low and high around {@code effectiveness} (numbers only),
 *     {@code null} for a single value
 * @param cost optional, {@code null} when absent, otherwise {@code >= 0}
 * @param estimates the estimation rounds' votes on the effectiveness, in the order given
 * @param references where it is described or tracked: documents, URLs, tickets, in the order given
 * @param extensions {@code x-} keys of the file, kept in file order and written back unchanged
 */
public record Mitigation(
    String id,
    String title,
    String description,
    double effectiveness,
    Range effectivenessRange,
    Double cost,
    MitigationStatus status,
    List<Vote> estimates,
    List<String> references,
    Map<String, Object> extensions) {

  public Mitigation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    estimates = List.copyOf(estimates);
    references = List.copyOf(references);
    extensions = Extensions.copyOf(extensions);
  }

  /** Without references. */
  public Mitigation(String id, String title, String description, double effectiveness,
      Range effectivenessRange, Double cost, MitigationStatus status, List<Vote> estimates,
      Map<String, Object> extensions) {
    this(id, title, description, effectiveness, effectivenessRange, cost, status, estimates,
        List.of(), extensions);
  }

  /** Without estimation rounds. */
  public Mitigation(String id, String title, String description, double effectiveness,
      Range effectivenessRange, Double cost, MitigationStatus status,
      Map<String, Object> extensions) {
    this(id, title, description, effectiveness, effectivenessRange, cost, status, List.of(),
        extensions);
  }

  /** Without a range of effectiveness. */
  public Mitigation(String id, String title, String description, double effectiveness,
      Double cost, MitigationStatus status, Map<String, Object> extensions) {
    this(id, title, description, effectiveness, null, cost, status, extensions);
  }

  public Mitigation(String id, String title, double effectiveness, MitigationStatus status) {
    this(id, title, null, effectiveness, null, status, Map.of());
  }

  /** The effectiveness as an estimate: the number, with its range if it has one. */
  public Estimate effectivenessEstimate() {
    return Estimate.of(effectiveness).withRange(effectivenessRange);
  }

  /**
   * Whether a mitigation plan may fund it: not implemented and with a cost (docs/analysis.md,
   * "What to fund").
   */
  public boolean candidate() {
    return status != MitigationStatus.IMPLEMENTED && cost != null;
  }

  public Mitigation withStatus(MitigationStatus newStatus) {
    return new Mitigation(id, title, description, effectiveness, effectivenessRange, cost,
        newStatus, estimates, references, extensions);
  }

  public Mitigation withReferences(List<String> newReferences) {
    return new Mitigation(id, title, description, effectiveness, effectivenessRange, cost,
        status, estimates, newReferences, extensions);
  }

  /** With a single effectiveness, no range. */
  public Mitigation withEffectiveness(double newEffectiveness) {
    return new Mitigation(id, title, description, newEffectiveness, null, cost, status,
        estimates, references, extensions);
  }

  /** With {@code estimate}'s number as effectiveness and its range (numbers only). */
  public Mitigation withEffectiveness(Estimate estimate) {
    return new Mitigation(id, title, description, estimate.value(), estimate.range(), cost,
        status, estimates, references, extensions);
  }

  public Mitigation withEstimates(List<Vote> newEstimates) {
    return new Mitigation(id, title, description, effectiveness, effectivenessRange, cost,
        status, newEstimates, references, extensions);
  }

  public Mitigation withExtensions(Map<String, Object> newExtensions) {
    return new Mitigation(id, title, description, effectiveness, effectivenessRange, cost,
        status, estimates, references, newExtensions);
  }
}
