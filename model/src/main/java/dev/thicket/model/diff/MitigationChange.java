package dev.thicket.model.diff;

import java.util.List;

/** A mitigation that was added, removed or changed, with its changed fields. */
public record MitigationChange(String id, ChangeKind kind, List<FieldChange> fields) {
  public MitigationChange {
    fields = List.copyOf(fields);
  }
}
