package dev.thicket.model.io.adtool;

import dev.thicket.model.io.xml.XmlElement;
import dev.thicket.model.io.xml.XmlPosition;
import dev.thicket.model.io.xml.XmlProblems;
import dev.thicket.model.io.xml.XmlRules;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attribute domains of an ADTool 2 file ({@code <domain id="MinCost1"><class>…}) and the
 * values of its nodes ({@code <parameter domainId="MinCost1" category="basic">100.0}): MinCost
 * gives a step's cost, MinTimeSeq or MinTimePar its time (docs/interchange.md). Other domains
 * are refused with their position, so that no value is dropped unseen.
 */
final class AdtoolDomains {
  static final String PACKAGE = "lu.uni.adtool.domains.adtpredefined.";
  static final String COST = "cost";
  static final String TIME = "time";
  /** The domain the writer uses for each key; both sum over AND and take the least over OR. */
  static final Map<String, String> WRITTEN = Map.of(COST, "MinCost", TIME, "MinTimeSeq");
  private static final Map<String, String> IMPORTED =
      Map.of("MinCost", COST, "MinTimeSeq", TIME, "MinTimePar", TIME);

  /** A basic value of a node; {@code number} null for ADTool's "no value" (Infinity). */
  record Value(String key, Double number, XmlPosition position) {}

  private final XmlProblems problems;
  private final Map<String, String> keyById = new HashMap<>();
  private final Set<String> refused = new HashSet<>();

  AdtoolDomains(XmlProblems problems) {
    this.problems = problems;
  }

  /** Reads one {@code <domain>} child of {@code <adtree>}. */
  void declare(XmlElement domain) {
    XmlRules.onlyAttributes(domain, problems, "id");
    XmlRules.noText(domain, problems);
    String id = XmlRules.required(domain, "id", problems).orElse(null);
    String className = null;
    for (XmlElement child : domain.children()) {
      switch (child.name()) {
        case "class" -> className = text(child).strip();
        case "tool" -> text(child);
        default -> {
          if (className == null || importedKey(className) != null) {
            XmlRules.unexpected(child, domain, "<class> or <tool>", problems);
          }
        }
      }
    }
    if (id == null) {
      return;
    }
    if (className == null) {
      problems.add(domain.position(), "<domain> '" + id + "' needs a <class>");
      refused.add(id);
      return;
    }
    String key = importedKey(className);
    if (key == null) {
      problems.add(domain.position(), "domain '" + id + "' (" + className + ") is not imported: "
          + whyNot(simpleName(className)) + "; Thicket reads MinCost as a step's cost and "
          + "MinTimeSeq or MinTimePar as its time. Remove the domain in ADTool to import the tree");
      refused.add(id);
    } else if (keyById.containsKey(id)) {
      problems.add(domain.position(), "a second <domain> with id '" + id + "'");
    } else if (keyById.containsValue(key)) {
      problems.add(domain.position(), "domain '" + id + "' is a second " + key + " domain: a "
          + "step has one " + key);
      refused.add(id);
    } else {
      keyById.put(id, key);
    }
  }

  private static String whyNot(String simpleName) {
    return switch (simpleName == null ? "" : simpleName) {
      case "MinSkill" -> "its skill is a bare number without a scale, while the attack "
          + "potential's expertise has four named levels (layman … multiple experts) with "
          + "points; any mapping would invent the thresholds";
      case "ProbSucc" -> "a probability of success per step is not read yet (give likelihoods "
          + "in Thicket)";
      default -> "it has no Thicket meaning";
    };
  }

  /** The Thicket key a domain class is read as; null when it is not imported. */
  private static String importedKey(String className) {
    String simpleName = simpleName(className);
    return simpleName == null ? null : IMPORTED.get(simpleName);
  }

  /** The class's name in ADTool's package of domains; null for a class outside it. */
  private static String simpleName(String className) {
    return className.startsWith(PACKAGE) ? className.substring(PACKAGE.length()) : null;
  }

  /**
   * The value of a {@code <parameter>} of a node; {@code null} when it is none to import: a
   * value ADTool computed ({@code default}, {@code derived}), one of a refused domain, or a
   * problem.
   */
  Value parameter(XmlElement parameter) {
    XmlRules.onlyAttributes(parameter, problems, "domainId", "category");
    for (XmlElement child : parameter.children()) {
      XmlRules.unexpected(child, parameter, "text only", problems);
    }
    String category = parameter.attribute("category").orElse("basic");
    if (category.equals("default") || category.equals("derived")) {
      return null;
    }
    if (!category.equals("basic")) {
      problems.add(parameter.position(), "category '" + category
          + "' is not one of basic, default, derived");
      return null;
    }
    String id = XmlRules.required(parameter, "domainId", problems).orElse(null);
    if (id == null || refused.contains(id)) {
      return null;
    }
    String key = keyById.get(id);
    if (key == null) {
      problems.add(parameter.position(), "<parameter> of an undeclared domain '" + id + "'");
      return null;
    }
    String text = parameter.text().strip();
    if (text.equals("Infinity") || text.equals("\u221E")) {
      return new Value(key, null, parameter.position());
    }
    try {
      double number = Double.parseDouble(text);
      if (Double.isFinite(number) && number >= 0) {
        return new Value(key, number, parameter.position());
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    problems.add(parameter.position(), "a " + key + " value must be a number >= 0 (or Infinity"
        + " for none), not '" + text + "'");
    return null;
  }

  private String text(XmlElement element) {
    XmlRules.onlyAttributes(element, problems);
    for (XmlElement child : element.children()) {
      XmlRules.unexpected(child, element, "text only", problems);
    }
    return element.text();
  }

  /** The ADTool 2 id of the domain written for {@code key}, numbered as ADTool numbers them. */
  static String writtenId(String key, List<String> keys) {
    return WRITTEN.get(key) + (keys.indexOf(key) + 1);
  }
}
