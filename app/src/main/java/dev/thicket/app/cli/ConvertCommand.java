package dev.thicket.app.cli;

import dev.thicket.model.tree.VisibleText;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.io.adtool.AdtoolExportException;
import dev.thicket.model.io.adtool.AdtoolWriter;
import dev.thicket.model.io.formats.ConversionLosses;
import dev.thicket.model.io.mef.MefWriter;
import dev.thicket.model.io.otm.OtmWriter;
import dev.thicket.model.tree.AttackTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code thicket convert IN... -o OUT --to yaml|mef|adtool|otm}: between the supported formats. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Convert a tree between attacktree/v1 YAML, Open-PSA MEF XML, ADTool XML and Open Threat "
          + "Model (YAML, or JSON when OUT ends in .json); Threat Dragon v2 JSON is read too (the "
          + "input format is recognised by content). The output is replaced atomically.",
      "Writing MEF or ADTool, what that format cannot carry (impacts, attacker keys, "
          + "profiles, …) is listed on standard error, one line each.",
      "Exit 0 when written, 1 when an input is not a valid tree or the tree cannot be "
          + "expressed in the output format."
    })
final class ConvertCommand implements Callable<Integer> {
  /** The output formats. */
  enum Target {
    YAML,
    MEF,
    ADTOOL,
    OTM;

    String keyword() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "IN", arity = "1..*", description = "The tree file; several "
      + "Open-PSA MEF files are read as one model.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
      description = "The file to write; - for standard output (a git textconv, docs/git.md).")
  Path output;

  @Option(names = "--to", paramLabel = "FORMAT", required = true,
      converter = TargetConverter.class, completionCandidates = TargetCandidates.class,
      description = "The output format: ${COMPLETION-CANDIDATES}.")
  Target target;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "residual",
      converter = Converters.ModeConverter.class,
      completionCandidates = Converters.ModeCandidates.class,
      description = "For --to mef: the mitigations written as basic events, "
          + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Mode mode;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<AttackTree> tree = TreeFiles.load(inputs, err);
    if (tree.isEmpty()) {
      return ExitCodes.INVALID_TREE;
    }
    String text;
    try {
      text = switch (target) {
        case YAML -> TreeWriter.toYaml(tree.get());
        case MEF -> MefWriter.toXml(tree.get(), mode);
        case OTM -> output.toString().toLowerCase(Locale.ROOT).endsWith(".json")
            ? OtmWriter.toJson(tree.get()) : OtmWriter.toYaml(tree.get());
        case ADTOOL -> AdtoolWriter.toXml(tree.get());
      };
    } catch (AdtoolExportException unsupported) {
      for (String problem : unsupported.problems()) {
        err.println(VisibleText.of(output.toString()) + ": cannot write ADTool XML: "
            + VisibleText.of(problem.toString()));
      }
      err.flush();
      return ExitCodes.INVALID_TREE;
    }
    if (output.toString().equals("-")) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      reportLosses(tree.get(), err);
      return ExitCodes.OK;
    }
    TreeWriter.saveText(text, output);
    spec.commandLine().getOut().println("wrote " + VisibleText.of(output.toString()) + " ("
        + target.keyword() + ")");
    spec.commandLine().getOut().flush();
    reportLosses(tree.get(), err);
    return ExitCodes.OK;
  }

  /** Once written: what the target format could not carry, one line per kind of data. */
  private void reportLosses(AttackTree tree, PrintWriter err) {
    List<String> losses = switch (target) {
      case MEF -> ConversionLosses.mef(tree, mode);
      case ADTOOL -> ConversionLosses.adtool(tree);
      case YAML, OTM -> List.of();
    };
    for (String loss : losses) {
      err.println(VisibleText.of(output.toString()) + ": not written to " + formatName()
          + ": " + VisibleText.of(loss));
    }
    err.flush();
  }

  private String formatName() {
    return target == Target.MEF ? "Open-PSA MEF" : "ADTool XML";
  }

  /** {@code yaml}, {@code mef}, {@code adtool} or {@code otm}, any case. */
  public static final class TargetConverter implements ITypeConverter<Target> {
    @Override
    public Target convert(String value) {
      for (Target target : Target.values()) {
        if (target.keyword().equalsIgnoreCase(value)) {
          return target;
        }
      }
      throw new TypeConversionException("expected yaml, mef, adtool or otm, not '" + value
          + "'");
    }
  }

  /** The keywords of {@link Target}. */
  static final class TargetCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Target.values()).map(Target::keyword).iterator();
    }
  }
}
