package dev.thicket.model.analysis;

import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import java.util.Locale;
import java.util.Optional;

/** Which mitigations count. */
public enum Mode {
  /** No mitigation: the risk the tree carries by itself. */
  INHERENT,
  /** Implemented mitigations only: the risk today. */
  RESIDUAL,
  /** Implemented and planned mitigations (not proposed ones): the risk once the plan is done. */
  PLANNED;

  public boolean counts(Mitigation mitigation) {
    return switch (this) {
      case INHERENT -> false;
      case RESIDUAL -> mitigation.status() == MitigationStatus.IMPLEMENTED;
      case PLANNED -> mitigation.status() != MitigationStatus.PROPOSED;
    };
  }

  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Mode> fromKeyword(String keyword) {
    for (Mode mode : values()) {
      if (mode.keyword().equalsIgnoreCase(keyword)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
