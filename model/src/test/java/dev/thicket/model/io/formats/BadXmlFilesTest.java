package dev.thicket.model.io.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.adtool.AdtoolReader;
import dev.thicket.model.io.mef.MefReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code bad-xml/NAME.xml} gives exactly the problems in {@code bad-xml/NAME.expected}. */
class BadXmlFilesTest {

  static Stream<String> badFiles() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(directory())) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".xml")).sorted().toList().stream();
    }
  }

  private static Path directory() throws URISyntaxException {
    return Path.of(BadXmlFilesTest.class.getResource("/bad-xml").toURI());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void reportsExactlyTheExpectedProblems(String name) throws Exception {
    byte[] content = Files.readAllBytes(directory().resolve(name));
    String expected = Files.readString(
        directory().resolve(name.replace(".xml", ".expected")), StandardCharsets.UTF_8);

    TreeFileException thrown = catchThrowableOfType(TreeFileException.class,
        () -> {
          if (TreeFormat.detect(content) == TreeFormat.ADTOOL) {
            AdtoolReader.read(name, content);
          } else {
            MefReader.read(List.of(name), List.of(content));
          }
        });

    assertThat(thrown).as("%s should be refused", name).isNotNull();
    assertThat(thrown.getMessage() + "\n").isEqualTo(expected);
  }
}
