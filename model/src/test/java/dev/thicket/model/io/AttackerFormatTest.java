package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A leaf's cost, time and potential and the top-level profiles in the file format. */
class AttackerFormatTest {
  private static final String CANONICAL = """
      format: attacktree/v1
      title: Attackers
      root: goal
      nodes:
        goal:
          title: Goal
          gate: or
          children: [a, b]
        a:
          title: A
          likelihood: 0.2
          rationale: Public exploit
          cost: 500
          time: 2.5
          potential: {elapsed: one-day, expertise: proficient, knowledge: public, window: unlimited, equipment: standard}
        b:
          title: B
          potential: {expertise: expert}
      profiles:
        script-kiddie:
          title: Script kiddie
          description: Tools from the internet
          budget: 500
          expertise: proficient
          knowledge: public
          equipment: standard
        insider:
          title: Insider
          time: 40
      """;

  private static AttackTree read(String text) throws TreeFileException {
    return TreeReader.read("t.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheStepsAttributes() throws Exception {
    AttackTree tree = read(CANONICAL);

    assertThat(tree.node("a").attacker()).isEqualTo(new StepAttributes(500.0, 2.5,
        new Potential(Map.of(PotentialFactor.ELAPSED, "one-day",
            PotentialFactor.EXPERTISE, "proficient", PotentialFactor.KNOWLEDGE, "public",
            PotentialFactor.WINDOW, "unlimited", PotentialFactor.EQUIPMENT, "standard"))));
    assertThat(tree.node("b").attacker()).isEqualTo(new StepAttributes(null, null,
        new Potential(Map.of(PotentialFactor.EXPERTISE, "expert"))));
    assertThat(tree.node("goal").attacker()).isEqualTo(StepAttributes.EMPTY);
  }

  @Test
  void readsProfilesInFileOrderWithAbsentLimitsLeftOut() throws Exception {
    AttackTree tree = read(CANONICAL);

    assertThat(tree.profiles().values()).containsExactly(
        new AttackerProfile("script-kiddie", "Script kiddie", "Tools from the internet", 500.0,
            null, Map.of(PotentialFactor.EXPERTISE, "proficient",
                PotentialFactor.KNOWLEDGE, "public", PotentialFactor.EQUIPMENT, "standard")),
        new AttackerProfile("insider", "Insider", null, null, 40.0, Map.of()));
  }

  @Test
  void writesTheNewKeysInTheirCanonicalPlaces() throws Exception {
    assertThat(TreeWriter.toYaml(read(CANONICAL))).isEqualTo(CANONICAL);
  }

  @Test
  void aTreeWithoutTheNewKeysIsWrittenWithoutThem() throws Exception {
    String withoutAttackers = CANONICAL.substring(0, CANONICAL.indexOf("profiles:"))
        .replaceAll("(?m)^    (cost|time|potential): .*\\n", "");

    String written = TreeWriter.toYaml(read(withoutAttackers));

    assertThat(written).isEqualTo(withoutAttackers);
    assertThat(read(written).profiles()).isEmpty();
  }
}
