package dev.thicket.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** Well-formedness of rendered reports, as the report fuzz target checks it. */
final class ReportChecks {
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create(), AutolinkExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  private static final Pattern NOT_A_NUMBER = Pattern.compile("NaN|Infinity");

  private ReportChecks() {}

  /**
   * Every table line (header, delimiter and rows) has as many cells as the header, split the way
   * GitHub (cmark-gfm: a backslash escapes any character) and commonmark-java (a backslash escapes
   * a pipe) split them; every line the report starts with a pipe belongs to a table; the Mermaid
   * chart is the document's one code block, whole; no raw HTML, no link, no image but the diagram.
   */
  static void assertWellFormedMarkdown(String markdown, int nodes) {
    assertWellFormedMarkdown(markdown, nodes <= 150);
  }

  /** As above, for a document with the Mermaid chart ({@code diagram}) or without any code. */
  static void assertWellFormedMarkdown(String markdown, boolean diagram) {
    String[] lines = markdown.split("\n", -1);
    Node document = PARSER.parse(markdown);
    List<TableBlock> tables = new ArrayList<>();
    List<FencedCodeBlock> code = new ArrayList<>();
    List<Node> markup = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(CustomBlock block) {
        if (block instanceof TableBlock table) {
          tables.add(table);
        }
        visitChildren(block);
      }

      @Override
      public void visit(FencedCodeBlock block) {
        code.add(block);
      }

      @Override
      public void visit(HtmlBlock block) {
        markup.add(block);
      }

      @Override
      public void visit(HtmlInline inline) {
        markup.add(inline);
      }

      @Override
      public void visit(Link link) {
        markup.add(link);
      }

      @Override
      public void visit(Image image) {
        if (!image.getDestination().equals("report.svg")) {
          markup.add(image);
        }
        visitChildren(image);
      }
    });
    int tableLines = 0;
    for (TableBlock table : tables) {
      List<String> rows = new ArrayList<>();
      for (SourceSpan span : table.getSourceSpans()) {
        rows.add(lines[span.getLineIndex()]);
      }
      int header = cellsGitHub(rows.get(0));
      for (String row : rows) {
        assertThat(cellsGitHub(row)).as("cells of %s (GitHub)", row).isEqualTo(header);
        assertThat(cellsCommonmarkJava(row)).as("cells of %s (commonmark-java)", row)
            .isEqualTo(header);
      }
      tableLines += rows.size();
    }
    long pipeLines = List.of(lines).stream().filter(line -> line.startsWith("|")).count();
    assertThat(tableLines).as("lines of tables among the %s lines starting with a pipe",
        pipeLines).isEqualTo(pipeLines);
    assertThat(code).as("code blocks").hasSize(diagram ? 1 : 0);
    for (FencedCodeBlock block : code) {
      assertThat(block.getInfo()).isEqualTo("mermaid");
      assertThat(block.getLiteral()).startsWith("flowchart TD\n");
      assertThat(block.getLiteral().lines().skip(1))
          .allSatisfy(line -> assertThat(line).startsWith("  "));
    }
    assertThat(markup).as("raw HTML, links and images in\n%s", markdown).isEmpty();
  }

  /** cmark-gfm: a backslash escapes the next character, whatever it is. */
  static int cellsGitHub(String row) {
    String line = row.strip();
    int cells = 0;
    boolean content = false;
    int start = line.startsWith("|") ? 1 : 0;
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        i++;
        content = true;
      } else if (c == '|') {
        cells++;
        content = false;
      } else {
        content = true;
      }
    }
    return content ? cells + 1 : cells;
  }

  /** commonmark-java: only {@code \|} is an escaped pipe (even in {@code \\|}). */
  static int cellsCommonmarkJava(String row) {
    String line = row.strip();
    int cells = 0;
    boolean content = false;
    int start = line.startsWith("|") ? 1 : 0;
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
        i++;
        content = true;
      } else if (c == '|') {
        cells++;
        content = false;
      } else {
        content = true;
      }
    }
    return content ? cells + 1 : cells;
  }

  /**
   * The SVG parses as XML (no DTD, no external entity) with an {@code svg} root, and no drawing
   * attribute holds NaN or Infinity.
   */
  static void assertWellFormedSvg(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attributes = ((Element) all.item(i)).getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        org.w3c.dom.Node attribute = attributes.item(a);
        if (!attribute.getNodeName().startsWith("data-")) {
          assertThat(attribute.getNodeValue()).as(attribute.getNodeName())
              .doesNotContainPattern(NOT_A_NUMBER);
        }
      }
    }
  }
}
