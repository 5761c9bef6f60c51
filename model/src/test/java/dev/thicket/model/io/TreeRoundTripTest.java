package dev.thicket.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.RiskValues;
import dev.thicket.model.tree.Scales;
import dev.thicket.model.tree.StepAttributes;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Vote;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random trees with hostile text survive writing and reading unchanged. */
public class TreeRoundTripTest {
  private static final String[] PIECES = {"a", "Z", "0", "1.5", " ", "  ", ": ", "#", " #", "-",
      "- ", "?", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "\\", "%", "@", "`",
      "\n", "\n\n", "\r", "\r\n", "\t", "\u0000", "\u0007", "\u007F", "\u0085", "\u00A0",
      "\u2028", "\u2029", "\uFEFF", "\u00e9", "\u65e5", "\ud83d\ude00", "\ud800", "yes", "null",
      "~", "true", "0x1F", ".inf", "2024-01-31", "---", "...", "<<", "x-"};

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Property(tries = 300)
  void writtenTreeReadsBackEqualAndWritesIdentically(@ForAll("seeds") long seed)
      throws Exception {
    AttackTree tree = randomTree(new Random(seed));

    String written = TreeWriter.toYaml(tree);
    AttackTree reread = TreeReader.read("t.yaml", written.getBytes(StandardCharsets.UTF_8));

    assertThat(TreeWriter.toYaml(reread)).isEqualTo(written);
    assertThat(reread.nodes()).isEqualTo(tree.nodes());
    assertThat(reread.mitigations()).isEqualTo(tree.mitigations());
    assertThat(reread.extensions()).isEqualTo(tree.extensions());
    assertThat(reread.title()).isEqualTo(tree.title());
    assertThat(reread.description()).isEqualTo(tree.description());
    assertThat(reread.scales()).isEqualTo(tree.scales());
    assertThat(reread.settings()).isEqualTo(tree.settings());
    assertThat(reread.profiles()).isEqualTo(tree.profiles());
  }

  @Property(tries = 300)
  void arbitraryBytesGiveAProblemListOrATreeNeverAnotherException(
      @ForAll("seeds") long seed) {
    Random random = new Random(seed);
    byte[] valid = TreeWriter.toYaml(randomTree(random)).getBytes(StandardCharsets.UTF_8);
    byte[] content = valid.clone();
    for (int i = random.nextInt(5); i >= 0; i--) {
      content[random.nextInt(content.length)] = (byte) random.nextInt(256);
    }
    try {
      TreeReader.read("t.yaml", content);
    } catch (TreeFileException expected) {
      assertThat(expected.problems()).isNotEmpty()
          .allSatisfy(problem -> assertThat(problem.line()).isPositive());
    }
  }

  static String text(Random random, boolean nonBlank) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(6); i >= 0; i--) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return nonBlank && text.toString().isBlank() ? "t" + text : text.toString();
  }

  /** Cost, time and some potential factors, each sometimes absent. */
  private static StepAttributes attacker(Random random) {
    Map<PotentialFactor, String> levels = new java.util.EnumMap<>(PotentialFactor.class);
    for (PotentialFactor factor : PotentialFactor.values()) {
      if (random.nextBoolean()) {
        levels.put(factor, factor.levels().get(random.nextInt(factor.levels().size())));
      }
    }
    return new StepAttributes(random.nextBoolean() ? null : random.nextInt(10000) / 8.0,
        random.nextBoolean() ? null : (double) random.nextInt(500), new Potential(levels));
  }

  private static List<AttackerProfile> profiles(Random random) {
    List<AttackerProfile> profiles = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      Map<PotentialFactor, String> limits = new java.util.EnumMap<>(PotentialFactor.class);
      for (PotentialFactor factor : PotentialFactor.PROFILE_LIMITS) {
        if (random.nextBoolean()) {
          limits.put(factor, factor.levels().get(random.nextInt(factor.levels().size())));
        }
      }
      profiles.add(new AttackerProfile("p" + i, text(random, true),
          random.nextBoolean() ? null : text(random, false),
          random.nextBoolean() ? null : (double) random.nextInt(5000),
          random.nextBoolean() ? null : random.nextInt(100) / 4.0, limits));
    }
    return profiles;
  }

  /** Up to two hostile texts (references). */
  private static List<String> texts(Random random) {
    List<String> texts = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      texts.add(text(random, false));
    }
    return texts;
  }

  public static AttackTree randomTree(Random random) {
    int count = 1 + random.nextInt(8);
    List<List<String>> children = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      children.add(new ArrayList<>());
      if (i > 0) {
        children.get(random.nextInt(i)).add("n" + i);
      }
    }
    List<Mitigation> mitigations = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      mitigations.add(new Mitigation("m" + i, text(random, true),
          random.nextBoolean() ? null : text(random, false), random.nextInt(101) / 100.0,
          random.nextBoolean() ? null : (double) random.nextInt(1000) / 8,
          random.nextBoolean() ? MitigationStatus.PLANNED : MitigationStatus.IMPLEMENTED,
          extensions(random)).withEstimates(votes(random, false))
          .withReferences(texts(random)));
    }
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> kids = children.get(i);
      Gate gate = kids.isEmpty() ? Gate.LEAF : Gate.values()[1 + random.nextInt(3)];
      Estimate likelihood = gate != Gate.LEAF || random.nextInt(3) == 0 ? null
          : random.nextBoolean() ? Estimate.of(random.nextInt(1001) / 1000.0)
          : Estimate.level("high");
      List<String> attached = mitigations.isEmpty() || random.nextBoolean() ? List.of()
          : List.of(mitigations.get(0).id());
      List<String> references = new ArrayList<>();
      for (int r = random.nextInt(3); r > 0; r--) {
        references.add(text(random, false));
      }
      nodes.add(new Node("n" + i, text(random, true),
          random.nextBoolean() ? null : text(random, false), gate,
          gate == Gate.ATLEAST ? 1 + random.nextInt(kids.size()) : 0, kids, likelihood,
          random.nextInt(4) == 0 ? Estimate.of(random.nextInt(11)) : null,
          random.nextBoolean() ? null : text(random, false), attached, references,
          gate == Gate.LEAF ? votes(random, true) : List.of(),
          gate == Gate.LEAF ? attacker(random) : StepAttributes.EMPTY, extensions(random)));
    }
    return new AttackTree(text(random, true), random.nextBoolean() ? null : text(random, false),
        "n0", nodes, mitigations, scales(random),
        random.nextBoolean() ? AnalysisSettings.NONE
            : new AnalysisSettings(0.25, 3.0, random.nextBoolean() ? null : 12.5),
        profiles(random), extensions(random));
  }

  /** None, the default levels, or the default levels with a random monotone risk matrix. */
  private static Scales scales(Random random) {
    int kind = random.nextInt(3);
    if (kind == 0) {
      return null;
    }
    RiskValues matrix = null;
    if (kind == 2) {
      Map<String, List<Integer>> rows = new java.util.HashMap<>();
      List<Integer> lessFeasible = List.of(1, 1, 1, 1);
      for (int rank = RiskValues.FEASIBILITY.size() - 1; rank >= 0; rank--) {
        List<Integer> row = new ArrayList<>();
        for (int column = 0; column < RiskValues.IMPACT.size(); column++) {
          int left = column == 0 ? 1 : row.get(column - 1);
          row.add(Math.max(Math.max(left, lessFeasible.get(column)), 1 + random.nextInt(5)));
        }
        rows.put(RiskValues.FEASIBILITY.get(rank), row);
        lessFeasible = row;
      }
      matrix = new RiskValues(rows);
    }
    return new Scales(Scales.DEFAULT.likelihood(), Scales.DEFAULT.impact(), matrix);
  }

  /** Estimation-round votes: any initials, numbers or (where {@code levels}) level names. */
  static List<Vote> votes(Random random, boolean levels) {
    List<Vote> votes = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      votes.add(new Vote(text(random, true), levels && random.nextBoolean()
          ? Estimate.level("high") : Estimate.of(random.nextInt(101) / 100.0),
          1 + random.nextInt(3)));
    }
    return votes;
  }

  static Map<String, Object> extensions(Random random) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      extensions.put("x-" + text(random, false), value(random, 0));
    }
    return extensions;
  }

  private static Object value(Random random, int depth) {
    switch (random.nextInt(depth > 2 ? 5 : 7)) {
      case 0: return text(random, false);
      case 1: return random.nextLong();
      case 2: return random.nextInt(2000) / 16.0 - 50;
      case 3: return random.nextBoolean();
      case 4: return null;
      case 5: {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(value(random, depth + 1));
        }
        return list;
      }
      default: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          map.put(text(random, false), value(random, depth + 1));
        }
        return map;
      }
    }
  }
}
