package dev.thicket.app.cli;

import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.library.AttackPattern;
import dev.thicket.model.library.NewTree;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.VisibleText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code thicket new -o FILE [--from-library ID,ID] [--title TEXT]}: starts a tree file. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Start a tree file: a goal (an OR gate) with the sub-trees of the chosen library patterns "
          + "under it, ids made unique as the editor's paste does; without patterns, a goal "
          + "alone. Written atomically; an existing file is kept unless --force is given.",
      "Exit 0 when written, 2 for an unknown pattern id, 5 when FILE cannot be written."
    })
final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
      description = "The tree file to write.")
  Path output;

  @Option(names = "--from-library", paramLabel = "ID", split = ",",
      converter = LibraryCommand.PatternConverter.class,
      description = "Library patterns to start from, comma separated (thicket library lists "
          + "them).")
  List<AttackPattern> patterns = new ArrayList<>();

  @Option(names = "--title", paramLabel = "TEXT", defaultValue = NewTree.DEFAULT_TITLE,
      description = "The title of the tree and of its goal (default: ${DEFAULT-VALUE}).")
  String title;

  @Option(names = "--force", description = "Replace FILE when it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (title.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--title must not be blank");
    }
    if (Files.exists(output) && !force) {
      err.println("thicket: cannot write " + VisibleText.of(output.toString())
          + ": it exists (--force replaces it)");
      err.flush();
      return ExitCodes.CANNOT_WRITE;
    }
    AttackTree tree = NewTree.of(title, patterns);
    TreeWriter.save(tree, output);
    out.println("wrote " + VisibleText.of(output.toString()) + " (" + tree.nodes().size()
        + " nodes" + (patterns.isEmpty() ? "" : ", from " + String.join(", ",
            patterns.stream().map(AttackPattern::id).toList())) + ")");
    out.flush();
    return ExitCodes.OK;
  }
}
