package dev.thicket.model.io.mef;

import dev.thicket.model.io.xml.XmlPosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything read from the MEF files of one model, before references are resolved. */
final class MefModel {
  /** A {@code define-gate}: its formula, and its label when given. */
  record GateDefinition(String name, String label, MefFormula formula, XmlPosition position) {}

  /** A {@code define-basic-event}; {@code probability} is {@code null} when none is given. */
  record BasicEventDefinition(String name, String label, Double probability,
      XmlPosition position) {}

  final List<String> faultTrees = new ArrayList<>();
  final Map<String, GateDefinition> gates = new LinkedHashMap<>();
  final Map<String, BasicEventDefinition> basicEvents = new LinkedHashMap<>();
}
