package dev.thicket.app.bench;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Valid but extreme inputs, one kind per reader, that once made reading quadratic (issue 14):
 * equal ADTool labels, a MEF gate of very many arguments, a long MEF chain of NOT gates, a YAML
 * gate of very many children.
 */
final class HostileInputs {
  /** A named generator: the file name and its text for a size. */
  record Kind(String name, String fileName, IntFunction<String> text) {}

  static final List<Kind> KINDS = List.of(
      new Kind("ADTool, equal labels", "labels.xml", HostileInputs::equalLabels),
      new Kind("MEF, arguments of one OR", "wide-or.xml", HostileInputs::wideOr),
      new Kind("MEF, chain of NOT gates", "not-chain.xml", HostileInputs::notChain),
      new Kind("YAML, children of one OR", "wide.yaml", HostileInputs::wideYaml));

  private HostileInputs() {}

  static String equalLabels(int n) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<adtree>\n"
        + "<node refinement=\"disjunctive\">\n<label>Root</label>\n");
    for (int i = 0; i < n; i++) {
      xml.append("<node refinement=\"disjunctive\"><label>Same</label></node>\n");
    }
    return xml.append("</node>\n</adtree>\n").toString();
  }

  static String wideOr(int n) {
    StringBuilder xml = new StringBuilder(
        "<opsa-mef><define-fault-tree name=\"t\"><define-gate name=\"g\"><or>\n");
    for (int i = 0; i < n; i++) {
      xml.append("<basic-event name=\"e").append(i).append("\"/>\n");
    }
    return xml.append("</or></define-gate></define-fault-tree></opsa-mef>\n").toString();
  }

  static String notChain(int n) {
    StringBuilder xml = new StringBuilder("<opsa-mef><define-fault-tree name=\"t\">\n");
    for (int i = 0; i < n; i++) {
      String inner = i + 1 < n ? "<gate name=\"g" + (i + 1) + "\"/>" : "<basic-event name=\"e\"/>";
      xml.append("<define-gate name=\"g").append(i).append("\"><not>").append(inner)
          .append("</not></define-gate>\n");
    }
    return xml.append("</define-fault-tree></opsa-mef>\n").toString();
  }

  static String wideYaml(int n) {
    StringBuilder yaml = new StringBuilder(
        "format: attacktree/v1\ntitle: Wide\nroot: g\nnodes:\n  g:\n    title: G\n"
            + "    gate: or\n    children:\n");
    for (int i = 0; i < n; i++) {
      yaml.append("      - l").append(i).append('\n');
    }
    for (int i = 0; i < n; i++) {
      yaml.append("  l").append(i).append(": {title: L, likelihood: 0.1}\n");
    }
    return yaml.toString();
  }
}
