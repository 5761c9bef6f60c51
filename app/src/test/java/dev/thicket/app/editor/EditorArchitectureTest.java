package dev.thicket.app.editor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** View models use javafx.beans and javafx.collections only, never the scene graph or views. */
@AnalyzeClasses(packages = "dev.thicket.app", importOptions = ImportOption.DoNotIncludeTests.class)
class EditorArchitectureTest {

  @ArchTest
  static final ArchRule viewModelsKnowNoScene = noClasses()
      .that().resideInAnyPackage("dev.thicket.app.editor.viewmodel..",
          "dev.thicket.app.editor.layout..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
          "dev.thicket.app.editor.view..");
}
