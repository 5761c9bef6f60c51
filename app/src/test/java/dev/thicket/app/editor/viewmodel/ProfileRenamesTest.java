package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileRenamesTest {
  private static final Path KERAS = DocumentViewModelTest.KERAS;

  @Test
  void profileWhoseIdChangedInItsPlaceIsFollowedBothWays() throws Exception {
    AttackTree before = TreeReader.read(KERAS);
    AttackTree after = before.withProfiles(replaced(before, 1, "gang"));

    assertThat(ProfileRenames.follow(before, after, "organised-crime")).isEqualTo("gang");
    assertThat(ProfileRenames.follow(after, before, "gang")).isEqualTo("organised-crime");
    assertThat(ProfileRenames.follow(before, after, "repository-insider"))
        .isEqualTo("repository-insider");
  }

  @Test
  void removedProfileIsNotFollowed() throws Exception {
    AttackTree before = TreeReader.read(KERAS);
    List<AttackerProfile> fewer = new ArrayList<>(before.profiles().values());
    fewer.remove(1);

    assertThat(ProfileRenames.follow(before, before.withProfiles(fewer), "organised-crime"))
        .isNull();
  }

  @Test
  void removedProfileReplacedByAnotherOneAlreadyThereIsNotARename() throws Exception {
    AttackTree before = TreeReader.read(KERAS);
    List<AttackerProfile> profiles = new ArrayList<>(before.profiles().values());
    AttackerProfile last = profiles.remove(2);
    profiles.add(1, last);
    profiles.remove(2); // organised-crime gone, the insider now in its place
    profiles.add(new AttackerProfile("newcomer", "Newcomer", null, null, null, Map.of()));

    assertThat(ProfileRenames.follow(before, before.withProfiles(profiles), "organised-crime"))
        .isNull();
  }

  private static List<AttackerProfile> replaced(AttackTree tree, int place, String id) {
    List<AttackerProfile> profiles = new ArrayList<>(tree.profiles().values());
    AttackerProfile old = profiles.get(place);
    profiles.set(place, new AttackerProfile(id, old.title(), old.description(), old.budget(),
        old.time(), old.limits()));
    return profiles;
  }
}
