package dev.thicket.model.io.threatdragon;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thicket.model.io.FuzzChecks;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.tree.AttackTree;

/**
 * Jazzer target for the Threat Dragon reader. In {@code mvn verify} it replays the files under
 * {@code ThreatDragonReaderFuzzTestInputs/}; fuzzing mode is described in docs/NOTES.md.
 */
class ThreatDragonReaderFuzzTest {

  @FuzzTest
  void readsBackOrReportsLocatedProblems(byte[] content) throws Exception {
    AttackTree tree;
    try {
      tree = ThreatDragonReader.read("fuzz.json", content);
    } catch (TreeFileException refused) {
      FuzzChecks.assertLocatedProblems(refused);
      return;
    }
    FuzzChecks.assertReadsBack(tree);
  }
}
