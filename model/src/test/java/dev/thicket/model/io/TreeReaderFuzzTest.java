package dev.thicket.model.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thicket.model.tree.AttackTree;

/**
 * Jazzer target for the YAML reader. In {@code mvn verify} it replays the files under {@code
 * TreeReaderFuzzTestInputs/} (seeds and past findings); fuzzing mode is described in docs/NOTES.md
 * ("Fuzzing").
 */
class TreeReaderFuzzTest {

  @FuzzTest
  void readsBackOrReportsLocatedProblems(byte[] content) {
    AttackTree tree;
    try {
      tree = TreeReader.read("fuzz.yaml", content);
    } catch (TreeFileException refused) {
      FuzzChecks.assertLocatedProblems(refused);
      return;
    }
    FuzzChecks.assertReadsBack(tree);
  }
}
