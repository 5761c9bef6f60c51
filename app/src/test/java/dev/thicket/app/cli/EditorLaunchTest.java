package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.bench.BenchCommand;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void screenshotRefusesASizeBelow1280By800() {
    ThicketProcess.Result run = ThicketProcess.run("screenshot", ThicketProcess.KERAS.toString(),
        "-o", folder.resolve("x.png").toString(), "--size", "800x600");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("at least 1280x800");
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
}
