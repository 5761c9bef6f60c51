package dev.thicket.app.cli;

import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.merge.MergeConflict;
import dev.thicket.model.merge.MergeResult;
import dev.thicket.model.merge.TreeMerge;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.VisibleText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code thicket merge BASE OURS THEIRS -o OUT}: the three-way merge, as a git merge driver. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Three-way merge of two versions of a tree by id and field: a change on one side is "
          + "taken, the same change on both sides once; different changes of one field, or an "
          + "element deleted on one side and changed on the other, are conflicts. OUT is "
          + "always a valid tree in canonical form, replaced atomically; with conflicts it keeps "
          + "OURS for each and lists them under the top-level x-merge-conflicts key, one line "
          + "per conflict on stderr.",
      "As a git merge driver (docs/git.md): git config merge.thicket.driver "
          + "\"thicket merge %%O %%A %%B -o %%A\". An empty BASE means no common version.",
      "Exit 0 when merged without conflict, 1 with conflicts, 2 for a bad option or when an "
          + "input is not a valid tree (then OUT is left as it was)."
    })
final class MergeCommand implements Callable<Integer> {
  /** Longer conflict lines are cut on stderr; OUT has the whole values. */
  private static final int MAX_LINE = 400;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE",
      description = "The common version (git's %%O); an empty file for none.")
  Path base;

  @Parameters(index = "1", paramLabel = "OURS", description = "Our version (git's %%A).")
  Path ours;

  @Parameters(index = "2", paramLabel = "THEIRS", description = "Their version (git's %%B).")
  Path theirs;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
      description = "The file to write (git's %%A: OURS itself).")
  Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    boolean noBase = Files.isRegularFile(base) && Files.size(base) == 0;
    Optional<AttackTree> common = noBase ? Optional.empty() : TreeFiles.load(base, err);
    Optional<AttackTree> mine = TreeFiles.load(ours, err);
    Optional<AttackTree> other = TreeFiles.load(theirs, err);
    if (!noBase && common.isEmpty() || mine.isEmpty() || other.isEmpty()) {
      return ExitCodes.TROUBLE;
    }
    MergeResult merge = TreeMerge.of(common.orElse(null), mine.get(), other.get());
    TreeWriter.save(merge.tree(), output);
    for (MergeConflict conflict : merge.conflicts()) {
      err.println(line(conflict));
    }
    err.flush();
    return merge.clean() ? ExitCodes.OK : ExitCodes.DIFFERENT;
  }

  /** {@code thicket merge: conflict: node a: likelihood: base 0.1, ours 0.3, theirs 0.2}. */
  static String line(MergeConflict conflict) {
    String text = VisibleText.of(conflict.toString());
    if (text.length() > MAX_LINE) {
      text = text.substring(0, MAX_LINE) + "…";
    }
    return "thicket merge: conflict: " + text;
  }
}
