package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The safety model's newer parts on the seed catalog: implied patterns and waivers, the lint,
 * lookups by name and alias, and the three tiers of red flags.
 */
class SafetyDataModelTest {
  private final Catalog catalog = SeedCatalog.catalog();

  private Exercise.Builder copy(String id) {
    return catalog.exerciseOrThrow(id).toBuilder();
  }

  @Test
  void aPositionImpliesItsPatternsUntilTheyAreListedOrWaived() {
    Exercise untagged = copy("knee-to-chest").movementPatterns(List.of(MovementPattern.DEEP_HIP_FLEXION)).build();
    assertEquals(Set.of(MovementPattern.LYING_SUPINE), untagged.unlistedPatterns());

    Exercise plank =
        copy("knee-to-chest")
            .position(Position.PLANK)
            .kind(ExerciseKind.STRENGTH_STABILITY)
            .movementPatterns(List.of(MovementPattern.ISOMETRIC_BRACING, MovementPattern.ABDOMINAL_COMPRESSION, MovementPattern.WEIGHT_ON_FOREARMS))
            .putPatternWaiver(MovementPattern.WEIGHT_ON_WRISTS, "On the forearms.")
            .build();
    assertEquals(Set.of(), plank.unlistedPatterns());
  }

  @Test
  void aLoadedPatternImpliesItsPlainFormAndCannotBeWaived() {
    Exercise loadedOnly =
        copy("knee-to-chest")
            .movementPatterns(List.of(MovementPattern.LYING_SUPINE, MovementPattern.LOADED_SPINAL_FLEXION, MovementPattern.FLEXION_WITH_ROTATION))
            .build();
    assertEquals(Set.of(MovementPattern.SPINAL_FLEXION, MovementPattern.SPINAL_ROTATION), loadedOnly.unlistedPatterns());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> copy("knee-to-chest").movementPatterns(List.of(MovementPattern.LYING_SUPINE))
                .putPatternWaiver(MovementPattern.SPINAL_FLEXION, "No.").build());
    assertTrue(e.getMessage().contains("waives spinal-flexion, which neither its position nor its kind implies"), e.getMessage());
  }

  @Test
  void aStrengthHoldImpliesBracingButABalanceStandMayWaiveIt() {
    Exercise hold = copy("knee-to-chest").kind(ExerciseKind.STRENGTH_STABILITY).build();
    assertEquals(Set.of(MovementPattern.ISOMETRIC_BRACING), hold.unlistedPatterns());
    Exercise waived = copy("knee-to-chest").kind(ExerciseKind.STRENGTH_STABILITY)
        .putPatternWaiver(MovementPattern.ISOMETRIC_BRACING, "A relaxed hold.").build();
    assertEquals(Set.of(), waived.unlistedPatterns());
  }

  @Test
  void lintFindsARuleThatReachesNoExerciseAndAnUntaggedExercise() {
    Catalog gapped =
        Catalog.builder()
            .addAll(catalog)
            .addConditions(
                Condition.builder().id("sprained-ankle").name("Sprained ankle").description("A fresh sprain.")
                    .addRules(ConditionRule.onPattern(MovementPattern.IMPACT, Severity.AVOID, "Landings jolt it."))
                    .build())
            .build();
    List<String> findings = gapped.lint().stream().map(Problem::toString).collect(Collectors.toList());
    assertTrue(
        findings.stream().anyMatch(f -> f.startsWith("condition sprained-ankle: the avoid rule on \"impact\" reaches no exercise")
            && f.contains("$.rules[0].pattern")),
        findings::toString);
    assertTrue(findings.stream().anyMatch(f -> f.contains("\"lying-side\"") && f.contains("no condition rule names")), findings::toString);
  }

  @Test
  void looksUpElementsByIdNameOrAliasIgnoringCaseAndPunctuation() {
    assertEquals("cat-cow", catalog.exerciseOrThrow("Cat Cow").id());
    assertEquals("osteoporosis", catalog.conditionOrThrow("OSTEOPOROSIS").id());
    assertEquals("lower-back", catalog.areaOrThrow("Lower Back").id());
    assertEquals(Optional.empty(), catalog.exercise("nothing-like-it"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.conditionOrThrow("osteoporsis"));
    assertTrue(e.getMessage().startsWith("unknown condition \"osteoporsis\"; did you mean osteoporosis"), e.getMessage());
  }

  @Test
  void anAliasTwoElementsShareFindsNeitherButTheirIdsStillDo() {
    Catalog shared =
        Catalog.builder()
            .addAll(catalog)
            .addConditions(
                Condition.builder().id("sore-back").name("Sore back").description("A sore back.").addAliases("bad back").build(),
                Condition.builder().id("stiff-back").name("Stiff back").description("A stiff back.").addAliases("bad back").build())
            .build();
    assertEquals(Optional.empty(), shared.condition("bad back"));
    assertEquals("sore-back", shared.conditionOrThrow("sore-back").id());
  }

  @Test
  void aRequestMayNameAreasConditionsAndExercisesByNameOrAlias() {
    RoutineComposer composer = RoutineComposer.of(catalog);
    ComposeRequest byName =
        ComposeRequest.builder().budgetSeconds(300).putFocus("Lower Back", 1.0).addConditions("Wrist pain")
            .addExcluded("Cat Cow").seed(3).build();
    ComposeRequest byId =
        ComposeRequest.builder().budgetSeconds(300).putFocus("lower-back", 1.0).addConditions("wrist-pain")
            .addExcluded("cat-cow").seed(3).build();
    assertEquals(composer.compose(byId).routineOrThrow().items(), composer.compose(byName).routineOrThrow().items());
  }

  private Catalog withTiers() {
    return Catalog.builder()
        .addAll(catalog)
        .addConditions(Condition.builder().id("pregnancy").name("Pregnancy").description("Expecting a baby.").build())
        .addRedFlags(
            RedFlag.builder().id("inflammatory-back-pain").name("Inflammatory back pain").question("Morning stiffness?")
                .description("See your doctor in the coming weeks.").urgency(Urgency.NON_URGENT).build(),
            RedFlag.builder().id("pregnancy-warning-signs").name("Warning signs").question("Bleeding?")
                .description("Contact your midwife now.").urgency(Urgency.EMERGENCY).addAskedWith("pregnancy").build())
        .build();
  }

  @Test
  void aNonUrgentFlagGoesWithTheRoutineAsAdvice() {
    ComposeResult result =
        RoutineComposer.of(withTiers())
            .compose(ComposeRequest.builder().budgetSeconds(300).screening(ScreeningAnswers.of("inflammatory-back-pain")).build());
    assertEquals(ComposeResult.Outcome.ROUTINE, result.outcome());
    assertEquals(Urgency.NON_URGENT, result.advice().orElseThrow().urgency());
    assertEquals(List.of("inflammatory-back-pain"), result.advice().orElseThrow().redFlagIds());
  }

  @Test
  void anUrgentFlagStillStopsTheRoutineAndListsTheNonUrgentOneLast() {
    ComposeResult result =
        RoutineComposer.of(withTiers())
            .compose(ComposeRequest.builder().budgetSeconds(300).screening(ScreeningAnswers.of("inflammatory-back-pain", "fever")).build());
    assertEquals(ComposeResult.Outcome.REFERRAL, result.outcome());
    assertEquals(List.of("fever", "inflammatory-back-pain"), result.referral().orElseThrow().redFlagIds());
    assertEquals(Optional.empty(), result.advice());
  }

  @Test
  void questionsAskedWithAConditionAreAskedOnlyOfItsPeople() {
    Screener screener = Screener.of(withTiers());
    List<String> everyone = screener.questions(Set.of()).stream().map(RedFlag::id).collect(Collectors.toList());
    List<String> pregnant = screener.questions(Set.of("Pregnancy")).stream().map(RedFlag::id).collect(Collectors.toList());
    assertTrue(!everyone.contains("pregnancy-warning-signs") && pregnant.contains("pregnancy-warning-signs"), pregnant::toString);
    assertEquals("pregnancy-warning-signs", pregnant.get(0), "most urgent first");
  }

  @Test
  void aRedFlagAskedWithAnUnknownConditionIsACatalogProblem() {
    CatalogException e =
        assertThrows(
            CatalogException.class,
            () -> Catalog.builder().addAll(catalog)
                .addRedFlags(RedFlag.builder().id("odd").name("Odd").question("Odd?").description("Odd.")
                    .urgency(Urgency.URGENT).addAskedWith("pregnancy").build())
                .build());
    assertTrue(e.getMessage().contains("unknown condition \"pregnancy\""), e.getMessage());
  }

  @Test
  void theAgeWindowIncludesItsEdges() {
    Screener screener = Screener.of(catalog);
    for (int inside : new int[] {Screener.DEFAULT_MIN_AGE, Screener.DEFAULT_MAX_AGE}) {
      assertEquals(Optional.empty(), screener.screen(ScreeningAnswers.builder().age(inside).firstEpisode(true).build()), "age " + inside);
    }
    for (int outside : new int[] {Screener.DEFAULT_MIN_AGE - 1, Screener.DEFAULT_MAX_AGE + 1}) {
      assertTrue(screener.screen(ScreeningAnswers.builder().age(outside).firstEpisode(true).build()).isPresent(), "age " + outside);
    }
  }

  @Test
  void aCustomAgeWindowRefersExactlyOutsideItsEdges() {
    Screener screener = Screener.of(catalog, 30, 40);
    for (int age = 25; age <= 45; age++) {
      boolean referred =
          screener.screen(ScreeningAnswers.builder().age(age).firstEpisode(true).build()).isPresent();
      assertEquals(age < 30 || age > 40, referred, "age " + age);
    }
    Screener oneAge = Screener.of(catalog, 33, 33);
    assertEquals(Optional.empty(), oneAge.screen(ScreeningAnswers.builder().age(33).firstEpisode(true).build()));
    assertTrue(oneAge.screen(ScreeningAnswers.builder().age(34).firstEpisode(true).build()).isPresent());
    assertTrue(oneAge.screen(ScreeningAnswers.builder().age(32).firstEpisode(true).build()).isPresent());
    assertEquals(
        Urgency.URGENT,
        oneAge.screen(ScreeningAnswers.builder().age(0).firstEpisode(true).build()).orElseThrow().urgency());
  }

  @Test
  void theAgeWindowRefersOnlyAFirstEpisodeWithAnAge() {
    Screener screener = Screener.of(catalog);
    assertEquals(Optional.empty(), screener.screen(ScreeningAnswers.builder().age(Screener.DEFAULT_MAX_AGE + 1).build()));
    assertEquals(Optional.empty(), screener.screen(ScreeningAnswers.builder().age(Screener.DEFAULT_MIN_AGE - 1).firstEpisode(false).build()));
    assertEquals(Optional.empty(), screener.screen(ScreeningAnswers.builder().firstEpisode(true).build()));
  }

  @Test
  void theAgeWindowsBoundsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> Screener.of(catalog, -1, 40));
    assertThrows(IllegalArgumentException.class, () -> Screener.of(catalog, 41, 40));
    assertEquals(Optional.empty(), Screener.of(catalog, 0, 0).screen(ScreeningAnswers.builder().age(0).firstEpisode(true).build()));
  }
}
