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
  RATIONALE("rationale"),
  REFERENCES("references");

  private final String label;

  NodeField(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
