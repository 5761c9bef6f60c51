package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import dev.thicket.app.editor.viewmodel.Examples;
import dev.thicket.app.editor.viewmodel.LibraryViewModel;
import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.app.editor.viewmodel.ResultsViewModel;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.library.Library;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, Edit, View, with their accelerators. */
final class Menus {
  private final MainWindow window;
  private final DocumentViewModel document;
  private final ResultsViewModel results;
  private final FileActions files;
  private final RecentFiles recent;

  Menus(MainWindow window, DocumentViewModel document, ResultsViewModel results,
      FileActions files, RecentFiles recent) {
    this.window = window;
    this.document = document;
    this.results = results;
    this.files = files;
    this.recent = recent;
  }

  MenuBar bar() {
    MenuBar bar = new MenuBar(file(), edit(), view());
    bar.setId("menu-bar");
    return bar;
  }

  private Menu file() {
    Menu examples = new Menu("Open example");
    for (Path example : Examples.list()) {
      examples.getItems().add(item(example.getFileName().toString(), null,
          event -> files.open(example)));
    }
    examples.setDisable(examples.getItems().isEmpty());
    Menu recentMenu = new Menu("Recent files");
    Runnable fillRecent = () -> {
      recentMenu.getItems().setAll(recent.files().stream()
          .map(path -> item(path.toString(), null, event -> files.open(path))).toList());
      recentMenu.setDisable(recent.files().isEmpty());
    };
    recent.files().addListener((javafx.collections.ListChangeListener<Path>) change ->
        fillRecent.run());
    fillRecent.run();
    Menu export = new Menu("Export", null,
        item("Markdown report…", null, event -> files.export(FileActions.Export.MARKDOWN)),
        item("PDF report…", null, event -> files.export(FileActions.Export.PDF)),
        item("SVG diagram…", null, event -> files.export(FileActions.Export.SVG)));
    export.setId("menu-export");
    export.getItems().get(1).setId("menu-export-pdf");
    return new Menu("File", null,
        item("New", "Shortcut+N", event -> files.newTree()),
        item("Open…", "Shortcut+O", event -> files.openChosen()),
        examples, recentMenu, new SeparatorMenuItem(),
        item("Save", "Shortcut+S", event -> files.save()),
        item("Save As…", "Shortcut+Shift+S", event -> files.saveAs()),
        export, compareWith(),
        new SeparatorMenuItem(),
        item("Quit", "Shortcut+Q", event -> {
          if (files.mayDiscard()) {
            window.scene().getWindow().hide();
          }
        }));
  }

  /** File → Compare with → A file… / A git revision of this file… (a saved file only). */
  private Menu compareWith() {
    MenuItem revision = item("A git revision of this file…", null,
        event -> window.compare().chooseRevision(window.dialogs()));
    revision.disableProperty().bind(document.fileProperty().isNull());
    revision.setId("menu-compare-revision");
    MenuItem file = item("A file…", null, event -> window.compare().chooseFile(files));
    file.setId("menu-compare-file");
    Menu compare = new Menu("Compare with", null, file, revision);
    compare.setId("menu-compare");
    return compare;
  }

  private Menu edit() {
    MenuItem undo = item("Undo", "Shortcut+Z", event -> document.undo());
    undo.textProperty().bind(document.undoTextProperty());
    undo.disableProperty().bind(document.canUndoProperty().not());
    MenuItem redo = item("Redo", "Shortcut+Y", event -> document.redo());
    redo.textProperty().bind(document.redoTextProperty());
    redo.disableProperty().bind(document.canRedoProperty().not());
    MenuItem redoShift = item("Redo (again)", "Shortcut+Shift+Z", event -> document.redo());
    redoShift.setVisible(false);
    MenuItem mitigationKeys = item("Mitigation x- keys…", null, event -> {
      if (!ExtensionKeysDialog.show(window.scene().getWindow(), window.mitigations())) {
        document.showMessage("Select a mitigation in the Mitigations tab to see or edit its "
            + "x- keys");
      }
    });
    mitigationKeys.setId("menu-mitigation-extensions");
    return new Menu("Edit", null, undo, redo, redoShift, new SeparatorMenuItem(),
        item("Add child", "Insert", event -> window.startInlineFromMenu("CHILD")),
        item("Add sibling", null, event -> window.startInlineFromMenu("SIBLING")),
        item("Rename", "F2", event -> window.startInlineFromMenu("RENAME")),
        item("Delete", null, event -> window.deleteSelected()),
        item("Toggle AND/OR", "Shortcut+G", event -> document.toggleSelected()),
        item("Estimation round…", "Shortcut+E", event -> window.startEstimationRound()),
        new SeparatorMenuItem(),
        item("Cut subtree (Ctrl+X)", null, event -> window.clipboard().cutSelected()),
        item("Copy subtree (Ctrl+C)", null, event -> window.clipboard().copySelected()),
        item("Paste as child (Ctrl+V)", null, event -> window.clipboard().paste()),
        item("Link as shared child… (Ctrl+L)", null, event -> window.linkExisting()),
        item("Insert from library…", "Shortcut+I", event -> {
          LibraryDialog.show(window.scene().getWindow(),
              new LibraryViewModel(Library.shipped(), window.clipboard()));
          window.canvas().canvas().requestFocus();
        }),
        new SeparatorMenuItem(),
        item("Find…", "Shortcut+F", event -> window.openFind()),
        item("Find next", "F3", event -> window.find().next()),
        item("Find previous", "Shift+F3", event -> window.find().previous()),
        item("Tree properties…", "Shortcut+Shift+T", event -> window.showTreeProperties()),
        item("x- keys…", "Shortcut+Shift+X", event -> ExtensionKeysDialog.show(
            window.scene().getWindow(), window.nodePanel(), document)),
        mitigationKeys);
  }

  private Menu view() {
    ToggleGroup modes = new ToggleGroup();
    Menu view = new Menu("View");
    for (Mode mode : Mode.values()) {
      RadioMenuItem item = new RadioMenuItem(
          mode.keyword().substring(0, 1).toUpperCase() + mode.keyword().substring(1));
      item.setToggleGroup(modes);
      item.setSelected(mode == results.modeProperty().get());
      item.setOnAction(event -> results.modeProperty().set(mode));
      results.modeProperty().addListener((observable, before, after) ->
          item.setSelected(after == mode));
      view.getItems().add(item);
    }
    view.getItems().add(AttackerMenu.of(results));
    CheckMenuItem overview = new CheckMenuItem("Overview map");
    overview.setId("menu-overview");
    overview.selectedProperty().bindBidirectional(window.canvas().overviewProperty());
    CheckMenuItem dark = new CheckMenuItem("Dark theme");
    dark.setOnAction(event -> window.setDark(dark.isSelected()));
    view.getItems().addAll(new SeparatorMenuItem(),
        item("Zoom in", "Shortcut+Equals", event -> window.canvas().zoomBy(1.2)),
        item("Zoom out", "Shortcut+Minus", event -> window.canvas().zoomBy(1 / 1.2)),
        item("Fit", "Shortcut+0", event -> window.canvas().fit()), overview,
        item("Present", "F11", event -> window.togglePresentation()),
        new SeparatorMenuItem(), dark,
        item("Bigger text", "Shortcut+Shift+Equals", event -> window.scaleText(1.15)),
        item("Smaller text", "Shortcut+Shift+Minus", event -> window.scaleText(1 / 1.15)));
    return view;
  }

  private static MenuItem item(String text, String accelerator,
      EventHandler<ActionEvent> action) {
    MenuItem item = new MenuItem(text);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    item.setOnAction(action);
    return item;
  }
}
