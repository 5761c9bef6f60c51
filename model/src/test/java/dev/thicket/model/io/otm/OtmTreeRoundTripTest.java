package dev.thicket.model.io.otm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.RandomTrees;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeRoundTripTest;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A tree written as OTM (YAML or JSON) and read back is the same tree. */
class OtmTreeRoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {"keras.yaml", "keras-ranges.yaml"})
  void theExampleTreesComeBackEqual(String name) throws Exception {
    AttackTree tree = TreeReader.read(Path.of("..", "trees", name));

    assertSame(tree, throughYaml(tree));
    assertSame(tree, throughJson(tree));
  }

  /** Shared nodes, every gate kind, shared mitigations, unestimated leaves, random numbers. */
  @Property(tries = 200)
  void randomDagsComeBackEqual(@ForAll long seed) throws Exception {
    AttackTree tree = RandomTrees.generate(seed, 6, 8, 4);

    assertSame(tree, throughYaml(tree));
  }

  /** Hostile texts, ids, references, extensions, levels, impacts, costs, settings. */
  @Property(tries = 100)
  void randomTreesWithHostileTextComeBackEqual(@ForAll long seed) throws Exception {
    AttackTree tree = TreeRoundTripTest.randomTree(new Random(seed));

    assertSame(tree, throughYaml(tree));
    assertSame(tree, throughJson(tree));
  }

  static AttackTree throughYaml(AttackTree tree) throws Exception {
    return OtmReader.read("t.otm.yaml",
        OtmWriter.toYaml(tree).getBytes(StandardCharsets.UTF_8));
  }

  static AttackTree throughJson(AttackTree tree) throws Exception {
    return OtmReader.read("t.otm.json",
        OtmWriter.toJson(tree).getBytes(StandardCharsets.UTF_8));
  }

  static void assertSame(AttackTree expected, AttackTree actual) {
    assertThat(actual.title()).isEqualTo(expected.title());
    assertThat(actual.description()).isEqualTo(expected.description());
    assertThat(actual.root()).isEqualTo(expected.root());
    assertThat(actual.nodes()).isEqualTo(expected.nodes());
    assertThat(actual.mitigations()).isEqualTo(expected.mitigations());
    assertThat(actual.scales()).isEqualTo(expected.scales());
    assertThat(actual.scalesGiven()).isEqualTo(expected.scalesGiven());
    assertThat(actual.settings()).isEqualTo(expected.settings());
    assertThat(actual.extensions()).isEqualTo(expected.extensions());
  }
}
