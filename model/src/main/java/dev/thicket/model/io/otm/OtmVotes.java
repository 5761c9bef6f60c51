package dev.thicket.model.io.otm;

import static dev.thicket.model.io.otm.OtmVocabulary.ESTIMATES;

import dev.thicket.model.io.YamlDocument;
import dev.thicket.model.io.YamlValue;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Vote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The estimation rounds' votes of a threat or a mitigation as the {@code thicket-estimates}
 * attribute: a list of {@code {by, value, round}} mappings, the value as Thicket writes it.
 */
final class OtmVotes {
  private OtmVotes() {}

  static List<Object> write(List<Vote> votes) {
    List<Object> written = new ArrayList<>();
    for (Vote vote : votes) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("by", vote.by());
      entry.put("value", vote.value().toString());
      entry.put("round", (long) vote.round());
      written.add(entry);
    }
    return written;
  }

  /** The votes of {@code attributes}; a wrong one is reported at its position and left out. */
  static List<Vote> read(YamlDocument.Mapper document, OtmAttributes attributes,
      Map<String, Double> scale) {
    if (!attributes.has(ESTIMATES)) {
      return List.of();
    }
    if (!(attributes.value(ESTIMATES) instanceof YamlValue.Sequence sequence)) {
      document.problem(attributes.value(ESTIMATES).position(),
          ESTIMATES + " must be a list of {by, value, round}");
      return List.of();
    }
    List<Vote> votes = new ArrayList<>();
    for (YamlValue item : sequence.items()) {
      YamlValue.Mapping mapping = document.mapping(ESTIMATES, item, "a mapping {by, value, round}");
      if (mapping == null) {
        continue;
      }
      YamlValue.Entry by = mapping.entries().get("by");
      YamlValue.Entry value = mapping.entries().get("value");
      YamlValue.Entry round = mapping.entries().get("round");
      if (by == null || value == null || round == null) {
        document.problem(mapping.position(), ESTIMATES + ": each vote has by, value and round");
        continue;
      }
      String initials = document.text("by", by.value());
      String text = document.text("value", value.value());
      Double number = document.number("round", round.value());
      if (initials == null || text == null || number == null) {
        continue;
      }
      try {
        votes.add(new Vote(initials, Estimate.parse(text, scale, "an estimate",
            "from 0 to 1"), (int) Math.round(number)));
      } catch (IllegalArgumentException wrong) {
        document.problem(value.value().position(), wrong.getMessage());
      }
    }
    return votes;
  }
}
