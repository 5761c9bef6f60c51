package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {
  @TempDir Path folder;

  private Path file;
  private String original;
  private DocumentViewModel document;
  private Autosave autosave;

  @BeforeEach
  void openACopyOfKeras() throws Exception {
    file = folder.resolve("keras.yaml");
    Files.copy(DocumentViewModelTest.KERAS, file);
    original = Files.readString(file);
    document = new DocumentViewModel(TreeReader.read(file), file);
    autosave = new Autosave(document, Duration.ofMillis(50));
  }

  @Test
  void copyIsWrittenBesideTheFileWhileDirtyAndNeverOverIt() throws Exception {
    document.addChild("Poison the cache");

    assertThat(autosave.tick()).isTrue();

    Path copy = folder.resolve(".keras.yaml.thicket-autosave");
    assertThat(Files.readString(copy)).isEqualTo(TreeWriter.toYaml(document.tree()));
    assertThat(Files.readString(file)).isEqualTo(original);
  }

  @Test
  void cleanTreeWritesNoCopy() {
    assertThat(autosave.tick()).isFalse();

    assertThat(Autosave.copyOf(file)).doesNotExist();
  }

  @Test
  void unchangedTreeIsNotWrittenTwice() {
    document.addChild("Poison the cache");
    autosave.tick();

    assertThat(autosave.tick()).isFalse();
  }

  @Test
  void saveRemovesTheCopy() throws Exception {
    document.addChild("Poison the cache");
    autosave.tick();

    document.saveAs(file);

    assertThat(Autosave.copyOf(file)).doesNotExist();
  }

  @Test
  void undoingBackToTheFileRemovesTheCopy() {
    document.addChild("Poison the cache");
    autosave.tick();

    document.undo();

    assertThat(Autosave.copyOf(file)).doesNotExist();
  }

  @Test
  void discardRemovesTheCopy() {
    document.addChild("Poison the cache");
    autosave.tick();

    autosave.discard();

    assertThat(Autosave.copyOf(file)).doesNotExist();
  }

  @Test
  void onlyACopyNewerThanTheFileIsOffered() throws Exception {
    Path copy = Autosave.copyOf(file);
    Files.writeString(copy, original);
    Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minusSeconds(3600)));
    assertThat(Autosave.newerCopy(file)).isEmpty();

    Files.setLastModifiedTime(copy, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(Autosave.newerCopy(file)).contains(copy);
  }

  @Test
  void recoveredTreeIsOneUndoableEditAndLeavesTheDocumentDirty() throws Exception {
    String before = TreeWriter.toYaml(document.tree());
    document.addChild("Poison the cache");
    var edited = document.tree();
    document.open(file);

    document.recover(edited);

    assertThat(document.tree()).isSameAs(edited);
    assertThat(document.dirtyProperty().get()).isTrue();
    document.undo();
    assertThat(TreeWriter.toYaml(document.tree())).isEqualTo(before);
  }
}
