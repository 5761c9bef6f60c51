package dev.thicket.model.io.otm;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thicket.model.io.FuzzChecks;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer target for the OTM reader. In {@code mvn verify} it replays the files under {@code
 * OtmReaderFuzzTestInputs/}; fuzzing mode is described in docs/NOTES.md ("Fuzzing").
 */
class OtmReaderFuzzTest {

  @FuzzTest
  void readsBackOrReportsLocatedProblems(byte[] content) throws Exception {
    AttackTree tree;
    try {
      tree = OtmReader.read("fuzz.otm.yaml", content);
    } catch (TreeFileException refused) {
      FuzzChecks.assertLocatedProblems(refused);
      return;
    }
    FuzzChecks.assertReadsBack(tree);
    AttackTree back = OtmReader.read("fuzz.otm.yaml",
        OtmWriter.toYaml(tree).getBytes(StandardCharsets.UTF_8));
    assertThat(back.nodes()).as("nodes after an OTM round trip").isEqualTo(tree.nodes());
    assertThat(back.mitigations()).as("mitigations after an OTM round trip")
        .isEqualTo(tree.mitigations());
  }
}
