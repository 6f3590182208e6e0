package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void dosageNamesTheFieldAndShowsTheBadValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dosage.seconds(30, 20, 60));
    assertEquals("dosage: default (20) must not be below min (30) (at $.default)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Dosage.of(DosageUnit.SECONDS, 10, 20, 30, 2));
    assertEquals("dosage: secondsPerUnit must be 1 when the unit is seconds, but is 2 (at $.secondsPerUnit)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Dosage.seconds(-1, 20, 30));
    assertEquals("dosage: must be at least 1, but is -1 (at $.min)", e.getMessage());
  }

  @Test
  void aValueReportsEveryRuleItBreaksEachAtItsField() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> SeedCatalog.exercise("x", Position.SEATED, Laterality.BILATERAL, Dosage.seconds(10, 20, 30), "back")
            .steps(java.util.List.of("One.", " "))
            .addSecondaryTargets("back")
            .addEasierVariations("x")
            .build());
    assertEquals(
        java.util.List.of("$.secondaryTargets[0]", "$.steps", "$.steps[1]", "$.easierVariations[0]"),
        e.problems().stream().map(Problem::path).collect(java.util.stream.Collectors.toList()));
    assertEquals("must have at least 3 items, but has 2", e.problems().get(1).message());
  }

  @Test
  void aSequenceHasAtLeastThreeStepsEachExerciseOnce() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Sequence.builder().id("s").name("S").description("D.")
            .addSteps(SequenceStep.of("a", Phase.WARM_UP), SequenceStep.of("a", Phase.MAIN)).build());
    assertEquals("sequence s: must have at least 3 items, but has 2 (at $.steps); \"a\" is step 0 already;"
        + " a sequence names each exercise once (at $.steps[1].exercise)", e.getMessage().replace("; sequence s:", ";"));
  }

  @Test
  void dosageTurnsCountsIntoSeconds() {
    Dosage breaths = Dosage.of(DosageUnit.BREATHS, 5, 8, 10, 6);
    assertEquals(48, breaths.defaultSeconds());
    assertEquals(30, breaths.secondsFor(5));
  }

  @Test
  void exerciseIdsMustBeSlugs() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SeedCatalog.exercise("Cat Cow", Position.SEATED, Laterality.BILATERAL, Dosage.seconds(10, 20, 30), "back").build());
    assertTrue(e.getMessage().startsWith("exercise Cat Cow: \"Cat Cow\" is not a valid id"), e.getMessage());
  }

  @Test
  void exerciseMissingAFactNamesIt() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Exercise.builder().id("x").name("X").build());
    assertTrue(e.getMessage().contains("kind"), e.getMessage());
  }

  @Test
  void aModificationMayOnlyRemoveWhatTheExerciseLoads() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SeedCatalog.exercise("x", Position.SEATED, Laterality.BILATERAL, Dosage.seconds(10, 20, 30), "back")
            .addModifications(ExerciseModification.builder().addRemoves(MovementPattern.KNEELING).description("Pad it.").build())
            .build());
    assertTrue(e.getMessage().contains("\"kneeling\" is not among the exercise's movementPatterns"), e.getMessage());
    assertEquals("$.modifications[0].removes[0]", ((InvalidValueException) e).problems().get(0).path());
  }

  @Test
  void enumIdsRoundTrip() {
    for (MovementPattern p : MovementPattern.values()) {
      assertEquals(p, MovementPattern.fromId(p.id()));
    }
    assertEquals(Position.HANDS_AND_KNEES, Position.fromId("hands-and-knees"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Position.fromId("HANDS_AND_KNEES"));
    assertTrue(e.getMessage().startsWith("unknown Position \"HANDS_AND_KNEES\"; expected one of standing, seated"), e.getMessage());
  }

  @Test
  void valuesAreEqualByContentAndListsAreImmutable() {
    Exercise a = SeedCatalog.catalog().exerciseOrThrow("cat-cow");
    Exercise b = a.toBuilder().build();
    new EqualsTester().addEqualityGroup(a, b).addEqualityGroup(a.toBuilder().name("Other").build()).testEquals();
    assertThrows(UnsupportedOperationException.class, () -> a.steps().add("more"));
  }

  @Test
  void toBuilderCopiesEveryFactSoOneCanBeChanged() {
    ComposeRequest request =
        ComposeRequest.builder().budgetSeconds(600).putFocus("hips", 2.0).noFloor(true).seed(7).build();
    assertEquals(request, request.toBuilder().build());
    assertEquals(900, request.toBuilder().budgetSeconds(900).build().budgetSeconds());
    assertEquals(request.focus(), request.toBuilder().budgetSeconds(900).build().focus());
    ComposeResult infeasible = ComposeResult.infeasible("nothing fits");
    assertEquals(infeasible, infeasible.toBuilder().build());
    Dosage dosage = Dosage.seconds(10, 30, 60);
    assertEquals(45, dosage.toBuilder().defaultCount(45).build().defaultCount());
  }

  @Test
  void everyKindOfValueIsEqualByContent() {
    Catalog catalog = SeedCatalog.catalog();
    new EqualsTester()
        .addEqualityGroup(
            Dosage.of(DosageUnit.SECONDS, 20, 30, 60, 1), Dosage.of(DosageUnit.SECONDS, 20, 30, 60, 1))
        .addEqualityGroup(Dosage.of(DosageUnit.SECONDS, 20, 30, 45, 1))
        .addEqualityGroup(SequenceStep.of("cat-cow", Phase.WARM_UP), SequenceStep.of("cat-cow", Phase.WARM_UP))
        .addEqualityGroup(SequenceStep.of("cat-cow", Phase.MAIN))
        .addEqualityGroup(ComposeRequest.ofMinutes(5), ComposeRequest.builder().budgetSeconds(300).build())
        .addEqualityGroup(ComposeRequest.builderFrom(ComposeRequest.ofMinutes(5)).seed(1).build())
        .addEqualityGroup(ScreeningAnswers.of("fever"), ScreeningAnswers.of("fever"))
        .addEqualityGroup(ScreeningAnswers.none())
        .addEqualityGroup(
            Problem.builder().resource("a.json").line(1).column(2).message("m").build(),
            Problem.builder().resource("a.json").line(1).column(2).message("m").build())
        .addEqualityGroup(Problem.builder().resource("a.json").line(1).column(3).message("m").build())
        .addEqualityGroup(catalog.exerciseOrThrow("cat-cow"))
        .addEqualityGroup(catalog.sequence("quick-morning").orElseThrow())
        .addEqualityGroup(ComposerSettings.defaults(), ComposerSettings.builder().build())
        .testEquals();
  }

  @Test
  void publicFactoriesRejectNulls() {
    Catalog catalog = SeedCatalog.catalog();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Catalog.class, catalog)
        .setDefault(ComposerSettings.class, ComposerSettings.defaults())
        .setDefault(ComposeRequest.class, ComposeRequest.ofMinutes(5))
        .setDefault(ScreeningAnswers.class, ScreeningAnswers.none())
        .setDefault(Sequence.class, catalog.sequence("quick-morning").orElseThrow())
        .setDefault(String.class, "quick-morning");
    tester.testAllPublicStaticMethods(Screener.class);
    tester.testAllPublicStaticMethods(RoutineComposer.class);
    tester.testAllPublicStaticMethods(SafetyAssessment.class);
    tester.testAllPublicInstanceMethods(RoutineComposer.of(catalog));
  }

  @Test
  void ofMinutesRejectsWhatWouldOverflowNamingTheArgument() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ComposeRequest.ofMinutes(71582790));
    assertEquals("minutes (71582790) must be between 1 and 120", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ComposeRequest.ofMinutes(121));
    assertThrows(IllegalArgumentException.class, () -> ComposeRequest.ofMinutes(0));
    assertThrows(IllegalArgumentException.class, () -> ComposeRequest.ofMinutes(Integer.MIN_VALUE));
    assertEquals(7200, ComposeRequest.ofMinutes(120).budgetSeconds());
    assertEquals(60, ComposeRequest.ofMinutes(1).budgetSeconds());
  }

  @Test
  void enumIdsAreReadTheSameInEveryLocale() {
    // The dotless i upper-cases to I, so a locale-sensitive read took it for "intermediate".
    assertThrows(IllegalArgumentException.class, () -> Difficulty.fromId("\u0131ntermediate"));
    assertThrows(IllegalArgumentException.class, () -> Difficulty.fromId("\u0130NTERMEDIATE"));
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
      assertEquals(Difficulty.INTERMEDIATE, Difficulty.fromId("intermediate"));
      assertEquals(Position.HANDS_AND_KNEES, Position.fromId("hands-and-knees"));
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void requestRejectsABudgetOutOfRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComposeRequest.builder().budgetSeconds(30).build());
    assertEquals("budgetSeconds (30) must be between 60 and 7200", e.getMessage());
  }
}
