package dev.thicket.model.io.adtool;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thicket.model.io.FuzzChecks;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer target for the ADTool reader. In {@code mvn verify} it replays the files under {@code
 * AdtoolReaderFuzzTestInputs/}; fuzzing mode is described in docs/NOTES.md ("Fuzzing").
 */
class AdtoolReaderFuzzTest {

  @FuzzTest
  void readsBackOrReportsLocatedProblems(byte[] content) throws Exception {
    AttackTree tree;
    try {
      tree = AdtoolReader.read("fuzz.xml", content);
    } catch (TreeFileException refused) {
      FuzzChecks.assertLocatedProblems(refused);
      return;
    }
    FuzzChecks.assertReadsBack(tree);
    AttackTree back = AdtoolReader.read("fuzz.xml",
        AdtoolWriter.toXml(tree).getBytes(StandardCharsets.UTF_8));
    assertThat(back.nodes()).as("nodes after an ADTool round trip").isEqualTo(tree.nodes());
    assertThat(back.mitigations()).as("mitigations after an ADTool round trip")
        .isEqualTo(tree.mitigations());
  }
}
