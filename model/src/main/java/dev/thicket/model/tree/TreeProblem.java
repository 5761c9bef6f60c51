package dev.thicket.model.tree;

/**
 * A rule of the format that a tree breaks, pointing at the offending element so that a reader can
 * turn it into {@code file:line:col: message}.
 *
 * @param section where the element lives
 * @param id the node or mitigation id, or the scale name; {@code null} for the top level
 * @param field the offending key within that element, {@code null} for the element itself
 * @param index the position within a list-valued field, or -1
 * @param message what is wrong, in words a workshop participant understands
 */
public record TreeProblem(Section section, String id, String field, int index, String message) {

  /** The parts of a tree file. */
  public enum Section {
    TREE,
    NODE,
    MITIGATION,
    SCALES,
    ANALYSIS,
    PROFILES
  }

  public static TreeProblem top(String field, String message) {
    return new TreeProblem(Section.TREE, null, field, -1, message);
  }

  public static TreeProblem node(String id, String field, String message) {
    return new TreeProblem(Section.NODE, id, field, -1, message);
  }

  public static TreeProblem nodeItem(String id, String field, int index, String message) {
    return new TreeProblem(Section.NODE, id, field, index, message);
  }

  public static TreeProblem mitigation(String id, String field, String message) {
    return new TreeProblem(Section.MITIGATION, id, field, -1, message);
  }

  @Override
  public String toString() {
    return message;
  }
}
