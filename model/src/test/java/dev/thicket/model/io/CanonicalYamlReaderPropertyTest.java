package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.generate.TreeGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast reader of plain block YAML ({@link CanonicalYamlReader}) either gives up or builds
 * exactly what the full parser builds — every key, kind, text and position, in order — for a
 * file the full parser reads without a problem.
 */
class CanonicalYamlReaderPropertyTest {
  /** Pieces that mean something to YAML, inserted at random places to damage a file. */
  private static final String[] DAMAGE = {" ", "  ", "\n", "\n  ", "- ", "-", ":", ": ", "#",
      " #", "\"", "'", "[", "]", "{", "}", ",", "|", "|-", "|+", ">", "&a ", "*a", "!!str ", "?",
      "\\", "\\n", "\\u00e9", "\\x41", "\t", "\r", "\u2028", "yes", "null", "1e5", "0x1F", "007",
      "1.5", "-3", "~", "---", "...", "\u00e9", "\ud83d\ude00", "x: y", "a"};

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Property(tries = 300)
  void writtenRandomTreesAgree(@ForAll("seeds") long seed) {
    String text = TreeWriter.toYaml(TreeRoundTripTest.randomTree(new Random(seed)));

    YamlAgreement.assertAgrees(text);
  }

  @Property(tries = 50)
  void generatedTreesAreReadFast(@ForAll("seeds") long seed) {
    Random random = new Random(seed);
    String text = TreeWriter.toYaml(
        TreeGenerator.generate(2 + random.nextInt(300), random.nextInt(3) / 10.0, seed));

    assertThat(CanonicalYamlReader.read(text)).as("the fast reader covers written trees")
        .isNotNull();
    YamlAgreement.assertAgrees(text);
  }

  @Property(tries = 2000)
  void damagedFilesAgree(@ForAll("seeds") long seed) throws IOException {
    Random random = new Random(seed);
    List<String> files = sampleFiles();
    String text = switch (random.nextInt(3)) {
      case 0 -> TreeWriter.toYaml(TreeRoundTripTest.randomTree(random));
      case 1 -> TreeWriter.toYaml(TreeGenerator.generate(2 + random.nextInt(40), 0.2, seed));
      default -> files.get(random.nextInt(files.size()));
    };
    YamlAgreement.assertAgrees(damaged(text, random));
  }

  @Example
  void everySampleFileAgrees() throws IOException {
    List<String> files = sampleFiles();

    assertThat(files).hasSizeGreaterThan(50);
    long readFast = files.stream().filter(text -> CanonicalYamlReader.read(text) != null).count();
    assertThat(readFast).as("files the fast reader takes").isPositive();
    files.forEach(YamlAgreement::assertAgrees);
  }

  /** {@code text} with one to three random YAML pieces or line edits, sometimes cut off. */
  static String damaged(String text, Random random) {
    StringBuilder damaged = new StringBuilder(text);
    for (int edits = 1 + random.nextInt(3); edits > 0 && damaged.length() > 0; edits--) {
      int at = random.nextInt(damaged.length());
      int lineStart = damaged.lastIndexOf("\n", at - 1) + 1;
      int lineEnd = damaged.indexOf("\n", at) < 0 ? damaged.length() : damaged.indexOf("\n", at);
      switch (random.nextInt(6)) {
        case 0 -> damaged.insert(at, DAMAGE[random.nextInt(DAMAGE.length)]);
        case 1 -> damaged.delete(at, Math.min(damaged.length(), at + 1 + random.nextInt(4)));
        case 2 -> damaged.setCharAt(at, DAMAGE[random.nextInt(DAMAGE.length)].charAt(0));
        case 3 -> damaged.insert(lineStart, damaged.substring(lineStart, lineEnd) + "\n");
        case 4 -> damaged.delete(lineStart, Math.min(damaged.length(), lineEnd + 1));
        default -> {
          if (random.nextBoolean()) {
            damaged.insert(lineStart, "  ");
          } else if (damaged.indexOf("  ", lineStart) == lineStart) {
            damaged.delete(lineStart, lineStart + 2);
          }
        }
      }
    }
    if (random.nextInt(4) == 0) {
      damaged.setLength(random.nextInt(damaged.length() + 1)); // a file cut off anywhere
    }

    return damaged.toString();
  }

  private static List<String> cachedFiles;

  /** The YAML files of the tests, the shipped trees and the examples, as text. */
  static synchronized List<String> sampleFiles() throws IOException {
    if (cachedFiles == null) {
      Path repository = Path.of("..").toAbsolutePath().normalize();
      try (Stream<Path> tests = Files.walk(Path.of("src/test/resources"));
          Stream<Path> trees = Files.walk(repository.resolve("trees"));
          Stream<Path> docs = Files.walk(repository.resolve("docs"))) {
        cachedFiles = Stream.of(tests, trees, docs).flatMap(paths -> paths)
            .filter(path -> path.toString().endsWith(".yaml")
                || path.getParent().getFileName().toString().startsWith("readsBack"))
            .filter(Files::isRegularFile)
            .map(CanonicalYamlReaderPropertyTest::textOf)
            .filter(text -> text != null)
            .toList();
      }
    }
    return cachedFiles;
  }

  private static String textOf(Path path) {
    try {
      Problems problems = new Problems();
      return Utf8Text.decode(Files.readAllBytes(path), problems);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
