package dev.thicket.app.cli;

import dev.thicket.app.git.GitRevisions;
import dev.thicket.exports.report.DiffReport;
import dev.thicket.model.diff.TreeDiff;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeFileProblem;
import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AttackTree;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code thicket diff OLD NEW}: what changed between two versions of a tree, and its risk. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "What changed between two versions of a tree, in meaning: nodes and mitigations added, "
          + "removed, renamed, moved or changed by id, the risk per mode before and after, and "
          + "why the residual risk moved (each change's share: exact Shapley values over at "
          + "most 12 change units, sequential beyond).",
      "OLD and NEW are files of any format, or REV:PATH read with 'git show' in the current "
          + "directory (e.g. HEAD~1:trees/keras.yaml).",
      "Exit 0 when the trees are equal in meaning (key order and formatting aside), 1 when "
          + "they differ, 2 for a bad option or when one is not a valid tree or cannot be read "
          + "(diff(1)'s convention)."
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old tree: a file or REV:PATH.")
  String oldTree;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new tree: a file or REV:PATH.")
  String newTree;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  public static final class Format {
    @Option(names = "--json", description = "Print JSON (shape in the README).")
    boolean json;

    @Option(names = "--md", description = "Print a Markdown review comment (GFM).")
    boolean markdown;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<AttackTree> old = load(oldTree, err);
    Optional<AttackTree> neu = load(newTree, err);
    if (old.isEmpty() || neu.isEmpty()) {
      return ExitCodes.TROUBLE;
    }
    TreeDiff diff = TreeDiff.of(old.get(), neu.get());
    DiffReport report = new DiffReport(oldTree, newTree, diff);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.json ? report.json() : format.markdown ? report.markdown() : report.text());
    out.flush();
    return diff.same() ? ExitCodes.OK : ExitCodes.DIFFERENT;
  }

  /** The tree of a file or of a {@code REV:PATH}, or empty after printing its problems. */
  private static Optional<AttackTree> load(String argument, PrintWriter err) {
    try {
      if (GitRevisions.isRevision(argument)) {
        return Optional.of(TreeFiles.read(argument, GitRevisions.read(argument)));
      }
      return Optional.of(TreeFiles.read(List.of(Path.of(argument))));
    } catch (TreeFileException invalid) {
      for (TreeFileProblem problem : invalid.problems()) {
        err.println(problem);
      }
      err.flush();
      return Optional.empty();
    } catch (java.nio.file.InvalidPathException invalid) {
      err.println(new TreeFileProblem(argument, 1, 1, "not a file name: " + invalid.getReason()));
      err.flush();
      return Optional.empty();
    }
  }
}
