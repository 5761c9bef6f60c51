package dev.thicket.model.io;

import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Vote;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The estimation rounds' votes, {@code [{by: AB, value: 0.3, round: 1}, ...]}: one set of rules
 * for the tree reader's {@code estimates} and the {@code thicket-estimates} of other formats. A
 * vote with a problem is reported at its position and left out.
 */
final class VoteReader {
  static final List<String> KEYS = List.of("by", "value", "round");
  private static final String EXAMPLE = "{by: AB, value: 0.3, round: 1}";

  private final Problems problems;
  private final Values values;
  private final Keys keys;

  VoteReader(Problems problems, Values values, Keys keys) {
    this.problems = problems;
    this.values = values;
    this.keys = keys;
  }

  /**
   * @param key the key holding the list, as messages name it
   * @param estimate reads a vote's value ({@code null} after reporting a problem)
   */
  List<Vote> read(String key, YamlValue value,
      BiFunction<String, YamlValue, Estimate> estimate) {
    YamlValue.Sequence sequence = values.sequence(key, value, "a list like [" + EXAMPLE + "]");
    if (sequence == null) {
      return List.of();
    }
    List<Vote> votes = new ArrayList<>();
    for (YamlValue item : sequence.items()) {
      YamlValue.Mapping mapping = values.mapping("each item of " + key, item,
          "a mapping like " + EXAMPLE);
      if (mapping == null) {
        continue;
      }
      Object[] slots = new Object[KEYS.size()];
      keys.walk(mapping, KEYS, KEYS, false, " in an estimate", mapping.position(),
          (name, slot) -> slots[KEYS.indexOf(name)] = switch (name) {
            case "by" -> values.text(name, slot);
            case "value" -> estimate.apply("an estimate's value", slot);
            default -> values.integer(name, slot);
          });
      if (slots[0] == null || slots[1] == null || slots[2] == null) {
        continue;
      }
      if (((String) slots[0]).isBlank() || (Integer) slots[2] < 1) {
        problems.add(mapping.position(), "an estimate needs initials in 'by' and a round "
            + "counted from 1, like " + EXAMPLE);
        continue;
      }
      if (((Estimate) slots[1]).isRange()) {
        problems.add(mapping.entry("value").value().position(),
            "an estimate's value is a single value, not a range");
        continue;
      }
      votes.add(new Vote((String) slots[0], (Estimate) slots[1], (Integer) slots[2]));
    }
    return votes;
  }
}
