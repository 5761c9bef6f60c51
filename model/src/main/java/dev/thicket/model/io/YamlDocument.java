package dev.thicket.model.io;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Scales;
import dev.thicket.model.tree.StepAttributes;
import dev.thicket.model.tree.Vote;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An untrusted YAML or JSON document read with the safeguards of tree files (size, line length,
 * nesting, strict UTF-8, no tags, anchors or aliases, one document), for the readers of other
 * formats (Open Threat Model, Threat Dragon). It collects their problems as well, located in the
 * document, up to the same limit, and offers the typed readings of the tree reader.
 */
public final class YamlDocument {
  private final String fileName;
  private final Problems problems = new Problems();
  private final Values values = new Values(problems);
  private final Keys keys = new Keys(problems, values);
  private final VoteReader votes = new VoteReader(problems, values, keys);
  private final ElementMapper elements = new ElementMapper(problems, values, keys);
  private final SettingsMapper settings = new SettingsMapper(problems, values, keys);

  private YamlDocument(String fileName) {
    this.fileName = fileName;
  }

  /**
   * Reads {@code content} and maps its root value with {@code mapper}, which reports problems
   * through the document; the result when no problem was found.
   *
   * @throws TreeFileException with every problem, sorted, when there is one (or the mapper
   *     returned {@code null})
   */
  public static <T> T map(String fileName, byte[] content, Function<Mapper, T> mapper)
      throws TreeFileException {
    if (content.length > FileSizeLimit.yamlBytes()) {
      throw new TreeFileException(List.of(new TreeFileProblem(fileName, 1, 1,
          FileSizeLimit.tooLargeYaml())));
    }
    YamlDocument document = new YamlDocument(fileName);
    T result = null;
    try {
      String text = Utf8Text.decode(content, document.problems);
      YamlValue root = text == null ? null : YamlTreeParser.parse(text, document.problems);
      if (root == null && document.problems.isEmpty()) {
        document.problems.add(Position.START, "the file is empty");
      }
      if (document.problems.isEmpty()) {
        result = mapper.apply(document.new Mapper(root));
      }
    } catch (Problems.TooManyProblems stopped) {
      // reported below with the others
    } catch (RuntimeException unexpected) {
      document.problems.add(Position.START, "could not read the file: " + unexpected);
    }
    if (result == null || !document.problems.isEmpty()) {
      if (document.problems.isEmpty()) {
        document.problems.add(Position.START, "could not read the file");
      }
      throw new TreeFileException(document.problems.sorted(document.fileName));
    }
    return result;
  }

  /** Writes {@code document} as YAML, in the style of {@code x-} values (docs/format.md). */
  public static String write(Map<String, Object> document) {
    StringBuilder out = new StringBuilder();
    ExtensionWriter.write(out, 0, document);
    return out.toString();
  }

  /**
   * {@code value} (text, numbers, booleans, null, lists and maps, as {@code x-} keys hold) on one
   * line in YAML's flow style: {@code {due: 2027-01, by: [Bo, "C, D"]}}.
   */
  public static String flow(Object value) {
    return ExtensionWriter.flow(value);
  }

  /** The root value of a document and typed readings that report located problems. */
  public final class Mapper {
    private final YamlValue root;

    private Mapper(YamlValue root) {
      this.root = root;
    }

    public YamlValue root() {
      return root;
    }

    public String fileName() {
      return fileName;
    }

    /** Adds a problem; stops the reading (caught by {@link #map}) after too many. */
    public void problem(Position at, String message) {
      problems.add(at, message);
    }

    public boolean hasProblems() {
      return !problems.isEmpty();
    }

    /** Any scalar but null, as written; {@code null} after a problem. */
    public String text(String what, YamlValue value) {
      return values.text(what, value);
    }

    /** A finite decimal number; {@code null} after a problem. */
    public Double number(String what, YamlValue value) {
      return values.number(what, value);
    }

    /** The mapping, or {@code null} after a problem saying {@code expected}. */
    public YamlValue.Mapping mapping(String what, YamlValue value, String expected) {
      return values.mapping(what, value, expected);
    }

    /** A list of texts; wrong items are reported and left out. */
    public List<String> texts(String what, YamlValue value) {
      return values.texts(what, value);
    }

    /**
     * The votes of an estimation-round list under {@code key}, by the tree reader's rules
     * (docs/format.md, {@code estimates}); {@code estimate} reads a vote's value.
     */
    public List<Vote> votes(String key, YamlValue value,
        BiFunction<String, YamlValue, Estimate> estimate) {
      return votes.read(key, value, estimate);
    }

    /**
     * A step's cost, time and attack potential under {@code key}, by the tree reader's rules for
     * a node's {@code cost}, {@code time} and {@code potential}; empty after a problem.
     */
    public StepAttributes attacker(String key, YamlValue value) {
      return elements.attacker(key, value);
    }

    /** The attacker profiles under {@code key}, by the rules of a tree file's {@code profiles}. */
    public List<AttackerProfile> profiles(String key, YamlValue value) {
      return new ProfileMapper(values, keys, elements).profiles(key, value);
    }

    /** Scales under {@code key}, by the rules of the tree file's {@code scales}; null if wrong. */
    public Scales scales(String key, YamlValue value) {
      return settings.scales(key, value);
    }

    /** Thresholds and budget under {@code key}, by the rules of a tree's {@code analysis}. */
    public AnalysisSettings analysis(String key, YamlValue value) {
      return settings.analysis(key, value);
    }

    /**
     * The value as plain Java, as {@code x-} values are read: String, Long or BigInteger,
     * Double, Boolean, null, List, Map in file order.
     */
    public Object plain(YamlValue value) {
      return values.extension("a value", value);
    }
  }
}
