package dev.thicket.model.io.mef;

import dev.thicket.model.io.xml.XmlElement;
import dev.thicket.model.io.xml.XmlPosition;
import dev.thicket.model.io.xml.XmlProblems;
import dev.thicket.model.io.xml.XmlRules;
import dev.thicket.model.tree.Gate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the supported subset of Open-PSA MEF (docs/interchange.md) from the elements of one file
 * into a {@link MefModel}. Anything else is refused with a located problem, never skipped.
 */
final class MefParser {
  /** MEF names Thicket takes as node ids: no dots (MEF uses them for scoped references). */
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private static final String CONNECTIVES = "<and>, <or>, <atleast>, <not>, <xor>";
  private static final String FORMULAS =
      CONNECTIVES + ", or a <gate>, <basic-event> or <event> reference";

  private final MefModel model;
  private final XmlProblems problems;

  MefParser(MefModel model, XmlProblems problems) {
    this.model = model;
    this.problems = problems;
  }

  void read(XmlElement root) {
    if (!root.name().equals("opsa-mef")) {
      problems.add(root.position(), "the root element is <" + root.name()
          + ">, not <opsa-mef>: not an Open-PSA MEF file");
      return;
    }
    XmlRules.onlyAttributes(root, problems);
    XmlRules.noText(root, problems);
    for (XmlElement child : root.children()) {
      switch (child.name()) {
        case "define-fault-tree" -> faultTree(child);
        case "model-data" -> modelData(child);
        default -> XmlRules.unexpected(child, root, "<define-fault-tree> or <model-data>",
            problems);
      }
    }
  }

  private void faultTree(XmlElement element) {
    XmlRules.onlyAttributes(element, problems, "name");
    XmlRules.noText(element, problems);
    name(element).ifPresent(model.faultTrees::add);
    for (XmlElement child : element.children()) {
      switch (child.name()) {
        case "define-gate" -> gate(child);
        case "define-basic-event" -> basicEvent(child);
        default -> XmlRules.unexpected(child, element, "<define-gate> or <define-basic-event>",
            problems);
      }
    }
  }

  private void modelData(XmlElement element) {
    XmlRules.onlyAttributes(element, problems);
    XmlRules.noText(element, problems);
    for (XmlElement child : element.children()) {
      if (child.name().equals("define-basic-event")) {
        basicEvent(child);
      } else {
        XmlRules.unexpected(child, element, "<define-basic-event>", problems);
      }
    }
  }

  private void gate(XmlElement element) {
    XmlRules.onlyAttributes(element, problems, "name");
    XmlRules.noText(element, problems);
    Optional<String> name = name(element);
    String label = null;
    List<XmlElement> formulas = new ArrayList<>();
    for (XmlElement child : element.children()) {
      if (child.name().equals("label") && formulas.isEmpty() && label == null) {
        label = label(child);
      } else {
        formulas.add(child);
      }
    }
    if (formulas.size() != 1) {
      problems.add(element.position(), "<define-gate> needs exactly one formula ("
          + FORMULAS + "), not " + formulas.size());
    }
    MefFormula formula = formulas.isEmpty() ? null : formula(formulas.get(0), element);
    if (name.isEmpty() || formula == null) {
      return;
    }
    MefModel.GateDefinition previous = model.gates.get(name.get());
    if (previous != null) {
      problems.add(element.position(), "gate '" + name.get() + "' is defined twice (first at "
          + previous.position() + ")");
      return;
    }
    model.gates.put(name.get(),
        new MefModel.GateDefinition(name.get(), label, formula, element.position()));
  }

  private void basicEvent(XmlElement element) {
    XmlRules.onlyAttributes(element, problems, "name");
    XmlRules.noText(element, problems);
    Optional<String> name = name(element);
    String label = null;
    Double probability = null;
    boolean expression = false;
    for (XmlElement child : element.children()) {
      if (child.name().equals("label") && !expression && label == null) {
        label = label(child);
      } else if (child.name().equals("float") && !expression) {
        expression = true;
        probability = probability(child);
      } else {
        XmlRules.unexpected(child, element, expression ? "nothing after <float>"
            : "<label> or <float value=\"P\"> (parameters and other expressions are not "
                + "supported)", problems);
      }
    }
    if (name.isEmpty()) {
      return;
    }
    MefModel.BasicEventDefinition previous = model.basicEvents.get(name.get());
    if (previous != null) {
      problems.add(element.position(), "basic event '" + name.get()
          + "' is defined twice (first at " + previous.position() + ")");
      return;
    }
    model.basicEvents.put(name.get(), new MefModel.BasicEventDefinition(name.get(), label,
        probability, element.position()));
  }

  private Double probability(XmlElement element) {
    XmlRules.onlyAttributes(element, problems, "value");
    XmlRules.noText(element, problems);
    for (XmlElement child : element.children()) {
      XmlRules.unexpected(child, element, "no content", problems);
    }
    Optional<String> text = XmlRules.required(element, "value", problems);
    if (text.isEmpty()) {
      return null;
    }
    double value;
    try {
      value = Double.parseDouble(text.get());
    } catch (NumberFormatException e) {
      problems.add(element.position(), "value '" + text.get() + "' is not a number");
      return null;
    }
    if (!(value >= 0 && value <= 1)) {
      problems.add(element.position(), "probability " + text.get() + " is not in [0,1]");
      return null;
    }
    return value;
  }

  private String label(XmlElement element) {
    XmlRules.onlyAttributes(element, problems);
    for (XmlElement child : element.children()) {
      XmlRules.unexpected(child, element, "text only", problems);
    }
    String text = element.text().strip().replaceAll("\\s+", " ");
    return text.isEmpty() ? null : text;
  }

  private MefFormula formula(XmlElement element, XmlElement parent) {
    XmlRules.noText(element, problems);
    return switch (element.name()) {
      case "gate" -> reference(element, MefFormula.Kind.GATE);
      case "basic-event" -> reference(element, MefFormula.Kind.BASIC_EVENT);
      case "event" -> reference(element, MefFormula.Kind.EVENT);
      case "and", "or", "not", "xor" -> connective(element, Gate.fromKeyword(element.name())
          .orElseThrow(), 0);
      case "atleast" -> atleast(element);
      default -> {
        XmlRules.unexpected(element, parent, FORMULAS + " (house events, constants and "
            + "other connectives are not supported)", problems);
        yield null;
      }
    };
  }

  private MefFormula reference(XmlElement element, MefFormula.Kind kind) {
    XmlRules.onlyAttributes(element, problems, "name");
    for (XmlElement child : element.children()) {
      XmlRules.unexpected(child, element, "no content", problems);
    }
    return name(element).map(name -> new MefFormula.Reference(kind, name, element.position()))
        .orElse(null);
  }

  private MefFormula atleast(XmlElement element) {
    XmlRules.onlyAttributes(element, problems, "min");
    Optional<String> min = XmlRules.required(element, "min", problems);
    if (min.isEmpty()) {
      return null;
    }
    int k;
    try {
      k = Integer.parseInt(min.get());
    } catch (NumberFormatException e) {
      problems.add(element.position(), "min '" + min.get() + "' is not a whole number");
      return null;
    }
    return connective(element, Gate.ATLEAST, k);
  }

  private MefFormula connective(XmlElement element, Gate gate, int k) {
    if (gate != Gate.ATLEAST) {
      XmlRules.onlyAttributes(element, problems);
    }
    List<MefFormula> arguments = new ArrayList<>();
    for (XmlElement child : element.children()) {
      arguments.add(formula(child, element));
    }
    int n = arguments.size();
    XmlPosition at = element.position();
    if (n == 0) {
      problems.add(at, "<" + element.name() + "> needs arguments");
    } else if (gate == Gate.NOT && n != 1) {
      problems.add(at, "<not> takes exactly one argument, not " + n);
    } else if (gate == Gate.XOR && n != 2) {
      problems.add(at, "<xor> takes exactly two arguments here, not " + n);
    } else if (gate == Gate.ATLEAST && (k < 1 || k > n)) {
      problems.add(at, "<atleast min=\"" + k + "\"> needs 1 <= min <= " + n
          + " (its number of arguments)");
    }
    if (arguments.contains(null)) {
      return null;
    }
    return new MefFormula.Connective(element.name(), gate, k, arguments, at);
  }

  private Optional<String> name(XmlElement element) {
    Optional<String> name = XmlRules.required(element, "name", problems);
    if (name.isPresent() && !NAME.matcher(name.get()).matches()) {
      problems.add(element.position(), "name '" + name.get() + "' is not supported: names "
          + "use letters, digits, '_' and '-' and start with a letter or digit (no scoped "
          + "names with '.')");
      return Optional.empty();
    }
    return name;
  }
}
