package dev.thicket.model.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.error.Mark;

/**
 * A Jackson YAML factory for untrusted files. Its parsers look at every SnakeYAML event before
 * Jackson does and report what the format refuses: tags (so nothing can ask for a class),
 * anchors and aliases (so nothing is ever expanded), and a second document (reading stops there).
 * SnakeYAML's and Jackson's own limits are set as a second line of defence.
 */
final class GuardedYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  /** Thrown from inside the parser to stop reading; carries no stack trace. */
  static final class StopReading extends RuntimeException {
    StopReading() {
      super(null, null, false, false);
    }
  }

  private final transient Problems problems;

  GuardedYamlFactory(Problems problems) {
    super(YAMLFactory.builder()
        .loaderOptions(loaderOptions())
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(2 * TreeReader.MAX_DEPTH)
            .maxStringLength(FileSizeLimit.yamlCeilingBytes())
            .maxDocumentLength(FileSizeLimit.yamlCeilingBytes())
            .build()));
    this.problems = problems;
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(FileSizeLimit.yamlCeilingBytes());
    options.setNestingDepthLimit(2 * TreeReader.MAX_DEPTH);
    options.setMaxAliasesForCollections(1);
    options.setAllowRecursiveKeys(false);
    options.setTagInspector(tag -> false);
    return options;
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
    return new GuardedParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions,
        _objectCodec, reader, problems);
  }

  /** A Jackson YAML parser that checks each event; see the factory. */
  private static final class GuardedParser extends YAMLParser {
    private final Problems problems;
    private int documents;

    GuardedParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options,
        com.fasterxml.jackson.core.ObjectCodec codec, Reader reader, Problems problems) {
      super(context, parserFeatures, yamlFeatures, options, codec, reader);
      this.problems = problems;
    }

    @Override
    protected Event getEvent() throws IOException {
      Event event = super.getEvent();
      if (event instanceof DocumentStartEvent && ++documents > 1) {
        problems.add(at(event.getStartMark()),
            "a tree file holds one YAML document; found a second one here");
        throw new StopReading();
      }
      if (event instanceof AliasEvent alias) {
        problems.add(at(event.getStartMark()), "alias '*" + alias.getAnchor()
            + "' is not allowed: the format does not use anchors and aliases");
      } else if (event instanceof NodeEvent node && node.getAnchor() != null) {
        problems.add(at(event.getStartMark()), "anchor '&" + node.getAnchor()
            + "' is not allowed: the format does not use anchors and aliases");
      }
      String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
          : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
      if (tag != null) {
        problems.add(at(event.getStartMark()), "tag '" + shorten(tag)
            + "' is not allowed: the format uses plain values only, and never creates objects"
            + " from tags");
      }
      return event;
    }

    private static String shorten(String tag) {
      String shown = tag.startsWith("tag:yaml.org,2002:")
          ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
      return shown.length() <= 60 ? shown : shown.substring(0, 57) + "...";
    }
  }

  static Position at(Mark mark) {
    return mark == null ? Position.START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }
}
