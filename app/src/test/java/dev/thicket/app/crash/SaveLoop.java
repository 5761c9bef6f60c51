package dev.thicket.app.crash;

import dev.thicket.app.editor.viewmodel.Autosave;
import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import dev.thicket.model.edit.RenameNode;
import java.nio.file.Path;

/**
 * A test program, not a test: saves {@link LongTitles#tree} the way the editor does, over and
 * over until killed: {@code save FILE} as File → Save does ({@link DocumentViewModel#saveAs}),
 * {@code autosave FILE [LEAVES]} as the autosave timer does ({@link Autosave#tick}, after an
 * edit).
 */
public final class SaveLoop {
  private SaveLoop() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    int leaves = args.length > 2 ? Integer.parseInt(args[2]) : LongTitles.LEAVES;
    DocumentViewModel document = new DocumentViewModel(LongTitles.tree(leaves), file);
    Autosave autosave = new Autosave(document, Autosave.DEFAULT_INTERVAL);
    for (int round = 0; ; round++) {
      if (args[0].equals("save")) {
        document.saveAs(file);
      } else {
        document.edit(new RenameNode("n0", "Round " + round));
        autosave.tick();
      }
    }
  }
}
