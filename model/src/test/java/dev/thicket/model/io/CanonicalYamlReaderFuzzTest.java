package dev.thicket.model.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target for the fast YAML reader: on any text, it gives up or builds what the full parser
 * builds ({@link YamlAgreement}). Regression inputs under {@code CanonicalYamlReaderFuzzTestInputs/};
 * fuzzing mode in docs/NOTES.md ("Fuzzing").
 */
class CanonicalYamlReaderFuzzTest {

  @FuzzTest
  void givesUpOrAgreesWithTheFullParser(byte[] content) {
    String text;
    try {
      text = Utf8Text.decode(content, new Problems());
    } catch (Problems.TooManyProblems undecodable) {
      return;
    }
    if (text != null) {
      YamlAgreement.assertAgrees(text);
    }
  }
}
