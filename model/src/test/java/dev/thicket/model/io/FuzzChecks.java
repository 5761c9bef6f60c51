package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;

/**
 * What the reader fuzz targets check (docs/NOTES.md, "Fuzzing"): a refusal is a list of located
 * problems and never an internal error in disguise; a tree a reader accepts is written in the
 * canonical form and read back to the same text.
 */
public final class FuzzChecks {
  /** Messages the readers use for an exception they caught but did not expect. */
  private static final String[] INTERNAL_ERRORS = {"could not read the file: ",
      "could not read the YAML: "};

  private FuzzChecks() {}

  /** {@code refusal} holds located problems only, none of them an unexpected exception. */
  public static void assertLocatedProblems(TreeFileException refusal) {
    assertThat(refusal.problems()).isNotEmpty().allSatisfy(problem -> {
      assertThat(problem.line()).as(problem.toString()).isPositive();
      assertThat(problem.column()).as(problem.toString()).isPositive();
      assertThat(problem.message()).as(problem.toString()).isNotBlank()
          .doesNotStartWith(INTERNAL_ERRORS[0]).doesNotStartWith(INTERNAL_ERRORS[1]);
    });
  }

  /**
   * {@code tree} written in the canonical form reads back, and the tree read back writes the same
   * text.
   *
   * @return the canonical text
   */
  public static String assertReadsBack(AttackTree tree) {
    String written = TreeWriter.toYaml(tree);
    AttackTree back;
    try {
      back = TreeReader.read("back.yaml", written.getBytes(StandardCharsets.UTF_8));
    } catch (TreeFileException refused) {
      throw new AssertionError("the canonical text of an accepted tree is refused:\n"
          + refused.getMessage() + "\n--- text ---\n" + written, refused);
    }
    assertThat(TreeWriter.toYaml(back)).as("the tree read back writes the same text")
        .isEqualTo(written);
    return written;
  }
}
