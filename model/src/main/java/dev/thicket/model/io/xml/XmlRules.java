package dev.thicket.model.io.xml;

import java.util.List;
import java.util.Optional;

/** Checks shared by the XML readers; each adds a located problem and says whether all was well. */
public final class XmlRules {
  private XmlRules() {}

  /** Refuses every attribute of {@code element} not in {@code allowed}. */
  public static boolean onlyAttributes(XmlElement element, XmlProblems problems,
      String... allowed) {
    boolean ok = true;
    for (String name : element.attributes().keySet()) {
      if (!List.of(allowed).contains(name)) {
        String expected = allowed.length == 0 ? "it takes none"
            : "expected " + String.join(", ", allowed);
        problems.add(element.position(), "unsupported attribute '" + name + "' on <"
            + element.name() + ">: " + expected);
        ok = false;
      }
    }
    return ok;
  }

  /** The attribute {@code name}, or empty after a problem when it is missing or blank. */
  public static Optional<String> required(XmlElement element, String name,
      XmlProblems problems) {
    Optional<String> value = element.attribute(name).map(String::strip);
    if (value.isEmpty() || value.get().isEmpty()) {
      problems.add(element.position(), "<" + element.name() + "> needs a '" + name
          + "' attribute");
      return Optional.empty();
    }
    return value;
  }

  /** Refuses text directly inside {@code element} (only child elements belong there). */
  public static void noText(XmlElement element, XmlProblems problems) {
    if (element.textPosition() != null) {
      problems.add(element.textPosition(), "unexpected text inside <" + element.name() + ">");
    }
  }

  /** Refuses {@code element} as unknown where it stands, naming what is expected. */
  public static void unexpected(XmlElement element, XmlElement parent, String expected,
      XmlProblems problems) {
    problems.add(element.position(), "unsupported element <" + element.name() + "> in <"
        + parent.name() + ">: expected " + expected);
  }
}
