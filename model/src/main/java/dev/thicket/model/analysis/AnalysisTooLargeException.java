package dev.thicket.model.analysis;

/** An exact analysis would need more memory than is available; thrown instead of an error. */
public final class AnalysisTooLargeException extends RuntimeException {
  public AnalysisTooLargeException(String message) {
    super(message);
  }
}
