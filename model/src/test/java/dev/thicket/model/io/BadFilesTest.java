package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code bad/NAME.yaml} gives exactly the problems listed in {@code bad/NAME.expected}. */
class BadFilesTest {

  static Stream<String> badFiles() throws IOException, URISyntaxException {
    Path directory = Path.of(BadFilesTest.class.getResource("/bad").toURI());
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void reportsExactlyTheExpectedProblems(String name) throws Exception {
    Path directory = Path.of(BadFilesTest.class.getResource("/bad").toURI());
    byte[] content = Files.readAllBytes(directory.resolve(name));
    String expected = Files.readString(
        directory.resolve(name.replace(".yaml", ".expected")), StandardCharsets.UTF_8);

    TreeFileException thrown = catchThrowableOfType(TreeFileException.class,
        () -> TreeReader.read(name, content));

    assertThat(thrown).as("%s should be refused", name).isNotNull();
    assertThat(thrown.getMessage() + "\n").isEqualTo(expected);
  }
}
