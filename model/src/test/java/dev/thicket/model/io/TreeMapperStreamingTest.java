package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.InvalidTreeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streamed reading ({@link TreeMapper#mapStreamed}: nodes mapped as the fast reader reads
 * them) gives the very tree of the positioned reading (a {@link YamlValue} document, then {@link
 * TreeMapper#map}), or gives up; it never gives a tree for a file with a problem, so every
 * message and position still comes from the positioned reading.
 */
class TreeMapperStreamingTest {

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Property(tries = 60)
  void generatedTreesStreamToTheSameTree(@ForAll("seeds") long seed) {
    Random random = new Random(seed);
    AttackTree generated =
        TreeGenerator.generate(2 + random.nextInt(2000), random.nextInt(3) / 10.0, seed);
    if (random.nextBoolean()) {
      generated = TreeGenerator.withRanges(generated, random.nextInt(50), seed);
    }
    if (random.nextBoolean()) {
      generated = TreeGenerator.withCandidates(generated, random.nextInt(20), seed);
    }
    String text = TreeWriter.toYaml(generated);

    AttackTree streamed = TreeMapper.mapStreamed(text).tree();

    assertThat(streamed).as("generated trees are streamed").isNotNull();
    assertSameTree(streamed, positioned(text));
  }

  @Property(tries = 300)
  void writtenRandomTreesStreamToTheSameTreeOrGiveUp(@ForAll("seeds") long seed) {
    String text = TreeWriter.toYaml(TreeRoundTripTest.randomTree(new Random(seed)));

    assertAgrees(text);
  }

  @Property(tries = 1500)
  void damagedFilesStreamToTheSameTreeOrGiveUp(@ForAll("seeds") long seed) throws IOException {
    Random random = new Random(seed);
    List<String> files = CanonicalYamlReaderPropertyTest.sampleFiles();
    String text = switch (random.nextInt(3)) {
      case 0 -> TreeWriter.toYaml(TreeRoundTripTest.randomTree(random));
      case 1 -> TreeWriter.toYaml(TreeGenerator.generate(2 + random.nextInt(40), 0.2, seed));
      default -> files.get(random.nextInt(files.size()));
    };

    assertAgrees(CanonicalYamlReaderPropertyTest.damaged(text, random));
  }

  @Example
  void everySampleFileStreamsToTheSameTreeOrGivesUp() throws IOException {
    List<String> files = CanonicalYamlReaderPropertyTest.sampleFiles();

    long streamed = files.stream().filter(text -> TreeMapper.mapStreamed(text).tree() != null).count();
    long refused = files.stream().filter(text -> positioned(text) == null).count();

    assertThat(streamed).as("sample files streamed").isGreaterThan(10);
    assertThat(refused).as("sample files with problems (bad/ and others)").isGreaterThan(30);
    files.forEach(TreeMapperStreamingTest::assertAgrees);
  }

  @Example
  void givesUpOnADuplicateNodeId() {
    String text = TreeWriter.toYaml(TreeGenerator.generate(3, 0, 1));
    String duplicated = text + text.substring(text.indexOf("  n1:"), text.indexOf("  n2:"));
    assertThat(duplicated).contains("  n1:\n").endsWith("\n");

    assertThat(TreeMapper.mapStreamed(duplicated).tree()).isNull();
    assertThat(TreeMapper.mapStreamed(duplicated).plain()).as("the fast reader read it").isTrue();
    assertThat(positioned(duplicated)).isNull();
  }

  @Example
  void aFileTheFastReaderGivesUpOnSaysSoAndReadsThePositionedWay() throws Exception {
    String text = TreeWriter.toYaml(TreeGenerator.generate(20, 0.1, 3));
    String crlf = text.replace("\n", "\r\n"); // valid YAML, but not the fast reader's

    TreeMapper.Streamed streamed = TreeMapper.mapStreamed(crlf);

    assertThat(streamed.tree()).isNull();
    assertThat(streamed.plain()).as("the fast reader gave up").isFalse();
    assertSameTree(TreeReader.read("crlf.yaml", crlf.getBytes(StandardCharsets.UTF_8)),
        TreeMapper.mapStreamed(text).tree());
  }

  /** The streamed reading gives up, or gives the positioned reading's tree. */
  private static void assertAgrees(String text) {
    AttackTree streamed = TreeMapper.mapStreamed(text).tree();
    if (streamed != null) {
      AttackTree positioned = positioned(text);
      assertThat(positioned).as("a streamed file must read without a problem:%n%s", text)
          .isNotNull();
      assertSameTree(streamed, positioned);
    }
  }

  /** The tree read the positioned way, as {@link TreeReader} always did; null on a problem. */
  private static AttackTree positioned(String text) {
    Problems problems = new Problems();
    try {
      YamlValue document = YamlTreeParser.parse(text, problems);
      AttackTree tree = document == null || !problems.isEmpty() ? null
          : new TreeMapper(problems).map(document);
      return problems.isEmpty() ? tree : null;
    } catch (InvalidTreeException | Problems.TooManyProblems problem) {
      return null;
    }
  }

  private static void assertSameTree(AttackTree actual, AttackTree expected) {
    assertThat(actual.title()).isEqualTo(expected.title());
    assertThat(actual.description()).isEqualTo(expected.description());
    assertThat(actual.root()).isEqualTo(expected.root());
    assertThat(List.copyOf(actual.nodes().values()))
        .isEqualTo(List.copyOf(expected.nodes().values()));
    assertThat(List.copyOf(actual.mitigations().values()))
        .isEqualTo(List.copyOf(expected.mitigations().values()));
    assertThat(List.copyOf(actual.profiles().values()))
        .isEqualTo(List.copyOf(expected.profiles().values()));
    assertThat(actual.scales()).isEqualTo(expected.scales());
    assertThat(actual.scalesGiven()).isEqualTo(expected.scalesGiven());
    assertThat(actual.settings()).isEqualTo(expected.settings());
    assertThat(actual.extensions()).isEqualTo(expected.extensions());
    assertThat(actual.bottomUpOrder()).isEqualTo(expected.bottomUpOrder());
    assertThat(TreeWriter.toYaml(actual)).isEqualTo(TreeWriter.toYaml(expected));
  }
}
