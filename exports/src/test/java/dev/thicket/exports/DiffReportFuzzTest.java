package dev.thicket.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thicket.exports.report.DiffReport;
import dev.thicket.model.diff.TreeDiff;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.InvalidTreeException;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Jazzer target for the diff's reports: a tree built from the fuzzer's data ({@link FuzzedTrees})
 * and a version of it whose nodes take titles, likelihoods and impacts of a second fuzzed tree
 * are diffed; the pull-request comment must be well-formed Markdown (tables intact, no markup,
 * no code), the terminal text free of control characters and the JSON parseable. In {@code mvn
 * verify} it replays the inputs under {@code DiffReportFuzzTestInputs/}.
 */
class DiffReportFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest
  void rendersWellFormedDiffsOfAnyTwoVersions(FuzzedDataProvider data) throws Exception {
    String oldName = data.consumeString(30);
    String newName = data.consumeString(30);
    AttackTree old = FuzzedTrees.tree(data);
    AttackTree donor = FuzzedTrees.tree(data);
    AttackTree neu;
    try {
      neu = edited(old, donor, data);
    } catch (InvalidTreeException invalid) {
      return; // a donor's value this tree cannot take (a likelihood label of other scales)
    }
    DiffReport report = new DiffReport(oldName, newName, TreeDiff.of(old, neu));

    ReportChecks.assertWellFormedMarkdown(report.markdown(), false);
    assertThat(report.text().codePoints().filter(c -> Character.isISOControl(c) && c != '\n'))
        .as("control characters in the terminal text").isEmpty();
    assertThat(JSON.readTree(report.json()).isObject()).isTrue();
  }

  /** {@code tree} with some nodes given the donor's title, likelihood or impact, by position. */
  private static AttackTree edited(AttackTree tree, AttackTree donor, FuzzedDataProvider data) {
    List<Node> donors = List.copyOf(donor.nodes().values());
    List<Node> changed = new ArrayList<>();
    int index = 0;
    for (Node node : tree.nodes().values()) {
      Node from = donors.get(index++ % donors.size());
      switch (data.consumeInt(0, 3)) {
        case 1 -> changed.add(node.withTitle(from.title()));
        case 2 -> {
          if (node.isLeaf() && from.isLeaf()) {
            changed.add(node.withLikelihood(from.likelihood()));
          }
        }
        case 3 -> changed.add(node.withImpact(from.impact()));
        default -> { }
      }
    }
    return tree.withNodes(changed);
  }
}
