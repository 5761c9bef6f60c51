package dev.thicket.model.tree;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a mitigation is in place ({@link #IMPLEMENTED}), decided ({@link #PLANNED}) or only
 * considered ({@link #PROPOSED}: counted in no mode, a candidate for a plan).
 */
public enum MitigationStatus {
  PLANNED,
  IMPLEMENTED,
  PROPOSED;

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
