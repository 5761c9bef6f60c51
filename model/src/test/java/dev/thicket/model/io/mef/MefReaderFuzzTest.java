package dev.thicket.model.io.mef;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.io.FuzzChecks;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Jazzer targets for the Open-PSA MEF reader: one file, and several files read as one model. In
 * {@code mvn verify} they replay the files under {@code MefReaderFuzzTestInputs/}; fuzzing mode is
 * described in docs/NOTES.md ("Fuzzing").
 */
class MefReaderFuzzTest {
  /** The most files one input is split into. */
  private static final int MAX_FILES = 4;

  @FuzzTest
  void oneFileReadsBackOrReportsLocatedProblems(byte[] content) {
    check(List.of("fuzz.xml"), List.of(content));
  }

  /**
   * The input is split into files at NUL bytes (which no XML file holds): a seed is a structure
   * file, a NUL, and a {@code model-data} file.
   */
  @FuzzTest
  void severalFilesReadBackOrReportLocatedProblems(byte[] content) {
    List<byte[]> files = split(content);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      names.add("part" + (i + 1) + ".xml");
    }
    check(names, files);
  }

  private static void check(List<String> names, List<byte[]> contents) {
    AttackTree tree;
    try {
      tree = MefReader.read(names, contents);
    } catch (TreeFileException refused) {
      FuzzChecks.assertLocatedProblems(refused);
      return;
    }
    FuzzChecks.assertReadsBack(tree);
    byte[] exported = MefWriter.toXml(tree, Mode.INHERENT).getBytes(StandardCharsets.UTF_8);
    assertThatCode(() -> MefReader.read(List.of("export.xml"), List.of(exported)))
        .as("the MEF export of an imported model reads back").doesNotThrowAnyException();
  }

  static List<byte[]> split(byte[] content) {
    List<byte[]> files = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= content.length; i++) {
      if (i == content.length || (content[i] == 0 && files.size() < MAX_FILES - 1)) {
        files.add(Arrays.copyOfRange(content, start, i));
        start = i + 1;
      }
    }
    return files;
  }
}
