package dev.thicket.app.editor.viewmodel;

/** The text fields of an attacker profile in the Profiles tab (the four levels are drop-downs). */
public enum ProfileField {
  ID("profileId", "id"),
  TITLE("profileTitle", "title"),
  DESCRIPTION("profileDescription", "description"),
  BUDGET("profileBudget", "budget"),
  TIME("profileTime", "time");

  private final String key;
  private final String label;

  ProfileField(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** A short name without spaces, for control ids. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }
}
