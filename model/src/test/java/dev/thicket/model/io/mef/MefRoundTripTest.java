package dev.thicket.model.io.mef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A tree exported to MEF in a mode and read back has, without mitigations, the same probability. */
class MefRoundTripTest {
  private static final Path KERAS = Path.of("..", "trees", "keras.yaml");

  private static double probability(AttackTree tree, Mode mode) {
    return TreeAnalysis.run(tree, new AnalysisOptions(mode, 0, AnalysisSettings.NONE))
        .probability().get(mode);
  }

  private static AttackTree roundTrip(AttackTree tree, Mode mode) throws Exception {
    byte[] xml = MefWriter.toXml(tree, mode).getBytes(StandardCharsets.UTF_8);
    return MefReader.read(List.of("export.xml"), List.of(xml));
  }

  static Stream<Arguments> randomTrees() {
    return Stream.iterate(1L, seed -> seed + 1).limit(150).flatMap(seed -> Stream.of(Mode.values())
        .map(mode -> Arguments.of(seed, mode)));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("randomTrees")
  void exportedRandomTreeKeepsItsProbabilityInTheMode(long seed, Mode mode) throws Exception {
    AttackTree tree = SmallRandomTrees.generate(seed, seed % 2 == 0);

    AttackTree back = roundTrip(tree, mode);

    assertThat(probability(back, Mode.INHERENT)).isCloseTo(probability(tree, mode), within(1e-12));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void exportedKerasTreeKeepsItsProbabilityInTheMode(Mode mode) throws Exception {
    AttackTree keras = TreeReader.read(KERAS);

    AttackTree back = roundTrip(keras, mode);

    assertThat(probability(back, Mode.INHERENT)).isCloseTo(probability(keras, mode), within(1e-12));
  }

  @Test
  void guardedNodeBecomesAnAndOfItsOwnConditionAndTheMitigationFailures() throws Exception {
    AttackTree keras = TreeReader.read(KERAS);
    String guarded = keras.nodes().values().stream()
        .filter(node -> !node.mitigations().isEmpty()).findFirst().orElseThrow().id();

    AttackTree back = roundTrip(keras, Mode.PLANNED);

    assertThat(back.node(guarded).children()).first().isEqualTo(guarded + "-unmitigated");
    assertThat(back.node(guarded).children()).hasSize(1 + keras.node(guarded).mitigations().size());
    assertThat(back.node(guarded).title()).isEqualTo(keras.node(guarded).title());
  }

  @Test
  void adaptsIdsThatAreNotMefNames() {
    assertThat(MefNames.adapt("a.b--c-")).isEqualTo("a_b-c_");
  }
}
