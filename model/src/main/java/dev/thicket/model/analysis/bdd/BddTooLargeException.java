package dev.thicket.model.analysis.bdd;

/** The decision diagram outgrew the node limit: the analysis stops with a message, not an OutOfMemoryError. */
public final class BddTooLargeException extends RuntimeException {
  public BddTooLargeException(int nodes) {
    super("the decision diagram outgrew its limit of " + nodes
        + " nodes; the tree has too much sharing for an exact analysis in this memory");
  }
}
