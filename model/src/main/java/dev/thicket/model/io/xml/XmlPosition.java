package dev.thicket.model.io.xml;

/** Where something is in an XML file: the file as named to the user, 1-based line and column. */
public record XmlPosition(String file, int line, int column) {

  /** The start of {@code file}. */
  public static XmlPosition start(String file) {
    return new XmlPosition(file, 1, 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
