package dev.thicket.model.io.mef;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Formulas nested deep inside one MEF gate. */
class MefNestingTest {
  /**
   * Each nested formula's id once repeated its parent's (g.not.formula.not.formula...): 200
   * levels (the XML limit is 256) made ids of 2,600 characters.
   */
  @Test
  void idsOfDeeplyNestedFormulasStayShort() throws Exception {
    int depth = 200;
    StringBuilder formula = new StringBuilder("<basic-event name=\"e\"/>");
    for (int i = 0; i < depth; i++) {
      formula.insert(0, "<not>").append("</not>");
    }
    String xml = "<opsa-mef><define-fault-tree name=\"t\"><define-gate name=\"g\">"
        + "<and><basic-event name=\"f\"/>" + formula + "</and></define-gate>"
        + "</define-fault-tree></opsa-mef>";

    AttackTree tree = MefReader.read(List.of("deep.xml"),
        List.of(xml.getBytes(StandardCharsets.UTF_8)));

    assertThat(tree.nodes()).hasSize(depth + 3);
    assertThat(tree.nodes().keySet().stream().mapToInt(String::length).max().orElseThrow())
        .isLessThan(20);
  }

  @Test
  void anArgumentListedTwiceIsStillReported() {
    String xml = "<opsa-mef><define-fault-tree name=\"t\"><define-gate name=\"g\"><or>"
        + "<basic-event name=\"a\"/><basic-event name=\"b\"/><basic-event name=\"a\"/>"
        + "</or></define-gate></define-fault-tree></opsa-mef>";

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MefReader.read(
        List.of("twice.xml"), List.of(xml.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("'a' is listed twice");
  }
}
