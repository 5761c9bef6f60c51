package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.thicket.model.io.xml.XmlDocument;
import dev.thicket.model.io.xml.XmlProblems;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The file size limit: 16 MB unless the setting moves it, and what the refusal says. */
class FileSizeLimitTest {
  private static final int MEBIBYTE = 1024 * 1024;

  @AfterEach
  void clearSetting() {
    System.clearProperty(FileSizeLimit.PROPERTY);
  }

  /** A valid tree padded with an extension value to at least {@code bytes}. */
  private static byte[] treeOf(int bytes) {
    StringBuilder text = new StringBuilder("""
        format: attacktree/v1
        title: T
        root: a
        nodes:
          a:
            title: A
            likelihood: 0.5
        x-padding: |-
        """);
    String line = "  " + "p".repeat(1000) + "\n";
    while (text.length() < bytes) {
      text.append(line);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String refusal(byte[] content) {
    TreeFileException thrown =
        catchThrowableOfType(TreeFileException.class, () -> TreeReader.read("t.yaml", content));
    assertThat(thrown).as("the file is refused").isNotNull();
    return thrown.problems().get(0).message();
  }

  @Test
  void aLowerSettingRefusesWhatTheDefaultReads() throws Exception {
    byte[] content = treeOf(MEBIBYTE + MEBIBYTE / 2);
    assertThat(TreeReader.read("t.yaml", content).node("a").title()).isEqualTo("A");

    System.setProperty(FileSizeLimit.PROPERTY, "1");

    assertThat(refusal(content)).isEqualTo("the file is larger than 1 MB (1048576 bytes), the "
        + "limit for tree files; to read a larger file you trust, set THICKET_MAX_FILE_MB (now 1)"
        + " to its size in MB (at most 128)");
  }

  @Test
  void aHigherSettingReadsWhatALowerOneRefuses() throws Exception {
    byte[] content = treeOf(MEBIBYTE + MEBIBYTE / 2);
    System.setProperty(FileSizeLimit.PROPERTY, "1");
    refusal(content);

    System.setProperty(FileSizeLimit.PROPERTY, " 2 ");
    AttackTree tree = TreeReader.read("t.yaml", content);

    assertThat((String) tree.extensions().get("x-padding")).startsWith("ppp");
    assertThat(FileSizeLimit.yamlBytes()).isEqualTo(2 * MEBIBYTE);
  }

  @Test
  void aSettingOutOfRangeOrNotANumberKeepsTheDefaultAndSaysSo() {
    byte[] content = new byte[16 * MEBIBYTE + 1];
    for (String setting : new String[] {"lots", "0", "129", "-5", "1.5", ""}) {
      System.setProperty(FileSizeLimit.PROPERTY, setting);

      assertThat(FileSizeLimit.yamlBytes()).as(setting).isEqualTo(16 * MEBIBYTE);
      assertThat(refusal(content)).as(setting).contains("larger than 16 MB")
          .contains("('" + setting + "' is not a whole number from 1 to 128, so 16 applies)");
    }
  }

  @Test
  void xmlFilesMayHaveEightTimesTheLimit() {
    System.setProperty(FileSizeLimit.PROPERTY, "1");
    byte[] within = "<x/>".getBytes(StandardCharsets.UTF_8);
    byte[] over = new byte[8 * MEBIBYTE + 1];
    XmlProblems problems = new XmlProblems();

    assertThat(XmlDocument.parse("ok.xml", within, problems)).isNotNull();
    assertThat(XmlDocument.parse("big.xml", over, problems)).isNull();

    assertThat(problems.sorted()).extracting(TreeFileProblem::message).containsExactly(
        "the file is larger than 8 MB (8388608 bytes), the limit for XML tree files; to read a "
            + "larger file you trust, set THICKET_MAX_FILE_MB (now 1) to an eighth of its size "
            + "in MB (at most 128)");
  }
}
