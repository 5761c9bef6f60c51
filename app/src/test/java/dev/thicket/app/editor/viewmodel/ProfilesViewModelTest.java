package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.PotentialFactor;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfilesViewModelTest {
  private DocumentViewModel document;
  private ProfilesViewModel profiles;
  private AttackTree keras;

  @BeforeEach
  void openKeras() throws Exception {
    keras = TreeReader.read(DocumentViewModelTest.KERAS);
    document = new DocumentViewModel(keras, DocumentViewModelTest.KERAS);
    profiles = new ProfilesViewModel(document);
  }

  @Test
  void listsTheTreesProfilesAndShowsTheFirst() {
    assertThat(profiles.profiles()).containsExactlyElementsOf(keras.profiles().values());
    AttackerProfile first = keras.profiles().values().iterator().next();
    assertThat(profiles.selectedProperty().get()).isEqualTo(first.id());
    assertThat(profiles.textProperty(ProfileField.TITLE).get()).isEqualTo(first.title());
    assertThat(profiles.levelProperty(PotentialFactor.EXPERTISE).get())
        .isEqualTo(first.limits().get(PotentialFactor.EXPERTISE));
  }

  @Test
  void profileAddedWithoutAnIdGetsOneMadeFromItsTitle() {
    assertThat(profiles.add(" ", "Script kiddie")).isTrue();

    assertThat(document.tree().profiles()).containsKey("script-kiddie");
    assertThat(profiles.selectedProperty().get()).isEqualTo("script-kiddie");
    assertThat(document.undoTextProperty().get()).isEqualTo("Undo Add profile 'Script kiddie'");
  }

  @Test
  void profileWithATakenIdOrNoTitleIsNotAdded() {
    assertThat(profiles.add("organised-crime", "Another gang")).isFalse();
    assertThat(profiles.addErrorProperty().get()).contains("'organised-crime'");
    assertThat(profiles.add("lonely", "")).isFalse();
    assertThat(profiles.addErrorProperty().get()).contains("'lonely'").contains("title");

    assertThat(document.tree()).isSameAs(keras);
  }

  @Test
  void numberThatDoesNotParseStaysInItsFieldWithTheReason() {
    profiles.textProperty(ProfileField.TIME).set("two weeks");

    assertThat(profiles.commit(ProfileField.TIME)).isFalse();

    assertThat(profiles.errorProperty(ProfileField.TIME).get()).contains("'two weeks'");
    assertThat(profiles.textProperty(ProfileField.TIME).get()).isEqualTo("two weeks");
    assertThat(document.tree()).isSameAs(keras);
  }

  @Test
  void removingTheLastProfileSelectsTheOneBeforeIt() {
    List<String> ids = List.copyOf(keras.profiles().keySet());
    profiles.selectedProperty().set(ids.get(2));

    assertThat(profiles.removeSelected()).isTrue();

    assertThat(document.tree().profiles().keySet()).containsExactly(ids.get(0), ids.get(1));
    assertThat(profiles.selectedProperty().get()).isEqualTo(ids.get(1));
  }
}
