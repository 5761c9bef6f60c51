package dev.thicket.model.io.otm;

import static dev.thicket.model.io.TreeDocument.map;
import static dev.thicket.model.io.otm.OtmMaps.*;
import static dev.thicket.model.io.otm.OtmVocabulary.*;

import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Thicket mitigation as an OTM mitigation (docs/interchange.md). */
final class OtmMitigationExport {
  private OtmMitigationExport() {}

  /**
   * The OTM mitigation of {@code mitigation}; {@code onThreat}: a threat instance names it (so
   * its status is the instance's state, not an attribute).
   */
  static Map<String, Object> written(Mitigation mitigation, boolean onThreat) {
    Map<String, Object> rest = map(mitigation.extensions().get(EXTENSION));
    Map<String, Object> written = new LinkedHashMap<>();
    written.put("id", otmId(mitigation));
    written.put("name", mitigation.title());
    putText(written, "description", mitigation.description());
    written.put("riskReduction", toPercent(mitigation.effectiveness(), 100));
    rest.forEach((key, value) -> {
      if (!key.equals("id") && !key.equals("attributes")) {
        written.put(key, value);
      }
    });
    Map<String, Object> attributes = new LinkedHashMap<>(map(rest.get("attributes")));
    if (mitigation.effectivenessRange() != null) {
      attributes.put(EFFECTIVENESS, mitigation.effectivenessEstimate().toString());
    }
    if (mitigation.cost() != null) {
      attributes.put(COST, mitigation.cost());
    }
    if (!mitigation.estimates().isEmpty()) {
      attributes.put(ESTIMATES, OtmVotes.write(mitigation.estimates()));
    }
    if (!mitigation.references().isEmpty()) {
      attributes.put(REFERENCES, mitigation.references());
    }
    if (!onThreat && mitigation.status() != MitigationStatus.PROPOSED) {
      attributes.put(STATUS, mitigation.status().keyword());
    }
    attributes.putAll(withoutOtm(mitigation.extensions()));
    if (!attributes.isEmpty()) {
      written.put("attributes", attributes);
    }
    return written;
  }

  /** The OTM id of {@code mitigation}: the one it was imported with, else its own. */
  static String otmId(Mitigation mitigation) {
    return (String) map(mitigation.extensions().get(EXTENSION))
        .getOrDefault("id", mitigation.id());
  }
}
