package dev.thicket.model.analysis;

/** More candidate mitigations than a plan search is allowed or able to take. */
public final class PlanTooLargeException extends RuntimeException {
  private final int candidates;

  PlanTooLargeException(int candidates, int limit) {
    super("the tree has " + candidates + " candidate mitigations (not implemented, with a cost),"
        + " more than " + limit + " and too many to search exactly; raise the limit, give fewer"
        + " of them a cost, or mark some implemented");
    this.candidates = candidates;
  }

  public int candidates() {
    return candidates;
  }
}
