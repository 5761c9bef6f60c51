package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.edit.ReplaceTree;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Ids;
import dev.thicket.model.tree.InvalidTreeException;
import dev.thicket.model.tree.Numbers;
import dev.thicket.model.tree.PotentialFactor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Profiles tab: the tree's attacker profiles, adding and removing one, and the selected one's
 * id, title, description, budget, time and four factor limits, each committed on its own as one
 * undoable edit (the tree with the changed profiles, {@link ReplaceTree}). Values are checked by
 * the tree's own rules, so a refused value (a budget of -5, a taken id) gets the file format's
 * message, stays in its field and never reaches the tree. An empty budget or time, and the level
 * "" of a factor, mean "no limit".
 */
public final class ProfilesViewModel {
  private final DocumentViewModel document;
  private final ObservableList<AttackerProfile> profiles = FXCollections.observableArrayList();
  private final StringProperty selected = new SimpleStringProperty();
  private final Map<ProfileField, StringProperty> text = new EnumMap<>(ProfileField.class);
  private final Map<ProfileField, ReadOnlyStringWrapper> errors =
      new EnumMap<>(ProfileField.class);
  private final Map<PotentialFactor, StringProperty> levels = new EnumMap<>(PotentialFactor.class);
  private final ReadOnlyStringWrapper levelsError = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper addError = new ReadOnlyStringWrapper("");
  private boolean loading;

  public ProfilesViewModel(DocumentViewModel document) {
    this.document = document;
    for (ProfileField field : ProfileField.values()) {
      text.put(field, new SimpleStringProperty(""));
      errors.put(field, new ReadOnlyStringWrapper(""));
    }
    for (PotentialFactor factor : PotentialFactor.PROFILE_LIMITS) {
      StringProperty level = new SimpleStringProperty("");
      level.addListener((observable, before, after) -> commitLevels());
      levels.put(factor, level);
    }
    document.treeProperty().addListener((observable, before, after) -> refresh(before, after));
    selected.addListener((observable, before, after) -> load());
    refresh(null, document.tree());
  }

  /** The tree's profiles, in file order. */
  public ObservableList<AttackerProfile> profiles() {
    return FXCollections.unmodifiableObservableList(profiles);
  }

  /** The id of the profile the fields show; null for none. */
  public StringProperty selectedProperty() {
    return selected;
  }

  public StringProperty textProperty(ProfileField field) {
    return text.get(field);
  }

  /** Why {@code field}'s value was refused; empty when it is fine. */
  public ReadOnlyStringProperty errorProperty(ProfileField field) {
    return errors.get(field).getReadOnlyProperty();
  }

  /** The selected profile's limit of {@code factor} (a level of it), "" for no limit. */
  public StringProperty levelProperty(PotentialFactor factor) {
    return levels.get(factor);
  }

  /** Why the last level chosen was refused; empty when fine. */
  public ReadOnlyStringProperty levelsErrorProperty() {
    return levelsError.getReadOnlyProperty();
  }

  /** Why the last profile could not be added; empty after a good one. */
  public ReadOnlyStringProperty addErrorProperty() {
    return addError.getReadOnlyProperty();
  }

  /**
   * Adds a profile titled {@code title} with id {@code id} (made from the title when blank) and
   * no limits, and selects it; false, with the reason, when the tree refuses it.
   */
  public boolean add(String id, String title) {
    String wanted = id == null ? "" : id.strip();
    String name = title == null ? "" : title.strip();
    AttackTree tree = document.tree();
    if (wanted.isEmpty()) {
      wanted = Ids.unique(Ids.slug(name.isEmpty() ? "profile" : name, 32),
          tree.profiles()::containsKey);
    }
    List<AttackerProfile> next = new ArrayList<>(tree.profiles().values());
    next.add(new AttackerProfile(wanted, name, null, null, null, Map.of()));
    String refused = replace(next, "Add profile '" + name + "'");
    addError.set(refused);
    if (refused.isEmpty()) {
      selected.set(wanted);
    }
    return refused.isEmpty();
  }

  /** Removes the selected profile and selects its neighbour. */
  public boolean removeSelected() {
    AttackerProfile old = selectedProfile();
    if (old == null) {
      return false;
    }
    List<AttackerProfile> next = new ArrayList<>(document.tree().profiles().values());
    int place = next.indexOf(old);
    next.remove(place);
    if (!replace(next, "Remove profile '" + old.title() + "'").isEmpty()) {
      return false;
    }
    selected.set(next.isEmpty() ? null : next.get(Math.min(place, next.size() - 1)).id());
    return true;
  }

  /**
   * Commits {@code field}'s text to the selected profile as one edit; does nothing when it is
   * unchanged. False, with the error on the field, when the value is refused.
   */
  public boolean commit(ProfileField field) {
    AttackerProfile old = selectedProfile();
    if (loading || old == null) {
      return false;
    }
    AttackerProfile changed;
    try {
      changed = changed(old, field, value(field));
    } catch (IllegalArgumentException unparsable) {
      errors.get(field).set(unparsable.getMessage());
      return false;
    }
    String refused = changed.equals(old) ? ""
        : replace(old, changed, "Change profile " + field.label());
    errors.get(field).set(refused);
    return refused.isEmpty();
  }

  /** The fields of the selected profile, replacing whatever they hold. */
  public void load() {
    AttackerProfile profile = selectedProfile();
    loading = true;
    try {
      errors.values().forEach(error -> error.set(""));
      levelsError.set("");
      text.get(ProfileField.ID).set(profile == null ? "" : profile.id());
      text.get(ProfileField.TITLE).set(profile == null ? "" : profile.title());
      text.get(ProfileField.DESCRIPTION).set(profile == null ? ""
          : Objects.requireNonNullElse(profile.description(), ""));
      text.get(ProfileField.BUDGET).set(profile == null ? "" : number(profile.budget()));
      text.get(ProfileField.TIME).set(profile == null ? "" : number(profile.time()));
      levels.forEach((factor, level) -> level.set(profile == null ? ""
          : profile.limits().getOrDefault(factor, "")));
    } finally {
      loading = false;
    }
  }

  private void refresh(AttackTree before, AttackTree after) {
    List<AttackerProfile> now = List.copyOf(after.profiles().values());
    if (!profiles.equals(now)) {
      profiles.setAll(now);
    }
    String followed = ProfileRenames.follow(before, after, selected.get());
    if (followed == null && !now.isEmpty()) {
      followed = now.get(0).id();
    }
    selected.set(followed);
    load();
  }

  private void commitLevels() {
    AttackerProfile old = selectedProfile();
    if (loading || old == null) {
      return;
    }
    Map<PotentialFactor, String> limits = new EnumMap<>(PotentialFactor.class);
    levels.forEach((factor, level) -> {
      if (level.get() != null && !level.get().isEmpty()) {
        limits.put(factor, level.get());
      }
    });
    AttackerProfile changed = new AttackerProfile(old.id(), old.title(), old.description(),
        old.budget(), old.time(), limits);
    String changedFactor = PotentialFactor.PROFILE_LIMITS.stream()
        .filter(factor -> !Objects.equals(limits.get(factor), old.limits().get(factor)))
        .map(PotentialFactor::keyword).findFirst().orElse(null);
    if (changedFactor != null) {
      levelsError.set(replace(old, changed, "Change profile " + changedFactor));
    }
  }

  private AttackerProfile changed(AttackerProfile old, ProfileField field, String value) {
    return switch (field) {
      case ID -> new AttackerProfile(value, old.title(), old.description(), old.budget(),
          old.time(), old.limits());
      case TITLE -> new AttackerProfile(old.id(), value, old.description(), old.budget(),
          old.time(), old.limits());
      case DESCRIPTION -> new AttackerProfile(old.id(), old.title(),
          value.isEmpty() ? null : value, old.budget(), old.time(), old.limits());
      case BUDGET -> new AttackerProfile(old.id(), old.title(), old.description(),
          optionalNumber(value, "budget", "a number ≥ 0 in the steps' cost unit (empty for no "
              + "limit)"), old.time(), old.limits());
      case TIME -> new AttackerProfile(old.id(), old.title(), old.description(), old.budget(),
          optionalNumber(value, "time", "hours, a number ≥ 0 (empty for no limit)"),
          old.limits());
    };
  }

  /** Replaces profile {@code old} by {@code changed} in its place; the refusal, or "". */
  private String replace(AttackerProfile old, AttackerProfile changed, String what) {
    List<AttackerProfile> next = new ArrayList<>(document.tree().profiles().values());
    next.set(next.indexOf(old), changed);
    return replace(next, what);
  }

  /** The tree with {@code next} as its profiles, as one edit; the refusal, or "". */
  private String replace(List<AttackerProfile> next, String what) {
    AttackTree changed;
    try {
      changed = document.tree().withProfiles(next);
    } catch (InvalidTreeException invalid) {
      return invalid.problems().stream().map(Object::toString).distinct()
          .collect(Collectors.joining("; "));
    }
    return document.edit(new ReplaceTree(changed, what)) ? ""
        : document.messageProperty().get();
  }

  private AttackerProfile selectedProfile() {
    return selected.get() == null ? null : document.tree().profiles().get(selected.get());
  }

  private String value(ProfileField field) {
    String value = text.get(field).get();
    return value == null ? "" : value.strip();
  }

  private static Double optionalNumber(String value, String what, String range) {
    return value.isEmpty() ? null : FieldNumbers.parse(value, what, range);
  }

  private static String number(Double value) {
    return value == null ? "" : Numbers.format(value);
  }
}
