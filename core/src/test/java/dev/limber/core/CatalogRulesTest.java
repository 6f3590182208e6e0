package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules across values, which the catalog checks when it is built: each reported at its place. */
class CatalogRulesTest {
  private static final Catalog SEED = SeedCatalog.catalog();

  /** {@code resource path message} of each problem building {@code builder} reports. */
  private static List<String> problems(Catalog.Builder builder) {
    CatalogException e = assertThrows(CatalogException.class, builder::build);
    return e.problems().stream()
        .map(p -> p.resource() + " " + p.path() + " " + p.message())
        .collect(Collectors.toList());
  }

  private static Sequence sequence(SequenceStep... steps) {
    return Sequence.builder().id("s").name("S").description("D.").addSteps(steps).build();
  }

  @Test
  void everyKindReportsADuplicateId() {
    Goal goal = Goal.builder().id("g").name("G").description("D.").putFocus("hips", 1.0).build();
    Advice advice = Advice.builder().id("a").name("A").summary("S.").addTips("T.").build();
    Sequence s = sequence(SequenceStep.of("cat-cow", Phase.WARM_UP), SequenceStep.of("knee-to-chest", Phase.MAIN),
        SequenceStep.of("childs-pose", Phase.COOL_DOWN));
    Catalog.Builder builder = Catalog.builder().addAll(SEED)
        .addExercises(SEED.exerciseOrThrow("cat-cow"))
        .addAreas(SEED.areas().iterator().next())
        .addConditions(SEED.conditions().iterator().next())
        .addRedFlags(SEED.redFlags().iterator().next())
        .addSequences(s, s)
        .addGoals(goal, goal)
        .addAdvice(advice, advice);
    assertEquals(
        List.of(
            "advice a $.id duplicate advice id \"a\"",
            "area back $.id duplicate area id \"back\"",
            "condition acute-injury-hip $.id duplicate condition id \"acute-injury-hip\"",
            "exercise cat-cow $.id duplicate exercise id \"cat-cow\"",
            "goal g $.id duplicate goal id \"g\"",
            "red flag fever $.id duplicate red flag id \"fever\"",
            "sequence s $.id duplicate sequence id \"s\""),
        problems(builder));
  }

  @Test
  void everyUnknownReferenceIsReportedAtItsPlace() {
    Exercise exercise = SeedCatalog.exercise("x", Position.SEATED, Laterality.BILATERAL, Dosage.seconds(10, 20, 30), "back", "neck")
        .addSecondaryTargets("hips", "hipz")
        .addEasierVariations("cat-cow", "cat-cows")
        .addHarderVariations("bird-dog", "bird-dogs")
        .addContraindications(Contraindication.builder().conditionId("osteoporosis").severity(Severity.AVOID).reason("R.").build(),
            Contraindication.builder().conditionId("gout").severity(Severity.AVOID).reason("R.").build())
        .build();
    Condition condition = Condition.builder().id("c").name("C").description("D.")
        .addRules(ConditionRule.onArea("hips", Severity.AVOID, "R."), ConditionRule.onArea("neck", Severity.AVOID, "R."))
        .build();
    RedFlag flag = RedFlag.builder().id("r").name("R").question("Q?").description("D.").urgency(Urgency.URGENT)
        .addAskedWith("osteoporosis", "pregnancy").build();
    Goal goal = Goal.builder().id("g").name("G").description("D.").putFocus("hips", 1.0).putFocus("neck", 1.0).build();
    List<String> found = problems(Catalog.builder().addAll(SEED).addExercises(exercise).addConditions(condition)
        .addRedFlags(flag).addGoals(goal));
    assertEquals(
        List.of(
            "condition c $.rules[1].area unknown area \"neck\"; did you mean back?",
            "exercise x $.contraindications[1].condition unknown condition \"gout\"",
            "exercise x $.easierVariations[1] unknown exercise \"cat-cows\"; did you mean cat-cow?",
            "exercise x $.harderVariations[1] unknown exercise \"bird-dogs\"; did you mean bird-dog?",
            "exercise x $.primaryTargets[1] unknown area \"neck\"; did you mean back?",
            "exercise x $.secondaryTargets[1] unknown area \"hipz\"; did you mean hips?",
            "goal g $.focus.neck unknown area \"neck\"; did you mean back?",
            "red flag r $.askedWith[1] unknown condition \"pregnancy\"; did you mean c?"),
        found);
  }

  @Test
  void aSequenceKeepsItsPhasesInOrderAndItsPositionsFlowingWithinAPhase() {
    // knee-to-chest lies on the back; standing-side-bend stands: within main that goes back up.
    Sequence upAgain = sequence(SequenceStep.of("cat-cow", Phase.WARM_UP), SequenceStep.of("knee-to-chest", Phase.MAIN),
        SequenceStep.of("seated-figure-four", Phase.MAIN));
    assertEquals(
        List.of("sequence s $.steps[2].exercise step 3 goes back up from supine to seated within main; within a"
            + " phase positions go from standing down to the floor"),
        problems(Catalog.builder().addAll(SEED).addSequences(upAgain)));

    Sequence backwards = sequence(SequenceStep.of("knee-to-chest", Phase.MAIN), SequenceStep.of("cat-cow", Phase.WARM_UP),
        SequenceStep.of("childs-pose", Phase.COOL_DOWN));
    assertEquals(
        List.of("sequence s $.steps[1].phase step 2 is in warm-up after a step in main; the phases go warm-up,"
            + " main, cool-down"),
        problems(Catalog.builder().addAll(SEED).addSequences(backwards)));

    // A new phase may start again from standing; an unknown step breaks no flow of its neighbours.
    Sequence fine = sequence(SequenceStep.of("cat-cow", Phase.WARM_UP), SequenceStep.of("seated-figure-four", Phase.MAIN),
        SequenceStep.of("knee-to-chest", Phase.MAIN));
    Catalog.builder().addAll(SEED).addSequences(fine).build();
    Sequence unknown = sequence(SequenceStep.of("knee-to-chest", Phase.MAIN), SequenceStep.of("nope", Phase.MAIN),
        SequenceStep.of("seated-figure-four", Phase.MAIN));
    assertEquals(List.of("sequence s $.steps[1].exercise unknown exercise \"nope\""),
        problems(Catalog.builder().addAll(SEED).addSequences(unknown)));
  }
}
