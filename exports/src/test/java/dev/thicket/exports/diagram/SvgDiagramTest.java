package dev.thicket.exports.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.Trees;
import dev.thicket.model.score.NodeScore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** {@link SvgDiagram}, parsed as XML by a parser that refuses DTDs and external entities. */
class SvgDiagramTest {

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** The band of each node's fill: its index in {@link HeatScale#COLOURS}. */
  private static Map<String, Integer> bands(Document svg) {
    Map<String, Integer> bands = new HashMap<>();
    for (Element node : elements(svg, "g", "node")) {
      String fill = ((Element) node.getElementsByTagNameNS("*", "rect").item(0))
          .getAttribute("fill");
      assertThat(HeatScale.COLOURS).contains(fill);
      bands.put(node.getAttribute("data-id"), HeatScale.COLOURS.indexOf(fill));
    }
    return bands;
  }

  static List<Element> elements(Document document, String name, String classWord) {
    return elements(document.getDocumentElement(), name, classWord);
  }

  static List<Element> elements(Element parent, String name, String classWord) {
    List<Element> found = new ArrayList<>();
    NodeList all = parent.getElementsByTagNameNS("*", name);
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (List.of(element.getAttribute("class").split(" ")).contains(classWord)) {
        found.add(element);
      }
    }
    return found;
  }

  @Test
  void drawsEachNodeOnceAndEveryEdgeOfASharedNode() throws Exception {
    Document svg = parse(SvgDiagram.render(Trees.report(Trees.hostile())));

    assertThat(elements(svg, "g", "node")).extracting(node -> node.getAttribute("data-id"))
        .containsExactly("goal", "nasty", "both", "shared", "c", "x");
    assertThat(elements(svg, "path", "link")).hasSize(6);
    assertThat(elements(svg, "path", "shared")).singleElement().satisfies(link -> {
      assertThat(link.getAttribute("data-parent")).isEqualTo("x");
      assertThat(link.getAttribute("data-child")).isEqualTo("shared");
    });
  }

  @Test
  void marksCriticalNodesAndHighRiskEdges() throws Exception {
    Report keras = Trees.keras();
    Document svg = parse(SvgDiagram.render(keras));

    assertThat(elements(svg, "g", "critical")).extracting(node -> node.getAttribute("data-id"))
        .containsExactlyElementsOf(keras.result().criticalNodes());
    assertThat(elements(svg, "path", "high-risk"))
        .extracting(link -> link.getAttribute("data-child"))
        .containsExactlyInAnyOrder("dependencies", "dep-vulns");
  }

  @Test
  void kerasDependenciesAreRedderThanTheLikelierMaliciousModel() throws Exception {
    Report keras = Trees.keras();
    Map<String, Integer> bands = bands(parse(SvgDiagram.render(keras)));

    // the premise: the malicious model is likelier, yet blocking it removes far less risk
    NodeScore maliciousCode = keras.scored().node("malicious-code");
    NodeScore depVulns = keras.scored().node("dep-vulns");
    assertThat(maliciousCode.probability()).isGreaterThan(depVulns.probability());
    assertThat(maliciousCode.contribution()).isLessThan(depVulns.contribution() / 2);
    for (String high : List.of("dep-vulns", "dependencies")) {
      for (String low : List.of("malicious-code", "deserialization-exploit")) {
        assertThat(bands.get(high)).as(high + " above " + low).isGreaterThan(bands.get(low));
      }
    }
  }

  @Test
  void everyNodeIsFilledWithTheBandOfItsContribution() throws Exception {
    Report keras = Trees.keras();
    Map<String, Integer> bands = bands(parse(SvgDiagram.render(keras)));

    for (NodeScore node : keras.scored().nodes()) {
      assertThat(bands.get(node.id())).as(node.id())
          .isEqualTo(keras.scored().bands().band(node.contribution()));
    }
  }

  @Test
  void infoLinesGiveIdGateProbabilityAndTheRiskRemovedIfBlocked() throws Exception {
    Report keras = Trees.keras();
    Document svg = parse(SvgDiagram.render(keras));
    NodeScore depVulns = keras.scored().node("dep-vulns");

    Element box = elements(svg, "g", "node").stream()
        .filter(node -> node.getAttribute("data-id").equals("dep-vulns")).findFirst()
        .orElseThrow();
    assertThat(elements(box, "text", "info")).extracting(Element::getTextContent)
        .containsExactly("dep-vulns · leaf", "P " + Decimals.of(depVulns.probability())
            + " · if blocked −" + Decimals.of(depVulns.contribution()));
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("Colour: risk removed if this node is blocked");
  }

  @Test
  void hostileTitleIsTextNotMarkup() throws Exception {
    String markup = SvgDiagram.render(Trees.report(Trees.hostile()));
    Document svg = parse(markup);

    assertThat(markup).doesNotContain("<img", "<b>");
    assertThat(svg.getDocumentElement().getElementsByTagNameNS("*", "title").item(0)
        .getTextContent()).isEqualTo(Trees.NASTY_SHOWN);
    assertThat(elements(svg, "g", "node").get(0).getElementsByTagNameNS("*", "title").item(0)
        .getTextContent()).isEqualTo(Trees.NASTY_SHOWN);
    assertThat(markup).doesNotContain("\u202E");
  }

  @Test
  void hasNoScriptNoLinkAndNoExternalReference() throws Exception {
    String markup = SvgDiagram.render(Trees.report(Trees.hostile()));
    NodeList all = parse(markup).getElementsByTagNameNS("*", "*");

    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      assertThat(element.getLocalName()).isNotIn("script", "a", "image", "use", "foreignObject",
          "style");
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        assertThat(attributes.item(a).getLocalName()).isNotIn("href", "src")
            .doesNotStartWith("on");
        assertThat(attributes.item(a).getNodeValue()).doesNotContain("url(");
      }
    }
  }
}
