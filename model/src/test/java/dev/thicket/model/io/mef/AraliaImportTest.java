package dev.thicket.model.io.mef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast subset of the Aralia benchmark through the MEF importer and the engine, against
 * {@code expected.tsv}. The files are third-party GPL test data read from ../shared, never
 * copied here; without them these tests are skipped.
 */
class AraliaImportTest {
  /** From a module folder (where Maven runs the tests) to the shared benchmark folder. */
  static final Path ARALIA = Path.of("..", "..", "shared", "benchmarks", "aralia");

  private static Path aralia() {
    Assumptions.assumeTrue(Files.isDirectory(ARALIA),
        "the Aralia benchmark is not present: " + ARALIA.toAbsolutePath().normalize());
    return ARALIA;
  }

  /** The row of {@code expected.tsv} for {@code tree}, split on tabs. */
  private static String[] expected(String tree) throws IOException {
    return Files.readAllLines(aralia().resolve("expected.tsv")).stream()
        .map(line -> line.split("\t", -1)).filter(row -> row[0].equals(tree))
        .findFirst().orElseThrow();
  }

  /** The row of {@code helper_crosscheck.tsv} (not an external source) for {@code tree}. */
  private static String[] crossCheck(String tree) throws IOException {
    return Files.readAllLines(aralia().resolve("helper_crosscheck.tsv")).stream()
        .map(line -> line.split("\t", -1)).filter(row -> row[0].equals(tree))
        .findFirst().orElseThrow();
  }

  private static AnalysisResult inherent(AttackTree tree) {
    return TreeAnalysis.run(tree, new AnalysisOptions(Mode.INHERENT, 20, AnalysisSettings.NONE));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"baobab1", "chinese", "das9202", "isp9605", "ftr10"})
  void importsTheTreeWithTheReferenceCountsAndProbability(String name) throws Exception {
    String[] row = expected(name + ".xml");

    AttackTree tree = MefReader.read(List.of(aralia().resolve(name + ".xml")));
    AnalysisResult result = inherent(tree);

    long gates = tree.nodes().values().stream().filter(node -> !node.isLeaf()).count();
    long events = tree.nodes().values().stream().filter(Node::isLeaf).count();
    assertThat(gates).isEqualTo(Long.parseLong(row[1]));
    assertThat(events).isEqualTo(Long.parseLong(row[2]));
    assertThat(result.cutSets().count()).isEqualTo(new BigInteger(row[3]));
    assertThat(crossCheck(name + ".xml")[1]).as("every cut set is of order <= 20")
        .isEqualTo(crossCheck(name + ".xml")[2]).isEqualTo(row[3]);
    double probability = result.probability().get(Mode.INHERENT);
    assertThat(String.format(Locale.ROOT, "%.5E", probability))
        .as("the reference's 6 printed digits")
        .isEqualTo(String.format(Locale.ROOT, "%.5E", Double.parseDouble(row[4])));
    double crossCheck = Double.parseDouble(crossCheck(name + ".xml")[6]);
    assertThat(probability).as("the cross-check's 7 digits, to 1e-6 relative")
        .isCloseTo(crossCheck, within(crossCheck * 1e-6));
  }

  @Test
  void readsScramsTwoFileBaobab1() throws Exception {
    Path folder = aralia().resolve("scram-xfta-probabilities/Baobab");

    AnalysisResult result = inherent(MefReader.read(
        List.of(folder.resolve("baobab1.xml"), folder.resolve("baobab1-basic-events.xml"))));

    assertThat(result.cutSets().count()).isEqualTo(BigInteger.valueOf(46_188));
    double probability = result.probability().get(Mode.INHERENT);
    assertThat(probability).as("SCRAM's value, to its test's tolerance")
        .isCloseTo(1.2823e-6, within(1e-8));
    assertThat(probability).as("the cross-check's 7 digits")
        .isCloseTo(1.282305e-6, within(1.282305e-6 * 1e-6));
  }

  @Test
  void readsScramsTwoFileChinese() throws Exception {
    Path folder = aralia().resolve("scram-xfta-probabilities/Chinese");

    AnalysisResult result = inherent(MefReader.read(
        List.of(folder.resolve("chinese.xml"), folder.resolve("chinese-basic-events.xml"))));

    assertThat(result.cutSets().count()).isEqualTo(BigInteger.valueOf(392));
    double probability = result.probability().get(Mode.INHERENT);
    assertThat(probability).as("SCRAM's value, to its test's tolerance")
        .isCloseTo(0.0045691, within(1e-5));
    assertThat(probability).as("the cross-check's 7 digits")
        .isCloseTo(4.569322e-3, within(4.569322e-3 * 1e-6));
  }
}
