package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.core.Advice;
import dev.limber.core.Catalog;
import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.MovementPattern;
import dev.limber.core.RedFlag;
import dev.limber.core.RoutineComposer;
import dev.limber.core.Screener;
import dev.limber.core.ScreeningAnswers;
import dev.limber.core.Sequence;
import dev.limber.core.SequenceStep;
import dev.limber.core.Urgency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled safety data against what {@code domain.md} and the seed article say, stated here
 * independently of the data: the lint is clean, aliases resolve, the red flags exist with their
 * own urgency and sources, and the seed's sequence, figures and desk advice are carried over.
 */
class SafetyDataTest {
  private static final Catalog CATALOG = CatalogLoader.bundled();
  private static final String AHCPR_TABLE = "Acute Low Back Problems in Adults";

  @Test
  void theBundledCatalogLintsClean() {
    assertEquals(List.of(), CATALOG.lint());
  }

  @Test
  void everyPatternIsNamedByARuleOrIsInformational() {
    Set<MovementPattern> ruled =
        CATALOG.conditions().stream()
            .flatMap(c -> c.rules().stream())
            .flatMap(r -> r.pattern().stream())
            .collect(Collectors.toSet());
    for (MovementPattern p : MovementPattern.values()) {
      assertTrue(p.informational() != ruled.contains(p), p.id() + ": ruled " + ruled.contains(p));
    }
  }

  @Test
  void aliasesResolveWhereverAnIdIsAccepted() {
    assertEquals("herniated-disc", CATALOG.conditionOrThrow("sciatica").id());
    assertEquals("herniated-disc", CATALOG.conditionOrThrow("slipped disc").id());
    assertEquals("high-blood-pressure", CATALOG.conditionOrThrow("hypertension").id());
    assertEquals("abdominals", CATALOG.areaOrThrow("abs").id());
    assertEquals("cat-cow", CATALOG.exerciseOrThrow("Cat-Camel").id());
    ComposeResult result =
        RoutineComposer.of(CATALOG)
            .compose(ComposeRequest.builder().budgetSeconds(600).putFocus("abs", 1.0).addConditions("sciatica").seed(1).build());
    assertEquals(ComposeResult.Outcome.ROUTINE, result.outcome());
  }

  @Test
  void theRedFlagsOfDomainMdExistWithTheirUrgency() {
    Map<String, Urgency> expected =
        Map.ofEntries(
            Map.entry("saddle-numbness", Urgency.EMERGENCY),
            Map.entry("bladder-bowel-changes", Urgency.EMERGENCY),
            Map.entry("bilateral-leg-symptoms", Urgency.EMERGENCY),
            Map.entry("major-trauma", Urgency.EMERGENCY),
            Map.entry("chest-pain", Urgency.EMERGENCY),
            Map.entry("cancer-with-neurological-symptoms", Urgency.EMERGENCY),
            Map.entry("neck-artery-symptoms", Urgency.EMERGENCY),
            Map.entry("sudden-severe-headache", Urgency.EMERGENCY),
            Map.entry("injected-drug-use", Urgency.URGENT),
            Map.entry("sudden-pain-with-fragile-bones", Urgency.URGENT),
            Map.entry("neck-cord-compression", Urgency.URGENT),
            Map.entry("arm-symptoms-both-sides", Urgency.URGENT),
            Map.entry("severe-persistent-leg-symptoms", Urgency.URGENT),
            Map.entry("inflammatory-back-pain", Urgency.NON_URGENT));
    expected.forEach(
        (id, urgency) -> assertEquals(urgency, CATALOG.redFlagOrThrow(id).urgency(), id));
    assertTrue(CATALOG.redFlagOrThrow("pregnancy-warning-signs").urgency().stopsRoutine());
  }

  @Test
  void theLegSymptomFlagAsksPainOrNumbnessAsTheSeedSays() {
    String question = CATALOG.redFlagOrThrow("severe-persistent-leg-symptoms").question();
    assertTrue(question.contains(", or numbness"), question);
  }

  @Test
  void noFlagCitesATableThatDoesNotContainIt() {
    for (String id : List.of("chest-pain", "pain-between-shoulder-blades", "sexual-dysfunction", "deformity-or-lump")) {
      RedFlag flag = CATALOG.redFlagOrThrow(id);
      assertTrue(flag.sources().stream().noneMatch(s -> s.contains(AHCPR_TABLE)), id + ": " + flag.sources());
      assertTrue(!flag.sources().isEmpty(), id);
    }
  }

  @Test
  void pregnancyWarningSignsAreAskedOnlyWithPregnancy() {
    Screener screener = Screener.of(CATALOG);
    assertTrue(screener.questions(Set.of()).stream().noneMatch(f -> f.id().equals("pregnancy-warning-signs")));
    assertTrue(screener.questions(Set.of("pregnant")).stream().anyMatch(f -> f.id().equals("pregnancy-warning-signs")));
  }

  @Test
  void theAgeFlagIsAnsweredWithAnAge() {
    assertEquals(RedFlag.Answer.AGE, CATALOG.redFlagOrThrow(Screener.AGE_RED_FLAG_ID).answer());
  }

  @Test
  void inflammatoryBackPainLetsTheRoutineGoAheadWithAdvice() {
    ComposeResult result =
        RoutineComposer.of(CATALOG)
            .compose(ComposeRequest.builder().budgetSeconds(600).screening(ScreeningAnswers.of("inflammatory-back-pain")).build());
    assertEquals(ComposeResult.Outcome.ROUTINE, result.outcome());
    assertEquals(List.of("inflammatory-back-pain"), result.advice().orElseThrow().redFlagIds());
  }

  @Test
  void quickMorningIsExactlyTheSeedsSequence() {
    Sequence morning = CATALOG.sequenceOrThrow("quick-morning");
    assertEquals(
        List.of("cat-cow", "knee-to-chest", "childs-pose"),
        morning.steps().stream().map(SequenceStep::exerciseId).collect(Collectors.toList()));
    int childsPose = morning.steps().get(2).count().orElseThrow();
    assertTrue(childsPose <= 60, "a short Child's Pose: " + childsPose);
  }

  @Test
  void thePiriformisStretchPutsTheAnkleAboveTheKnee() {
    String steps = String.join(" ", CATALOG.exerciseOrThrow("piriformis-stretch").steps());
    assertTrue(steps.contains("above the knee"), steps);
    assertTrue(!steps.contains("below the knee"), steps);
  }

  @Test
  void aSingleHoldPast30SecondsNamesASourceThatSupportsIt() {
    for (var e : CATALOG.exercises()) {
      if (e.kind() == dev.limber.core.ExerciseKind.STATIC_STRETCH
          && e.dosage().unit() == dev.limber.core.DosageUnit.SECONDS
          && e.dosage().max() > 30) {
        String sources = String.join(" ", e.sources());
        assertTrue(
            sources.contains("30-60") || sources.contains("older adults") || sources.contains("few minutes"),
            e.id() + " holds up to " + e.dosage().max() + " s with sources " + e.sources());
      }
    }
  }

  @Test
  void staticStretchesSayACSMsTwoToFourRepetitionsOfAHold() {
    for (var e : CATALOG.exercises()) {
      var d = e.dosage();
      if (e.kind() == dev.limber.core.ExerciseKind.STATIC_STRETCH
          && d.unit() == dev.limber.core.DosageUnit.SECONDS
          && d.defaultCount() <= 30) {
        assertTrue(d.recommendedSets() >= 2 && d.maxSets() <= 4, e.id() + ": " + d);
        int total = d.recommendedSets() * d.defaultCount();
        assertTrue(total >= 40 && total <= 90, e.id() + " does about 60 s in all, not " + total);
      }
    }
  }

  @Test
  void setsOutOfOrderAreAProblemAtTheirPlace() throws java.io.IOException {
    String copy =
        new String(
                SafetyDataTest.class.getResourceAsStream("/dev/limber/data/catalog/exercises/knee-to-chest.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("\"id\": \"knee-to-chest\"", "\"id\": \"my-knee-hug\"")
            .replace("\"sets\": { \"recommended\": 2, \"max\": 4 }", "\"sets\": { \"recommended\": 3, \"max\": 1 }");
    List<dev.limber.core.Problem> problems =
        CatalogLoader.builder().addJson("my/exercises/my-knee-hug.json", copy).problems();
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("$.dosage.sets.max", problems.get(0).path());
    assertTrue(problems.get(0).line() > 0, problems::toString);
    assertEquals("max (1) must not be below recommended (3)", problems.get(0).message());
  }

  @Test
  void theSeedsDeskAdviceIsContent() {
    Advice desk = CATALOG.advice("desk-setup").orElseThrow();
    String tips = String.join(" ", desk.tips());
    for (String fact : List.of("eye level", "flat on the floor", "90 degrees", "lumbar support", "30 minutes")) {
      assertTrue(tips.contains(fact), fact + " in " + tips);
    }
    assertTrue(LimberJson.toTree(CATALOG).get("advice").size() >= 1, "the export carries advice");
  }
}
