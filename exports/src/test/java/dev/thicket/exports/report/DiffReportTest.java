package dev.thicket.exports.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thicket.model.diff.ScenarioMove;
import dev.thicket.model.diff.TreeDiff;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.ListItem;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class DiffReportTest {
  private static final Pattern MOVE = Pattern.compile("top scenario rank (\\d+) → (\\d+): .*");


  private static AttackTree orOf(double a) {
    return new AttackTree("T", null, "goal", List.of(
        Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "b")),
        Node.leaf("a", "A", Estimate.of(a)), Node.leaf("b", "B", Estimate.of(0.2))), List.of(),
        null, AnalysisSettings.NONE, Map.of());
  }

  private static final TreeDiff DIFF = TreeDiff.of(orOf(0.1), orOf(0.2));

  /** a, b, c by risk before; c, a, b after: every scenario moves. */
  private static final TreeDiff REORDERED = TreeDiff.of(orOf3(0.1), orOf3(0.4));

  private static AttackTree orOf3(double c) {
    return new AttackTree("T", null, "goal", List.of(
        Node.gate("goal", "Goal", Gate.OR, 0, List.of("a", "b", "c")),
        Node.leaf("a", "A", Estimate.of(0.3)), Node.leaf("b", "B", Estimate.of(0.2)),
        Node.leaf("c", "C", Estimate.of(c))), List.of(), null, AnalysisSettings.NONE, Map.of());
  }

  /** A retitled node is a change, but no reason the risk moved. */
  @Test
  void wordingOnlyChangeIsListedButMovesNoRisk() {
    AttackTree old = orOf(0.1);
    AttackTree retitled = new AttackTree("T", null, "goal", old.nodes().values().stream()
        .map(node -> node.id().equals("a") ? node.withTitle("A, reworded") : node).toList(),
        List.of(), null, AnalysisSettings.NONE, Map.of());

    String text = new DiffReport("old.yaml", "new.yaml", TreeDiff.of(old, retitled)).text();

    assertThat(text).contains("~ node a: title changed")
        .contains("no change touches what a risk is computed from)\n")
        .endsWith("computed from)\n");
  }

  @Test
  void textSpellsOutControlCharactersOfNames() {
    String text = new DiffReport("old\u001b[2J\u202E.yaml", "new.yaml", DIFF).text();

    assertThat(text).startsWith("Diff old\\u001B[2J\\u202E.yaml → new.yaml\n")
        .contains("  ~ node a: likelihood 0.1 → 0.2\n", "  +0.08: likelihood of a 0.1 → 0.2\n");
  }

  @Test
  void markdownEscapesNames() {
    String markdown = new DiffReport("[x](https://evil.example)", "*new*", DIFF).markdown();

    assertThat(markdown).startsWith(
        "## Threat model: \\[x\\](`https://evil.example)` → \\*new\\*\n")
        .contains("- **+0.08**: likelihood of a 0.1 → 0.2\n");
  }

  @Test
  void jsonCarriesTheNumbers() {
    String json = new DiffReport("old.yaml", "new.yaml", DIFF).json();

    assertThat(json).contains("\"method\" : \"shapley\"", "\"field\" : \"likelihood\"",
        "\"before\" : \"0.1\"", "\"after\" : \"0.2\"");
  }

  @Test
  void markdownListsTheScenariosThatChangedRank() {
    List<ScenarioMove> moves = REORDERED.risk().scenariosMoved();
    assertThat(moves).hasSize(3);
    org.commonmark.node.Node document = Parser.builder().build()
        .parse(new DiffReport("old.yaml", "new.yaml", REORDERED).markdown());
    List<ScenarioMove> parsed = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(ListItem item) {
        Matcher rank = MOVE.matcher(text(item));
        if (rank.matches()) {
          parsed.add(new ScenarioMove(codes(item), Integer.parseInt(rank.group(1)),
              Integer.parseInt(rank.group(2))));
        }
      }
    });

    assertThat(parsed).isEqualTo(moves);
  }

  @Test
  void jsonListsTheScenariosThatChangedRank() throws Exception {
    JsonNode moved = new ObjectMapper()
        .readTree(new DiffReport("old.yaml", "new.yaml", REORDERED).json())
        .path("risk").path("scenariosMoved");
    List<ScenarioMove> parsed = new ArrayList<>();
    for (JsonNode move : moved) {
      List<String> leaves = new ArrayList<>();
      move.path("leaves").forEach(leaf -> leaves.add(leaf.asText()));
      parsed.add(new ScenarioMove(leaves, move.path("before").asInt(),
          move.path("after").asInt()));
    }

    assertThat(parsed).hasSize(3).isEqualTo(REORDERED.risk().scenariosMoved());
  }

  /** The item's text, code spans included. */
  private static String text(org.commonmark.node.Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text literal) {
        text.append(literal.getLiteral());
      }

      @Override
      public void visit(Code code) {
        text.append(code.getLiteral());
      }
    });
    return text.toString();
  }

  private static List<String> codes(org.commonmark.node.Node node) {
    List<String> codes = new ArrayList<>();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Code code) {
        codes.add(code.getLiteral());
      }
    });
    return codes;
  }
}
