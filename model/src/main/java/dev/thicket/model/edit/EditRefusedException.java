package dev.thicket.model.edit;

/**
 * An edit that would break a rule of the tree (a cycle, a gate without children, a value out of
 * range). The message says why in words a workshop participant understands; the tree is unchanged.
 */
public final class EditRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EditRefusedException(String message) {
    super(message);
  }
}
