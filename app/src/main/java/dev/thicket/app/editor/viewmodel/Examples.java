package dev.thicket.app.editor.viewmodel;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shipped trees ({@code trees/*.yaml}): looked for beside the jar, in the repository the jar
 * was built in ({@code app/target/thicket.jar} → {@code trees/}), and under the working folder.
 */
public final class Examples {
  private Examples() {}

  /** The folder of shipped trees, if one is found. */
  public static Optional<Path> directory() {
    try {
      Path code = Path.of(Examples.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toAbsolutePath();
      for (Path at = code; at != null; at = at.getParent()) {
        Path trees = at.resolve("trees");
        if (Files.isRegularFile(trees.resolve("keras.yaml"))) {
          return Optional.of(trees);
        }
      }
    } catch (URISyntaxException | RuntimeException unknown) {
      // fall through to the working folder
    }
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      if (Files.isRegularFile(at.resolve("trees/keras.yaml"))) {
        return Optional.of(at.resolve("trees"));
      }
    }
    return Optional.empty();
  }

  /** The YAML trees of the folder, by name. */
  public static List<Path> list() {
    return directory().map(folder -> {
      try (Stream<Path> files = Files.list(folder)) {
        return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
      } catch (IOException e) {
        return List.<Path>of();
      }
    }).orElse(List.of());
  }
}
