package dev.thicket.model.tree;

import java.util.Locale;
import java.util.Optional;

/** Whether a mitigation is in place ({@link #IMPLEMENTED}) or only decided ({@link #PLANNED}). */
public enum MitigationStatus {
  PLANNED,
  IMPLEMENTED;

  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MitigationStatus> fromKeyword(String keyword) {
    for (MitigationStatus status : values()) {
      if (status.keyword().equals(keyword)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
