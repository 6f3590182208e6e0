package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The values' rules, the one statement of what valid catalog data is, each at its edge and one
 * step past it, with the field each broken rule names.
 */
class ValueRulesTest {

  /** The paths and messages of the rules {@code value} breaks. */
  private static List<String> broken(Supplier<?> value) {
    InvalidValueException e = assertThrows(InvalidValueException.class, value::get);
    return e.problems().stream().map(p -> p.path() + " " + p.message()).collect(Collectors.toList());
  }

  private static Dosage.Builder dosage(int min, int defaultCount, int max) {
    return Dosage.builder().unit(DosageUnit.BREATHS).min(min).defaultCount(defaultCount).max(max).secondsPerUnit(6);
  }

  @Test
  void dosageCountsRunFromOneToTheMaximum() {
    assertDoesNotThrow(() -> dosage(1, 1, Dosage.MAX_COUNT).build());
    assertEquals(List.of("$.min must be at least 1, but is 0", "$.default must be at least 1, but is 0"),
        broken(() -> dosage(0, 0, 5).build()));
    assertEquals(List.of("$.max must be at most 3600, but is 3601"), broken(() -> dosage(1, 2, Dosage.MAX_COUNT + 1).build()));
    assertEquals(List.of("$.default must be at most 3600, but is 3601", "$.default default (3601) must not be above max (3600)"),
        broken(() -> dosage(1, Dosage.MAX_COUNT + 1, Dosage.MAX_COUNT).build()));
  }

  @Test
  void dosageOrderIsMinDefaultMax() {
    assertDoesNotThrow(() -> dosage(5, 5, 5).build());
    assertEquals(List.of("$.max max (4) must not be below min (5)"), broken(() -> dosage(5, 5, 4).build()));
    assertEquals(List.of("$.default default (4) must not be below min (5)"), broken(() -> dosage(5, 4, 6).build()));
    assertEquals(List.of("$.default default (7) must not be above max (6)"), broken(() -> dosage(5, 7, 6).build()));
  }

  @Test
  void secondsPerUnitRunsFromOneTo120AndIsOneForSeconds() {
    assertDoesNotThrow(() -> dosage(1, 1, 1).secondsPerUnit(Dosage.MAX_SECONDS_PER_UNIT).build());
    assertEquals(List.of("$.secondsPerUnit must be at most 120, but is 121"),
        broken(() -> dosage(1, 1, 1).secondsPerUnit(121).build()));
    assertEquals(List.of("$.secondsPerUnit must be at least 1, but is 0"),
        broken(() -> dosage(1, 1, 1).secondsPerUnit(0).build()));
    assertEquals(List.of("$.secondsPerUnit secondsPerUnit must be 1 when the unit is seconds, but is 2"),
        broken(() -> dosage(1, 1, 1).unit(DosageUnit.SECONDS).secondsPerUnit(2).build()));
  }

  @Test
  void setsRunFromOneToTenRecommendedAtMostTheMost() {
    assertDoesNotThrow(() -> dosage(1, 1, 1).recommendedSets(Dosage.MAX_SETS).maxSets(Dosage.MAX_SETS).build());
    assertEquals(List.of("$.sets.max must be at most 10, but is 11"),
        broken(() -> dosage(1, 1, 1).recommendedSets(2).maxSets(11).build()));
    assertEquals(List.of("$.sets.recommended must be at least 1, but is 0"),
        broken(() -> dosage(1, 1, 1).recommendedSets(0).maxSets(1).build()));
    assertEquals(List.of("$.sets.max max (2) must not be below recommended (3)"),
        broken(() -> dosage(1, 1, 1).recommendedSets(3).maxSets(2).build()));
  }

  @Test
  void focusWeightsAreAboveZeroAndAtMostOneHundred() {
    Supplier<Goal.Builder> goal = () -> Goal.builder().id("g").name("G").description("D.");
    assertDoesNotThrow(() -> goal.get().putFocus("hips", Goal.MAX_WEIGHT).putFocus("neck", 0.001).build());
    assertEquals(List.of("$.focus.hips must be above 0, but is 0"), broken(() -> goal.get().putFocus("hips", 0.0).build()));
    assertEquals(List.of("$.focus.hips must be at most 100, but is 100.5"),
        broken(() -> goal.get().putFocus("hips", 100.5).build()));
    assertEquals(List.of("$.focus must have at least 1 entry"), broken(() -> goal.get().build()));
    assertEquals("$.focus.Hips \"Hips\" is not a valid id", broken(() -> goal.get().putFocus("Hips", 1.0).build()).get(0).substring(0, 37));
  }

  @Test
  void anExerciseHasThreeStepsAtLeast() {
    Exercise.Builder three = SeedCatalog.exercise("x", Position.SEATED, Laterality.BILATERAL, Dosage.seconds(10, 20, 30), "back");
    assertDoesNotThrow(three::build);
    assertEquals(List.of("$.steps must have at least 3 items, but has 2"),
        broken(() -> SeedCatalog.exercise("x", Position.SEATED, Laterality.BILATERAL, Dosage.seconds(10, 20, 30), "back")
            .steps(List.of("One.", "Two.")).build()));
    assertEquals(List.of("$.primaryTargets must have at least 1 item, but has 0", "$.phases must have at least 1 item, but has 0"),
        broken(() -> SeedCatalog.exercise("x", Position.SEATED, Laterality.BILATERAL, Dosage.seconds(10, 20, 30))
            .phases(List.of()).build()));
  }

  @Test
  void aSequenceHasThreeStepsAtLeastAndCountsWithinTheLimit() {
    Supplier<Sequence.Builder> sequence = () -> Sequence.builder().id("s").name("S").description("D.")
        .addSteps(SequenceStep.of("a", Phase.WARM_UP), SequenceStep.of("b", Phase.MAIN));
    assertDoesNotThrow(() -> sequence.get().addSteps(SequenceStep.of("c", Phase.COOL_DOWN)).build());
    assertEquals(List.of("$.steps must have at least 3 items, but has 2"), broken(() -> sequence.get().build()));
    assertEquals(List.of("$.count must be at most 3600, but is 3601"),
        broken(() -> SequenceStep.builder().exerciseId("a").phase(Phase.MAIN).count(3601).build()));
    assertEquals(List.of("$.count must be at least 1, but is 0"),
        broken(() -> SequenceStep.builder().exerciseId("a").phase(Phase.MAIN).count(0).build()));
    assertDoesNotThrow(() -> SequenceStep.builder().exerciseId("a").phase(Phase.MAIN).count(1).build());
  }

  @Test
  void aRuleKeysOnAPatternOrAnAreaNotBothAndItsTextsAreNotBlank() {
    assertEquals(List.of("$ a rule needs a \"pattern\" or an \"area\" to key on"),
        broken(() -> ConditionRule.builder().severity(Severity.AVOID).reason("R.").build()));
    assertEquals(List.of("$ a rule has either a \"pattern\" or an \"area\", not both"),
        broken(() -> ConditionRule.builder().severity(Severity.AVOID).reason("R.").pattern(MovementPattern.KNEELING).area("knee").build()));
    assertEquals(List.of("$.instead must not be blank"),
        broken(() -> ConditionRule.builder().severity(Severity.MODIFY).reason("R.").area("knee").instead(" ").build()));
    assertEquals(List.of("$.reason must not be blank", "$.instead must not be blank"),
        broken(() -> Contraindication.builder().conditionId("c").severity(Severity.MODIFY).reason("\u2003").instead("\t").build()));
  }

  @Test
  void anAreaIsNotItsOwnParentAndAliasesAreListedOnce() {
    assertEquals(List.of("$.parent an area cannot be its own parent"),
        broken(() -> TargetArea.builder().id("a").name("A").kind(AreaKind.AREA).parentId("a").build()));
    assertEquals(List.of("$.aliases[1] \"x\" is listed twice (also at index 0)"),
        broken(() -> TargetArea.builder().id("a").name("A").kind(AreaKind.AREA).addAliases("x", "x").build()));
  }

  @Test
  void everyOtherValueChecksItsTexts() {
    assertEquals(List.of("$.name must not be blank", "$.question must not be blank", "$.description must not be blank",
            "$.sources[0] must not be blank"),
        broken(() -> RedFlag.builder().id("r").name(" ").question(" ").description(" ").urgency(Urgency.URGENT)
            .addSources(" ").build()));
    assertEquals(List.of("$.name must not be blank", "$.description must not be blank", "$.aliases[0] must not be blank"),
        broken(() -> Condition.builder().id("c").name(" ").description(" ").addAliases(" ").build()).stream()
            .sorted(java.util.Comparator.comparing(s -> s.startsWith("$.aliases") ? 2 : s.startsWith("$.name") ? 0 : 1))
            .collect(Collectors.toList()));
    assertEquals(List.of("$.tips must have at least 1 item, but has 0"),
        broken(() -> Advice.builder().id("a").name("A").summary("S.").build()));
    assertEquals(List.of("$.removes must have at least 1 item, but has 0", "$.description must not be blank"),
        broken(() -> ExerciseModification.builder().description(" ").build()));
  }

  @Test
  void theMessageOfTheExceptionListsEveryProblemWithItsValueAndPath() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> dosage(0, 1, 1).secondsPerUnit(0).build());
    assertEquals("dosage: must be at least 1, but is 0 (at $.min); dosage: must be at least 1, but is 0 (at"
        + " $.secondsPerUnit)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new InvalidValueException(List.of()));
    assertEquals("2", Checks.number(2.0));
    assertEquals("0.5", Checks.number(0.5));
  }
}
