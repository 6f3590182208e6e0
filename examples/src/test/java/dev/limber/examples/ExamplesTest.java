package dev.limber.examples;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

/** Runs every example as a user would; each asserts what it shows and throws if it does not hold. */
class ExamplesTest {
  private static final String[] NO_ARGS = new String[0];

  @Test
  void composeInCodeHoldsItsChecks() {
    assertDoesNotThrow(() -> ComposeInCode.main(NO_ARGS));
  }

  @Test
  void loadYourOwnExercisesHoldsItsChecks() {
    assertDoesNotThrow(() -> LoadYourOwnExercises.main(NO_ARGS));
  }

  @Test
  void theReadmeSnippetRunsAndHoldsItsChecks() {
    assertDoesNotThrow(() -> EmbedIt.main(NO_ARGS));
  }

  @Test
  void buildASequenceInCodeHoldsItsChecks() {
    assertDoesNotThrow(() -> BuildASequenceInCode.main(NO_ARGS));
  }
}
