package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.exports.report.Report;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.RangedValue;
import dev.thicket.model.edit.ReplaceNode;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Range;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Export writes the report of the scored tree the window shows: its PDF prints, in the mode
 * shown, the P and contribution the node panel and the cards show, and colours by the band the
 * cards are painted in; it carries the front of mitigation plans the Plan tab shows.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
  private static final List<String> NODES =
      List.of("rce", "dependencies", "dep-vulns", "crafted-input", "model-loading");

  @TempDir static Path folder;

  private MainWindow window;
  private ScriptedDialogs dialogs;

  @Start
  void start(Stage stage) throws Exception {
    window = new MainWindow(stage, TreeReader.read(MainWindowTest.KERAS), MainWindowTest.KERAS,
        owner -> dialogs = new ScriptedDialogs(owner),
        new RecentFiles(folder.resolve("recent.txt")));
    stage.show();
  }

  @Test
  void pdfOfThePlannedModePrintsWhatTheWindowShows(FxRobot robot) throws Exception {
    robot.clickOn("#results-mode-planned");
    awaitScores(Mode.PLANNED);
    ScoredTree scored = window.results().scoredProperty().get();
    Path pdf = folder.resolve("keras-planned.pdf");
    dialogs.toSave.add(pdf);

    // sideways into the submenu first: passing over another item of File would close it
    robot.clickOn("File").clickOn("#menu-export").clickOn("#menu-export-pdf",
        Motion.HORIZONTAL_FIRST);
    awaitExported();

    String report = text(pdf);
    for (String id : NODES) {
      NodeScore score = scored.node(id);
      String[] printed = catalogue(report, id);
      robot.interact(() -> window.document().selectedProperty().set(id));
      String panel = robot.lookup("#node-score").queryAs(Label.class).getText();
      assertThat(panel).as(id).startsWith("P " + printed[0] + "   risk removed if blocked "
          + printed[1] + "\n");
      assertThat(CardPainter.figures(score)).as(id)
          .isEqualTo("P " + twoDigits(printed[0]) + "  ▼" + twoDigits(printed[1]));
      assertThat(CardPixels.fill(robot, window, id)).as(id)
          .isEqualTo(Color.web(HeatScale.COLOURS.get(score.band())));
    }
    assertThat(catalogue(report, "dependencies")[0]).as("planned, not residual (0.03)")
        .isEqualTo("0.015");
  }

  @Test
  void exportBuildsTheReportOffTheUiThreadAndWritesTheAttackersOfEveryProfile(FxRobot robot)
      throws Exception {
    awaitScores(Mode.RESIDUAL);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
        window.plans().funding(window.document().tree()).isPresent());
    List<Runnable> handedOver = new java.util.ArrayList<>();
    window.files().exports().workOn(handedOver::add);
    Path markdown = folder.resolve("keras-attackers.md");
    Path second = folder.resolve("while-busy.md");
    dialogs.toSave.add(markdown);
    dialogs.toSave.add(second);

    robot.interact(() -> window.files().export(FileActions.Export.MARKDOWN));

    assertThat(handedOver).as("the report's work, not done on the UI thread").hasSize(1);
    assertThat(window.files().exports().exportingProperty().get()).isTrue();
    assertThat(window.document().messageProperty().get()).startsWith("Exporting ");
    assertThat(Files.exists(markdown)).isFalse();
    robot.interact(() -> window.files().export(FileActions.Export.MARKDOWN));
    assertThat(window.document().messageProperty().get())
        .isEqualTo("Not exported: the last export is still being written");
    assertThat(dialogs.toSave).as("no second file asked for").containsExactly(second);

    Thread worker = new Thread(handedOver.get(0), "test-export-worker");
    worker.start();
    worker.join(60_000);
    awaitExported();

    assertThat(window.document().messageProperty().get())
        .isEqualTo("Exported " + markdown.getFileName());
    String report = Files.readString(markdown);
    assertThat(report).containsPattern("(?m)^#+ Attackers$");
    String attackers = report.substring(report.indexOf("Attackers"));
    for (var profile : window.document().tree().profiles().values()) {
      assertThat(attackers).as(profile.id()).contains(profile.title());
    }
  }

  @Test
  void exportWhileTheModeShownIsStillBeingScoredSaysSoAndWritesNothing(FxRobot robot)
      throws Exception {
    awaitScores(Mode.RESIDUAL);
    Path pdf = folder.resolve("too-early.pdf");
    dialogs.toSave.add(pdf);

    robot.interact(() -> {
      window.results().modeProperty().set(Mode.INHERENT);
      window.files().export(FileActions.Export.PDF);
    });

    assertThat(window.document().messageProperty().get()).startsWith("Not exported yet");
    assertThat(dialogs.toSave).as("no file asked for").containsExactly(pdf);
    assertThat(Files.exists(pdf)).isFalse();
  }

  @Test
  void reportCarriesThePlanTabsFrontOfTheExportedTree(FxRobot robot) throws Exception {
    awaitScores(Mode.RESIDUAL);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
        window.plans().funding(window.document().tree()).isPresent());

    Report[] report = new Report[1];
    robot.interact(() -> report[0] = window.files().exports().reportOfWindow().orElseThrow().get());

    assertThat(report[0].tree()).isSameAs(window.document().tree());
    assertThat(report[0].funding().front().orElseThrow())
        .isSameAs(window.plans().frontProperty().get());
  }

  @Test
  void exportBeforeThePlansOfTheOpenTreeLandSaysSoAndWritesNothing(FxRobot robot)
      throws Exception {
    Path pdf = folder.resolve("no-plans-yet.pdf");
    dialogs.toSave.add(pdf);
    robot.interact(() -> {
      window.plans().close(); // the plans of the next tree never land
      window.document().renameSelected("Renamed goal");
    });
    awaitScores(Mode.RESIDUAL);

    robot.interact(() -> window.files().export(FileActions.Export.PDF));

    assertThat(window.document().messageProperty().get())
        .startsWith("Not exported yet: the mitigation plans are still being computed");
    assertThat(dialogs.toSave).as("no file asked for").containsExactly(pdf);
    assertThat(Files.exists(pdf)).isFalse();
  }

  @Test
  void reportOfATreeWithRangesCarriesTheUncertaintyTabsRunSampledOnDemand(FxRobot robot)
      throws Exception {
    robot.interact(() -> window.document().edit(new ReplaceNode(window.document().tree()
        .node("dep-vulns").withLikelihood(Estimate.of(0.1).withRange(Range.of(0.03, 0.3))),
        "likelihood")));
    awaitScores(Mode.RESIDUAL);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
        window.plans().funding(window.document().tree()).isPresent());

    Report[] early = new Report[1];
    robot.interact(() -> early[0] = window.files().exports().reportOfWindow()
        .map(java.util.function.Supplier::get).orElse(null));
    assertThat(early[0]).as("the tab is hidden: nothing sampled yet").isNull();
    assertThat(window.document().messageProperty().get())
        .startsWith("Not exported yet: the ranges of the estimates are being sampled");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () ->
        window.uncertainty().isCurrent(window.document().tree()));
    WaitForAsyncUtils.waitForFxEvents();
    Report[] report = new Report[1];
    robot.interact(() -> report[0] = window.files().exports().reportOfWindow().orElseThrow().get());

    assertThat(report[0].uncertainty().orElseThrow())
        .isSameAs(window.uncertainty().resultProperty().get());
    assertThat(report[0].uncertainty().get().ranged()).extracting(RangedValue::id)
        .containsExactly("dep-vulns");
  }

  /** The P and the risk removed if blocked that the node catalogue prints for {@code id}. */
  private static String[] catalogue(String report, String id) {
    Matcher entry = Pattern.compile("(?m)^" + Pattern.quote(id)
        + "\\R.*\\RP (\\S+) · if blocked −(\\S+)\\R").matcher(report);
    assertThat(entry.find()).as("catalogue entry of " + id).isTrue();
    return new String[] {entry.group(1), entry.group(2)};
  }

  private static String twoDigits(String printed) {
    return new BigDecimal(printed).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** Waits until the export in the background has written its file. */
  private void awaitExported() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () ->
        !window.files().exports().exportingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void awaitScores(Mode mode) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
        window.results().isCurrent(window.document().tree())
            && window.results().scoredProperty().get().mode() == mode);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
