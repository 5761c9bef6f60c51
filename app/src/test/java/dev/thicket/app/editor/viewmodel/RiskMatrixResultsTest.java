package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.report.RiskMatrix;
import dev.thicket.model.io.TreeReader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RiskMatrixResultsTest {

  @Test
  void everyListedScenarioIsInOneCellOfTheMatrix() throws Exception {
    ResultsViewModel results = new ResultsViewModel(Runnable::run);
    results.analyse(TreeReader.read(DocumentViewModelTest.KERAS));
    for (int i = 0; i < 200 && results.riskMatrixProperty().get() == null; i++) {
      Thread.sleep(50);
    }

    RiskMatrix matrix = results.riskMatrixProperty().get();

    List<Integer> ranks = matrix.cells().stream()
        .flatMap(cell -> cell.ranks().stream()).sorted().toList();
    assertThat(ranks).isEqualTo(IntStream.rangeClosed(1, results.scenarios().size()).boxed()
        .toList());
    results.close();
  }
}
