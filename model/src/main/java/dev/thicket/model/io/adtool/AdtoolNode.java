package dev.thicket.model.io.adtool;

import dev.thicket.model.io.xml.XmlPosition;
import java.util.List;

/**
 * A {@code <node>} of an ADTool file, as written.
 *
 * @param refinement {@code disjunctive}, {@code conjunctive} or {@code sequential}
 * @param switchRole whether the node has the opposite role to its parent (a countermeasure under
 *     an attack, a counter-attack under a countermeasure)
 * @param comment {@code null} when absent
 * @param cost its MinCost value; {@code null} when none
 * @param time its MinTimeSeq or MinTimePar value; {@code null} when none
 */
record AdtoolNode(String label, String comment, String refinement, boolean switchRole,
    List<AdtoolNode> children, XmlPosition position, Double cost, Double time) {

  AdtoolNode {
    children = List.copyOf(children);
  }
}
