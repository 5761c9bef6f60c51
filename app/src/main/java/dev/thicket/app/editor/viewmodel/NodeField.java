package dev.thicket.app.editor.viewmodel;

/** The fields of the side panel. */
public enum NodeField {
  ID("id"),
  TITLE("title"),
  DESCRIPTION("description"),
  GATE("gate"),
  K("k"),
  LIKELIHOOD("likelihood"),
  IMPACT("impact"),
  COST("cost"),
  TIME("time"),
  /** The five attack-potential factors (drop-downs, {@link NodePanelViewModel#levelProperty}). */
  POTENTIAL("potential"),
  RATIONALE("rationale"),
  REFERENCES("references"),
  /** The node's {@code x-} keys as YAML lines ({@link ExtensionLines}; Edit → x- keys…). */
  EXTENSIONS("x- keys");

  private final String label;

  NodeField(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
