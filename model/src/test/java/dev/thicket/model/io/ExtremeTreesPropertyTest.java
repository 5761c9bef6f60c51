package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.Mode;
import dev.thicket.model.io.adtool.AdtoolReader;
import dev.thicket.model.io.adtool.AdtoolWriter;
import dev.thicket.model.io.mef.MefReader;
import dev.thicket.model.io.mef.MefWriter;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * What a reader accepts, every writer writes and the readers read back (issue 14, finding 2):
 * a gate of 40,000 children (its list longer than a line may be), titles and descriptions of
 * 300,000 characters on one line (blanks at any place, quotes, backslashes, line breaks, pairs of
 * surrogates, no space at all).
 */
class ExtremeTreesPropertyTest {
  private static final int CHILDREN = 40_000;

  @Property(tries = 6)
  void extremeTreesAreWrittenAndReadBackByEveryFormat(@ForAll long seed) throws Exception {
    AttackTree tree = extreme(new Random(seed));

    String yaml = TreeWriter.toYaml(tree);
    AttackTree fromYaml = TreeReader.read("x.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    AttackTree fromMef = MefReader.read(List.of("x.xml"),
        List.of(MefWriter.toXml(tree, Mode.RESIDUAL).getBytes(StandardCharsets.UTF_8)));
    AttackTree fromAdtool = AdtoolReader.read("x.adt.xml",
        AdtoolWriter.toXml(tree).getBytes(StandardCharsets.UTF_8));

    assertThat(TreeWriter.toYaml(fromYaml)).isEqualTo(yaml);
    assertThat(fromYaml.rootNode().title()).isEqualTo(tree.rootNode().title());
    assertThat(fromYaml.rootNode().description()).isEqualTo(tree.rootNode().description());
    assertThat(fromMef.rootNode().children()).hasSize(CHILDREN);
    assertThat(fromAdtool.nodes()).hasSize(tree.nodes().size());
    // ADTool labels are read with their runs of white space collapsed (docs/interchange.md)
    assertThat(fromAdtool.rootNode().title())
        .isEqualTo(tree.rootNode().title().strip().replaceAll("\\s+", " "));
  }

  private static AttackTree extreme(Random random) {
    List<Node> nodes = new ArrayList<>();
    List<String> children = new ArrayList<>();
    for (int i = 0; i < CHILDREN; i++) {
      children.add(String.format("leaf-%05d", i));
    }
    nodes.add(Node.gate("root", text(random, 300_000), Gate.OR, 0, children)
        .withDescription(text(random, 300_000)));
    for (String id : children) {
      nodes.add(Node.leaf(id, "Step " + id, Estimate.of(0.001)));
    }
    return new AttackTree(text(random, 5_000), null, "root", nodes, List.of(), null,
        AnalysisSettings.NONE, Map.of());
  }

  /** Text of about {@code length} characters, drawn from a kind chosen at random. */
  private static String text(Random random, int length) {
    String[] pieces = switch (random.nextInt(4)) {
      case 0 -> new String[] {"x"};
      case 1 -> new String[] {"a", " ", "  ", "b"};
      case 2 -> new String[] {"\"", "\\", "é", "\uD83D\uDE00", "q", " ", "\u00A0"};
      default -> new String[] {"line", "\n", " ", "\\u0041", "\t", "#", ": "};
    };
    StringBuilder text = new StringBuilder("T");
    while (text.length() < length) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString().strip().isEmpty() ? "T" : text.toString();
  }
}
