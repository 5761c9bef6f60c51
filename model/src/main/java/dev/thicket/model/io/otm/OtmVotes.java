package dev.thicket.model.io.otm;

import static dev.thicket.model.io.otm.OtmVocabulary.ESTIMATES;

import dev.thicket.model.io.YamlDocument;
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

  /** The votes of {@code attributes}, by the tree reader's rules; a wrong one is reported. */
  static List<Vote> read(YamlDocument.Mapper document, OtmAttributes attributes,
      Map<String, Double> scale) {
    if (!attributes.has(ESTIMATES)) {
      return List.of();
    }
    return document.votes(ESTIMATES, attributes.value(ESTIMATES), (what, value) -> {
      String text = document.text(what, value);
      if (text == null) {
        return null;
      }
      try {
        Estimate estimate = Estimate.parse(text, scale, what, "from 0 to 1");
        if (estimate == null) {
          document.problem(value.position(), what + " is empty");
        }
        return estimate;
      } catch (IllegalArgumentException wrong) {
        document.problem(value.position(), wrong.getMessage());
        return null;
      }
    });
  }
}
