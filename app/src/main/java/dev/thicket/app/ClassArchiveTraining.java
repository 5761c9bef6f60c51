package dev.thicket.app;

import dev.thicket.app.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The command-line part of the launcher's class-archive training run
 * (docs/decisions/0006-startup-class-archive.md): with {@code -Dthicket.trainClassArchive=true}
 * the editor's headless start first runs the everyday commands on its file, and reads it back
 * as Open-PSA MEF and ADTool XML (the XML parser of the JDK), so that the archive holds their
 * classes too and a small {@code analyze} starts as fast as the editor does (decision 21).
 */
final class ClassArchiveTraining {
  private ClassArchiveTraining() {}

  static boolean wanted() {
    return Boolean.getBoolean("thicket.trainClassArchive");
  }

  /** Runs the commands on {@code file}; their output is the launcher's to discard. */
  static void run(Path file) {
    Path folder;
    try {
      folder = Files.createTempDirectory("thicket-training");
    } catch (IOException e) {
      return; // no archive of these classes: only slower
    }
    String tree = file.toString();
    String mef = folder.resolve("t.mef.xml").toString();
    String adtool = folder.resolve("t.adtool.xml").toString();
    List<List<String>> commands = List.of(
        List.of("validate", tree),
        List.of("analyze", tree),
        List.of("analyze", tree, "--json"),
        List.of("check", tree, "--max-risk", "10"),
        List.of("convert", tree, "--to", "yaml", "-o", folder.resolve("t.yaml").toString()),
        List.of("diff", tree, tree),
        List.of("report", tree, "--format", "md", "-o", folder.resolve("r.md").toString()),
        List.of("convert", tree, "--to", "mef", "-o", mef),
        List.of("analyze", mef),
        List.of("convert", tree, "--to", "adtool", "-o", adtool),
        List.of("analyze", adtool),
        List.of("--version"));
    for (List<String> command : commands) {
      // as Main runs them: with the bench command, whose class is then archived too
      Cli.run(Main.commandsBesideCli(), command.toArray(String[]::new));
    }
    try (var files = Files.list(folder)) {
      for (Path written : files.toList()) {
        Files.deleteIfExists(written);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }
}
