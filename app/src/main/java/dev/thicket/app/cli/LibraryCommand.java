package dev.thicket.app.cli;

import dev.thicket.model.library.AttackPattern;
import dev.thicket.model.library.Library;
import dev.thicket.model.tree.VisibleText;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code thicket library}: the attack patterns shipped with Thicket. */
@Command(
    name = "library",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "List the attack patterns of the library: id, number of steps, title, and the CAPEC, "
          + "ATT&CK and ATLAS ids they cite.",
      "Start a tree from some with: thicket new --from-library ID,ID -o FILE."
    })
final class LibraryCommand implements Callable<Integer> {
  /** CAPEC, ATT&CK and ATLAS ids: the MITRE catalogues. */
  private static final Pattern MITRE = Pattern.compile("CAPEC-\\d+|(AML\\.)?T\\d{4}(\\.\\d{3})?");

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (AttackPattern pattern : Library.shipped().patterns()) {
      out.println(VisibleText.of(pattern.id() + " (" + pattern.steps() + " steps): "
          + pattern.title()));
      out.println("  " + VisibleText.of(references(pattern.references())));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** "CAPEC-586, T1190; 3 other references": the MITRE ids, and how many others. */
  static String references(List<String> references) {
    List<String> mitre = references.stream()
        .filter(reference -> MITRE.matcher(reference).matches()).toList();
    int others = references.size() - mitre.size();
    return String.join(", ", mitre) + (others == 0 ? ""
        : "; " + others + " other reference" + (others == 1 ? "" : "s"));
  }

  /** A pattern id of the library; an unknown one is refused with the list of known ones. */
  public static final class PatternConverter implements ITypeConverter<AttackPattern> {
    @Override
    public AttackPattern convert(String id) {
      Library library = Library.shipped();
      return library.find(id.strip()).orElseThrow(() -> new TypeConversionException(
          "unknown library pattern '" + VisibleText.of(id) + "'; known: " + library.ids()));
    }
  }
}
