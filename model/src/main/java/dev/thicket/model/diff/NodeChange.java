package dev.thicket.model.diff;

import java.util.List;

/**
 * A node that differs between two trees.
 *
 * @param id the id in the new tree (the old one for a removed node)
 * @param oldId the id in the old tree; differs from {@code id} only for a rename
 * @param moved whether its parent set changed (then {@code fields} has a {@code parents} entry)
 * @param fields the changed fields, in a fixed order; for an added or removed node its content
 */
public record NodeChange(String id, String oldId, ChangeKind kind, boolean moved,
    List<FieldChange> fields) {
  public NodeChange {
    fields = List.copyOf(fields);
  }
}
