package dev.thicket.app.cli;

import dev.thicket.model.tree.VisibleText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code thicket validate FILE...}: reads every file and reports all of their problems. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Check tree files. Prints 'FILE: ok' on stdout for each valid file and every problem as "
          + "'FILE:LINE:COL: message' on stderr.",
      "Exit 0 when every file is valid, 1 otherwise."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Tree files to check (YAML, ADTool or MEF XML), each on its own.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean allValid = true;
    for (Path file : files) {
      if (TreeFiles.load(file, err).isPresent()) {
        out.println(VisibleText.of(file.toString()) + ": ok");
        out.flush();
      } else {
        allValid = false;
      }
    }
    return allValid ? ExitCodes.OK : ExitCodes.INVALID_TREE;
  }
}
