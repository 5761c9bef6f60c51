package dev.thicket.model.io.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.thicket.model.io.TreeFileException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every OTM and Threat Dragon file in {@code bad-interchange/} is recognised by content and gives
 * exactly the problems listed in its {@code .expected} file.
 */
class BadInterchangeFilesTest {

  static Stream<String> badFiles() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(directory())) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> !name.endsWith(".expected")).sorted().toList().stream();
    }
  }

  private static Path directory() throws URISyntaxException {
    return Path.of(BadInterchangeFilesTest.class.getResource("/bad-interchange").toURI());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void reportsExactlyTheExpectedProblems(String name) throws Exception {
    byte[] content = Files.readAllBytes(directory().resolve(name));
    String expected = Files.readString(directory().resolve(
        name.substring(0, name.indexOf('.')) + ".expected"), StandardCharsets.UTF_8);

    TreeFileException thrown = catchThrowableOfType(TreeFileException.class,
        () -> TreeFiles.read(name, content));

    assertThat(thrown).as("%s should be refused", name).isNotNull();
    assertThat(thrown.getMessage() + "\n").isEqualTo(expected);
  }
}
