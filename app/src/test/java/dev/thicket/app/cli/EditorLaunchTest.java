package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.thicket.app.bench.BenchCommand;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorLaunchTest {
  @TempDir Path folder;

  @Test
  void singleExistingFileOpensTheEditorButCommandsStayCommands() {
    String keras = ThicketProcess.KERAS.toString();

    assertThat(EditorLaunch.fileToEdit(keras)).contains(Path.of(keras));
    assertThat(EditorLaunch.fileToEdit("--debug", keras)).contains(Path.of(keras));
    assertThat(EditorLaunch.fileToEdit("analyze", keras)).isEmpty();
    assertThat(EditorLaunch.fileToEdit("validate")).isEmpty();
    assertThat(EditorLaunch.fileToEdit("no-such-file.yaml")).isEmpty();
    assertThat(EditorLaunch.fileToEdit()).isEmpty();
  }

  @Test
  void knowsEveryCommandName() {
    assertThat(EditorLaunch.COMMANDS).isEqualTo(
        Cli.thicket(List.of(new BenchCommand()), new PrintWriter(System.out),
            new PrintWriter(System.err)).getSubcommands().keySet());
  }

  @Test
  void withoutADisplayTheFileIsAnalysedInstead() {
    ThicketProcess.Result run = ThicketProcess.run(ThicketProcess.KERAS.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).contains("no display (DISPLAY is not set)");
    assertThat(run.out()).contains("Compromise a Keras application");
  }

  @Test
  void screenshotRendersTheEditorHeadlessWithAPathSelected() throws Exception {
    Path png = folder.resolve("keras.png");

    ThicketProcess.Result run = ThicketProcess.run("screenshot", ThicketProcess.KERAS.toString(),
        "-o", png.toString(), "--path", "1", "--theme", "dark");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).as("JavaFX's class-path warning is dropped")
        .doesNotContain("Unsupported JavaFX configuration");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThanOrEqualTo(1280);
    assertThat(image.getHeight()).isGreaterThanOrEqualTo(800);
    // the dark theme's canvas background, near the top left corner of the canvas
    assertThat(image.getRGB(10, 60) & 0xffffff).isEqualTo(0x1e1f22);
  }

  @Test
  void screenshotRefusesASizeBelow1280By720() {
    ThicketProcess.Result run = ThicketProcess.run("screenshot", ThicketProcess.KERAS.toString(),
        "-o", folder.resolve("x.png").toString(), "--size", "800x600");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("at least 1280x720");
    assertThat(Files.exists(folder.resolve("x.png"))).isFalse();
  }

  @Test
  void screenshotRefusesATabTheWindowDoesNotHave() {
    ThicketProcess.Result run = ThicketProcess.run("screenshot", ThicketProcess.KERAS.toString(),
        "-o", folder.resolve("y.png").toString(), "--tab", "funding");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("--tab: expected one of results, plan, mitigations, risk-matrix, tree");
    assertThat(Files.exists(folder.resolve("y.png"))).isFalse();
  }

  @Test
  void screenshotWithAProfileRecoloursTheCanvasForThatAttacker() throws Exception {
    Path everyone = folder.resolve("everyone.png");
    Path outsider = folder.resolve("outsider.png");

    ThicketProcess.Result whole = ThicketProcess.run("screenshot",
        ThicketProcess.KERAS.toString(), "-o", everyone.toString());
    ThicketProcess.Result profiled = ThicketProcess.run("screenshot",
        ThicketProcess.KERAS.toString(), "-o", outsider.toString(),
        "--profile", "opportunistic-outsider");

    assertThat(whole.exitCode()).as(whole.err()).isEqualTo(ExitCodes.OK);
    assertThat(profiled.exitCode()).as(profiled.err()).isEqualTo(ExitCodes.OK);
    // the canvas (left of the side panel) is drawn the same way each time, but for the profile
    // the steps out of its reach are greyed and the others coloured by their risk for it
    BufferedImage before = ImageIO.read(everyone.toFile());
    BufferedImage after = ImageIO.read(outsider.toFile());
    int changed = 0;
    for (int y = 40; y < 800; y++) {
      for (int x = 0; x < 900; x++) {
        if (before.getRGB(x, y) != after.getRGB(x, y)) {
          changed++;
        }
      }
    }
    assertThat(changed).as("canvas pixels recoloured").isGreaterThan(10_000);
  }

  @Test
  void screenshotRefusesAProfileTheTreeDoesNotHave() {
    ThicketProcess.Result run = ThicketProcess.run("screenshot", ThicketProcess.KERAS.toString(),
        "-o", folder.resolve("z.png").toString(), "--profile", "nobody");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--profile: the tree has no profile 'nobody' (its profiles: "
        + "opportunistic-outsider, organised-crime, repository-insider)");
    assertThat(Files.exists(folder.resolve("z.png"))).isFalse();
  }

  @Test
  void aDisplayThatCannotOpenIsOneLine() {
    ThicketProcess.Result run = ThicketProcess.runWith(ThicketProcess.MODULE,
        Map.of("DISPLAY", ":9999"), ThicketProcess.KERAS.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    assertThat(run.errLines()).singleElement(as(STRING)).startsWith(
        "thicket: error: the editor window cannot open the X display (DISPLAY=:9999;");
    assertThat(run.out()).isEmpty();
  }

  /**
   * A real X server (Xvfb) and a GTK 3 that cannot load: a file that is no library stands first
   * in LD_LIBRARY_PATH under GTK 3's names, so this holds whether GTK 3 is installed or not.
   * Skipped where Xvfb is missing (Debian/Ubuntu: apt-get install xvfb).
   */
  @Test
  void missingGtk3IsOneLineNamingThePackage() throws Exception {
    assumeTrue(onPath("Xvfb"), "needs Xvfb");
    for (String name : List.of("libgtk-3.so.0", "libgtk-3.so")) {
      Files.writeString(folder.resolve(name), "not a library");
    }
    Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-nolisten", "tcp")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String display;
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII))) {
        display = out.readLine(); // written once the server accepts connections
      }
      assumeTrue(display != null && display.matches("\\d+"), "Xvfb did not start");

      ThicketProcess.Result run = ThicketProcess.runWith(ThicketProcess.MODULE,
          Map.of("DISPLAY", ":" + display, "LD_LIBRARY_PATH", folder.toString()),
          ThicketProcess.KERAS.toString());

      assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
      assertThat(run.errLines()).containsExactly("thicket: error: the editor window needs GTK 3 "
          + "(Debian/Ubuntu: sudo apt install libgtk-3-0; Fedora: sudo dnf install gtk3); the "
          + "command line works without it: thicket analyze " + ThicketProcess.KERAS);
    } finally {
      xvfb.destroy();
      xvfb.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static boolean onPath(String command) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, command)));
  }
}
