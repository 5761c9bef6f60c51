package dev.thicket.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.edit.Subtree;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewTreeTest {
  private static final Library LIBRARY = Library.shipped();

  private static List<String> titles(Subtree subtree) {
    return subtree.nodes().stream().map(Node::title).toList();
  }

  @Test
  void withoutPatternsTheGoalIsOneUnestimatedStep() {
    AttackTree tree = NewTree.of("Steal the model", List.of());

    assertThat(tree.title()).isEqualTo("Steal the model");
    assertThat(tree.nodes().values()).containsExactly(Node.leaf("goal", "Steal the model", null));
  }

  @Test
  void eachPatternBecomesASubtreeOfTheGoal() {
    AttackPattern web = LIBRARY.find("web-injection").orElseThrow();
    AttackPattern secrets = LIBRARY.find("leaked-repository-secrets").orElseThrow();

    AttackTree tree = NewTree.of(NewTree.DEFAULT_TITLE, List.of(web, secrets));

    assertThat(tree.rootNode().children()).containsExactly(web.id(), secrets.id());
    assertThat(titles(Subtree.of(tree, web.id()))).isEqualTo(titles(web.subtree()));
    assertThat(titles(Subtree.of(tree, secrets.id()))).isEqualTo(titles(secrets.subtree()));
    assertThat(tree.nodes()).hasSize(1 + web.subtree().size() + secrets.subtree().size());
  }

  @Test
  void aPatternTakenTwiceGetsFreshIdsTheSecondTime() {
    AttackPattern web = LIBRARY.find("web-injection").orElseThrow();

    AttackTree tree = NewTree.of(NewTree.DEFAULT_TITLE, List.of(web, web));

    assertThat(tree.rootNode().children()).containsExactly("web-injection", "web-injection-2");
    assertThat(tree.node("web-injection-2").children()).containsExactly("sql-injection-2",
        "os-command-injection-2", "template-injection-2", "stored-xss-2");
  }

  @Test
  void patternsSharingAMitigationBringItOnce() {
    AttackPattern cloud = LIBRARY.find("stolen-cloud-credentials").orElseThrow();
    AttackPattern secrets = LIBRARY.find("leaked-repository-secrets").orElseThrow();
    Set<String> both = new LinkedHashSet<>(cloud.tree().mitigations().keySet());
    both.addAll(secrets.tree().mitigations().keySet());

    AttackTree tree = NewTree.of(NewTree.DEFAULT_TITLE, List.of(cloud, secrets));

    assertThat(both).contains("secret-scanning", "short-lived-credentials");
    assertThat(tree.mitigations().keySet()).containsExactlyElementsOf(both);
  }
}
