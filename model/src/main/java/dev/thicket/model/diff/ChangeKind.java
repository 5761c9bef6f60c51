package dev.thicket.model.diff;

/** What happened to a node or mitigation between two trees. */
public enum ChangeKind {
  ADDED,
  REMOVED,
  /** The same content and place under another id. */
  RENAMED,
  /** Fields changed; a node whose parent set changed is also {@link NodeChange#moved()}. */
  CHANGED;

  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
