package dev.thicket.app.cli;

import dev.thicket.app.editor.Screenshot;
import dev.thicket.app.editor.view.MainWindow;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code thicket screenshot FILE -o out.png}: the editor window rendered headless to a PNG. */
@Command(
    name = "screenshot",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Render the editor window showing a tree to a PNG, headless (no display needed).",
      "Exit 0 when written, 1 when the file is not a valid tree."
    })
final class ScreenshotCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The tree file.")
  Path file;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
      description = "The PNG file to write.")
  Path output;

  @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
      description = "Colour theme (default: ${DEFAULT-VALUE}).")
  String theme;

  @Option(names = "--path", paramLabel = "N", defaultValue = "0",
      description = "Select the N-th scenario by risk and highlight its paths (default: none).")
  int path;

  @Option(names = "--tab", paramLabel = "TAB", defaultValue = "results",
      description = "The side tab shown: results, plan, uncertainty, mitigations, risk-matrix, "
          + "tree or profiles (default: ${DEFAULT-VALUE}).")
  String tab;

  @Option(names = "--present",
      description = "Presentation mode (View → Present): full-screen canvas, larger cards, the "
          + "goal's risk and the top scenarios in a strip.")
  boolean present;

  @Option(names = "--profile", paramLabel = "ID",
      description = "Score the window for this attacker profile of the tree (the attacker "
          + "switch; default: everyone).")
  String profile;

  @Option(names = "--size", paramLabel = "WxH", defaultValue = "1440x900",
      description = "Window size, at least 1280x720 (default: ${DEFAULT-VALUE}).")
  String size;

  @Override
  public Integer call() throws Exception {
    if (!theme.equals("light") && !theme.equals("dark")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--theme: expected light or dark, not '" + theme + "'");
    }
    if (!MainWindow.SIDE_TABS.contains(tab)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--tab: expected one of " + String.join(", ", MainWindow.SIDE_TABS) + ", not '" + tab
              + "'");
    }
    String[] parts = size.split("x");
    if (parts.length != 2 || !parts[0].matches("\\d{4}") || !parts[1].matches("\\d{3,4}")
        || Integer.parseInt(parts[0]) < 1280 || Integer.parseInt(parts[1]) < 720) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--size: expected WxH of at least 1280x720, not '" + size + "'");
    }
    Optional<AttackTree> tree = TreeFiles.load(file, spec.commandLine().getErr());
    if (tree.isEmpty()) {
      return ExitCodes.INVALID_TREE;
    }
    if (profile != null && !tree.get().profiles().containsKey(profile)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--profile: the tree "
          + "has no profile '" + profile + "'" + (tree.get().profiles().isEmpty() ? ""
              : " (its profiles: " + String.join(", ", tree.get().profiles().keySet()) + ")"));
    }
    int width = Integer.parseInt(parts[0]);
    int height = Integer.parseInt(parts[1]);
    Screenshot.useHeadlessPlatform(width, height);
    Optional<String> problem = Screenshot.write(tree.get(), file, output, new Screenshot.View(
        theme.equals("dark"), path, tab, width, height, present, profile));
    problem.ifPresent(message -> spec.commandLine().getErr().println("thicket: " + message
        + "; wrote the window without a selected path"));
    spec.commandLine().getOut().println("wrote " + output);
    return ExitCodes.OK;
  }
}
