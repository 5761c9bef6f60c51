package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A node's x- keys as YAML lines: shown as the file writes them, read by the file's rules. */
class ExtensionLinesTest {
  @Test
  void textReadsBackToTheSameKeysInTheSameOrder() {
    Map<String, Object> owner = new LinkedHashMap<>();
    owner.put("name", "Ada");
    owner.put("team", List.of("red", 2L));
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("x-tickets", List.of("KERAS-12", "KERAS-14"));
    keys.put("x-owner", owner);
    keys.put("x-reviewed", true);
    keys.put("x-score", 0.5);
    keys.put("x-note", "two\nlines");

    String text = ExtensionLines.text(keys);

    assertThat(text).startsWith("x-tickets: [KERAS-12, KERAS-14]\nx-owner:\n  name: Ada\n");
    assertThat(ExtensionLines.of(text)).containsExactlyEntriesOf(keys);
  }

  @Test
  void blankTextIsNoKeys() {
    assertThat(ExtensionLines.of("  \n")).isEmpty();
    assertThat(ExtensionLines.text(Map.of())).isEmpty();
  }

  @Test
  void aKeyNotStartingWithXDashIsRefusedWithItsLine() {
    assertThatThrownBy(() -> ExtensionLines.of("x-owner: Ada\nowner: Bob"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 2: a key of your own starts with 'x-', not 'owner'");
  }

  @Test
  void textThatIsNoMappingIsRefusedWithTheFilesReason() {
    assertThatThrownBy(() -> ExtensionLines.of("x-a: [1, 2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 1: ");
    assertThatThrownBy(() -> ExtensionLines.of("- x-a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lines of 'x-key: value'");
  }
}
