package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.ConflictsViewModel;
import dev.thicket.model.merge.ConflictResolution.Side;
import dev.thicket.model.merge.MergeConflict;
import dev.thicket.model.merge.RecordedConflict;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The merge conflicts panel above the canvas, shown only while the open tree lists conflicts: a
 * heading ("3 merge conflicts") and one row per conflict with its base / ours / theirs values and
 * a button per side; clicking a row selects its node. Rows are {@code conflict-N}, their buttons
 * {@code conflict-N-ours}, {@code -theirs}, {@code -base}.
 */
public final class ConflictsView extends VBox {
  /** Values longer than this are cut in the row (the tooltip has them whole). */
  private static final int SHOWN_LENGTH = 60;

  private final ConflictsViewModel model;
  private final VBox rows = new VBox();
  private final ScrollPane scroll = new ScrollPane(rows);

  public ConflictsView(ConflictsViewModel model) {
    this.model = model;
    setId("conflicts-panel");
    getStyleClass().add("conflicts-panel");
    Label heading = new Label();
    heading.setId("conflicts-heading");
    heading.getStyleClass().add("conflicts-heading");
    heading.textProperty().bind(model.headingProperty());
    Label hint = new Label("from a merge: choose a side for each (Ctrl+Z undoes a choice); "
        + "the file is clean when none is left");
    hint.getStyleClass().add("conflicts-hint");
    hint.setMinWidth(0);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    Button fold = new Button("Hide list");
    fold.setId("conflicts-fold");
    fold.setOnAction(event -> {
      scroll.setVisible(!scroll.isVisible());
      fold.setText(scroll.isVisible() ? "Hide list" : "Show list");
    });
    HBox top = new HBox(10, heading, hint, gap, fold);
    top.setAlignment(Pos.CENTER_LEFT);
    rows.getStyleClass().add("conflicts-rows");
    scroll.setId("conflicts-scroll");
    scroll.setFitToWidth(true);
    scroll.setStyle("-fx-max-height: 13.5em;");
    scroll.managedProperty().bind(scroll.visibleProperty());
    getChildren().addAll(top, scroll);
    visibleProperty().bind(model.shownProperty());
    managedProperty().bind(visibleProperty());
    model.conflicts().addListener(
        (javafx.collections.ListChangeListener<RecordedConflict>) change -> fill());
    fill();
  }

  private void fill() {
    rows.getChildren().setAll(model.conflicts().stream().map(this::row).toList());
  }

  private HBox row(RecordedConflict recorded) {
    MergeConflict conflict = recorded.conflict();
    String id = "conflict-" + recorded.index();
    Label subject = new Label(recorded.subject());
    subject.getStyleClass().add("conflict-subject");
    Label values = new Label("base " + shown(conflict.base()) + "  ·  ours "
        + shown(conflict.ours()) + "  ·  theirs " + shown(conflict.theirs()));
    values.setTooltip(new Tooltip("base: " + whole(conflict.base()) + "\nours: "
        + whole(conflict.ours()) + "\ntheirs: " + whole(conflict.theirs())));
    VBox text = new VBox(1, subject, values);
    if (conflict.reason() != null) {
      Label reason = new Label(conflict.reason());
      reason.getStyleClass().add("conflict-reason");
      reason.setWrapText(true);
      text.getChildren().add(reason);
    }
    for (Label label : new Label[] {subject, values}) {
      label.setMinWidth(0);
      label.setMaxWidth(Double.MAX_VALUE);
    }
    text.setMinWidth(0);
    text.setPrefWidth(0);
    HBox.setHgrow(text, Priority.ALWAYS);
    HBox row = new HBox(8, text, side(recorded, Side.OURS, conflict.ours()),
        side(recorded, Side.THEIRS, conflict.theirs()), side(recorded, Side.BASE,
            conflict.base()));
    row.setId(id);
    row.getStyleClass().add("conflict-row");
    row.setAlignment(Pos.CENTER_LEFT);
    row.setOnMouseClicked(event -> model.select(recorded));
    return row;
  }

  private Button side(RecordedConflict recorded, Side side, String value) {
    String name = side.keyword();
    Button button = new Button(Character.toUpperCase(name.charAt(0)) + name.substring(1));
    button.setId("conflict-" + recorded.index() + "-" + name);
    button.setMinWidth(Region.USE_PREF_SIZE);
    boolean offered = ConflictsViewModel.offers(recorded, side);
    button.setDisable(!offered);
    button.setTooltip(new Tooltip(offered ? "Take " + name + ": " + whole(value)
        : "This merge recorded no values: only ours can be kept"));
    button.setOnAction(event -> model.resolve(recorded, side));
    return button;
  }

  private static String shown(String value) {
    String text = whole(value);
    return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH - 1) + "…";
  }

  private static String whole(String value) {
    return value == null ? "(none)" : value;
  }
}
