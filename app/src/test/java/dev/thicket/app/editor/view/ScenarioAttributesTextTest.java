package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.Rating;
import dev.thicket.model.analysis.ScenarioAttributes;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a scenario row says the scenario takes from the attacker. */
class ScenarioAttributesTextTest {
  @Test
  void showsCostHoursAndRating() {
    ScenarioAttributes attributes = new ScenarioAttributes(2500.0, 40.5, Map.of(), 12,
        Rating.HIGH, 5);

    assertThat(ResultsView.attributes(attributes)).isEqualTo(" · cost 2500 · 40.5 h · high");
  }

  @Test
  void leavesOutWhatTheTreeDoesNotHave() {
    assertThat(ResultsView.attributes(ScenarioAttributes.NONE)).isEmpty();
    assertThat(ResultsView.attributes(new ScenarioAttributes(null, 3.0, Map.of(), null, null,
        null))).isEqualTo(" · 3 h");
  }
}
