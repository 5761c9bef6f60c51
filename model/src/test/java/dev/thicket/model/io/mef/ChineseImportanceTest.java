package dev.thicket.model.io.mef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.NodeImportance;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Importance of basic events in SCRAM's Chinese tree (two MEF files) against the BDD values of
 * SCRAM's test {@code tests/bench_chinese_tree_tests.cc} (rakhimov/scram): MIF = Birnbaum, CIF =
 * Fussell–Vesely (for an independent event they coincide), RAW, RRW. SCRAM prints 6 digits.
 */
class ChineseImportanceTest {
  private static final Path CHINESE =
      AraliaImportTest.ARALIA.resolve("scram-xfta-probabilities").resolve("Chinese");

  /** Event → {MIF, CIF, RAW, RRW} as published by SCRAM (BDD). */
  private static final Map<String, double[]> SCRAM = Map.of(
      "e1", new double[] {0.0745557, 0.326332, 16.9902, 1.48441},
      "e4", new double[] {0.0553923, 0.242453, 12.8802, 1.32005},
      "e8", new double[] {0.000181647, 0.000795073, 1.03896, 1.0008},
      "e9", new double[] {5.89643e-05, 0.000258088, 1.01265, 1.00026},
      "e12", new double[] {9.51481e-05, 0.000416465, 1.02041, 1.00042},
      "e17", new double[] {5.64596e-06, 2.47125e-05, 1.00121, 1.00002},
      "e21", new double[] {2.3919e-06, 1.04694e-05, 1.00051, 1.00001},
      "e22", new double[] {1.03582e-05, 4.5338e-05, 1.00222, 1.00005});

  private static AnalysisResult analysis;

  private static AnalysisResult analysis() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(CHINESE),
        "SCRAM's Chinese tree is not present: " + CHINESE.toAbsolutePath().normalize());
    if (analysis == null) {
      AttackTree tree = MefReader.read(List.of(CHINESE.resolve("chinese.xml"),
          CHINESE.resolve("chinese-basic-events.xml")));
      analysis = TreeAnalysis.run(tree,
          new AnalysisOptions(Mode.RESIDUAL, 1, AnalysisSettings.NONE));
    }
    return analysis;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"e1", "e4", "e8", "e9", "e12", "e17", "e21", "e22"})
  void basicEventImportanceMatchesScram(String event) throws Exception {
    NodeImportance node = analysis().nodes().stream().filter(n -> n.id().equals(event))
        .findFirst().orElseThrow();
    double[] scram = SCRAM.get(event);

    assertThat(node.birnbaum()).as("MIF").isCloseTo(scram[0], within(scram[0] * 1e-4));
    assertThat(node.fussellVesely()).as("CIF").isCloseTo(scram[1], within(scram[1] * 1e-4));
    assertThat(node.raw()).as("RAW").isCloseTo(scram[2], within(scram[2] * 1e-5));
    assertThat(node.rrw()).as("RRW").isCloseTo(scram[3], within(scram[3] * 1e-5));
  }
}
