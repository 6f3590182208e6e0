package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.core.Catalog;
import dev.limber.core.Exercise;
import dev.limber.core.Phase;
import dev.limber.core.Position;
import dev.limber.core.Routine;
import dev.limber.core.RoutineComposer;
import dev.limber.core.RoutineInvariants;
import dev.limber.core.Sequence;
import dev.limber.core.SequenceStep;
import dev.limber.core.TargetArea;
import dev.limber.core.Urgency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The bundled catalog meets the content bar: breadth, leaf coverage, conditions, red flags and sequences that keep the composer's invariants. */
class CatalogCoverageTest {
  private static final Catalog CATALOG = CatalogLoader.bundled();

  @Test
  void hasAtLeast150Exercises25AreasAnd10Sequences() {
    assertTrue(CATALOG.exercises().size() >= 150, () -> CATALOG.exercises().size() + " exercises");
    assertTrue(CATALOG.areas().size() >= 25, () -> CATALOG.areas().size() + " areas");
    assertTrue(CATALOG.sequences().size() >= 10, () -> CATALOG.sequences().size() + " sequences");
  }

  @Test
  void everyLeafAreaIsThePrimaryTargetOfThreeExercisesOneStandingOrSeated() {
    for (TargetArea leaf : CATALOG.leafAreas()) {
      Set<Exercise> primary = CATALOG.exercisesPrimarilyTargeting(leaf.id());
      assertTrue(primary.size() >= 3, () -> leaf.id() + " is the primary target of only " + primary.size());
      assertTrue(
          primary.stream().anyMatch(e -> !e.needsFloor() && (e.position() == Position.STANDING || e.position() == Position.SEATED)),
          () -> leaf.id() + " has no standing or seated exercise");
    }
  }

  @Test
  void everyExerciseStatesEveryFact() {
    for (Exercise e : CATALOG.exercises()) {
      assertTrue(e.steps().size() >= 3, () -> e.id() + " has fewer than 3 steps");
      assertFalse(e.cues().isEmpty(), () -> e.id() + " has no cues");
      assertFalse(e.safetyNotes().isEmpty(), () -> e.id() + " has no safety notes");
      assertFalse(e.summary().isBlank(), () -> e.id() + " has no summary");
      assertFalse(e.sources().isEmpty(), () -> e.id() + " names no source for its dosage");
      assertFalse(e.tags().isEmpty(), () -> e.id() + " has no tags");
    }
  }

  @Test
  void deskAndNoFloorExercisesAreFirstClass() {
    long noFloor = CATALOG.exercises().stream().filter(e -> !e.needsFloor()).count();
    long desk = CATALOG.exercises().stream().filter(e -> e.tags().contains("desk")).count();
    assertTrue(noFloor >= 50, () -> noFloor + " exercises need no floor");
    assertTrue(desk >= 20, () -> desk + " desk exercises");
  }

  @Test
  void hasEveryConditionAndRedFlagOfTheDomainNotes() {
    Set<String> conditions = CATALOG.conditions().stream().map(c -> c.id()).collect(Collectors.toSet());
    assertTrue(conditions.containsAll(List.of(
        "osteoporosis", "spondylolisthesis", "lumbar-spinal-stenosis", "herniated-disc", "pregnancy", "knee-injury",
        "wrist-pain", "hip-replacement-posterior", "hip-replacement-anterior", "glaucoma", "high-blood-pressure",
        "acute-injury-neck", "acute-injury-shoulder", "acute-injury-arm", "acute-injury-back", "acute-injury-hip",
        "acute-injury-leg", "acute-injury-ankle-foot")), conditions::toString);
    Set<String> emergency = CATALOG.redFlags().stream().filter(f -> f.urgency() == Urgency.EMERGENCY).map(f -> f.id()).collect(Collectors.toSet());
    assertEquals(
        Set.of("saddle-numbness", "bladder-bowel-changes", "sexual-dysfunction", "bilateral-leg-symptoms", "major-trauma",
            "chest-pain", "cancer-with-neurological-symptoms", "neck-artery-symptoms", "sudden-severe-headache",
            "pregnancy-warning-signs"),
        emergency);
    assertTrue(CATALOG.redFlags().size() >= 26);
    assertTrue(CATALOG.redFlag("age-outside-window").isPresent());
  }

  @TestFactory
  List<DynamicTest> everySequenceKeepsTheComposersInvariants() {
    RoutineComposer composer = RoutineComposer.of(CATALOG);
    return CATALOG.sequences().stream()
        .map(sequence -> DynamicTest.dynamicTest(sequence.id(), () -> {
          Routine routine = composer.timeSequence(sequence);
          RoutineInvariants.checkSides(CATALOG, routine);
          RoutineInvariants.checkFlow(routine);
          RoutineInvariants.checkExplained(routine);
          for (SequenceStep step : sequence.steps()) {
            assertTrue(CATALOG.exerciseOrThrow(step.exerciseId()).phases().contains(step.phase()),
                () -> step.exerciseId() + " does not suit " + step.phase());
          }
          assertEquals(Phase.WARM_UP, routine.items().get(0).phase(), "starts with a warm-up");
          assertEquals(Phase.COOL_DOWN, routine.items().get(routine.items().size() - 1).phase(), "ends with a cool-down");
        }))
        .collect(Collectors.toList());
  }

  @Test
  void composedRoutinesFlowDownToTheFloorAcrossPhasesToo() {
    // Within a phase positions never go back up (a property test checks it); across phases the
    // composer aims for it. Measured when written: 6 of 125 routines went back up once.
    RoutineComposer composer = RoutineComposer.of(CATALOG);
    int routines = 0;
    int goingBackUp = 0;
    for (java.util.Map<String, Double> focus : List.of(java.util.Map.<String, Double>of(), java.util.Map.of("lower-back", 1.0),
        java.util.Map.of("hips", 1.0, "hamstrings", 1.0), java.util.Map.of("neck", 1.0, "shoulders", 1.0), java.util.Map.of("legs", 1.0))) {
      for (int minutes : new int[] {5, 10, 15, 20, 30}) {
        for (long seed = 0; seed < 5; seed++) {
          Routine routine = composer.compose(dev.limber.core.ComposeRequest.builder().budgetSeconds(minutes * 60).focus(focus)
              .seed(seed).level(dev.limber.core.Difficulty.INTERMEDIATE).build()).routineOrThrow();
          routines++;
          for (int i = 1; i < routine.items().size(); i++) {
            if (routine.items().get(i).position().flowRank() < routine.items().get(i - 1).position().flowRank()) {
              goingBackUp++;
              break;
            }
          }
        }
      }
    }
    int up = goingBackUp;
    int all = routines;
    assertTrue(up * 10 <= all, () -> up + " of " + all + " routines go back up towards standing");
  }

  @Test
  void theQuickMorningSequenceIsTheSeeds() {
    Sequence morning = CATALOG.sequence("quick-morning").orElseThrow();
    List<String> ids = morning.steps().stream().map(SequenceStep::exerciseId).collect(Collectors.toList());
    assertTrue(ids.containsAll(List.of("cat-cow", "knee-to-chest", "childs-pose")), ids::toString);
    int seconds = RoutineComposer.of(CATALOG).timeSequence(morning).totalSeconds();
    // The seed's sequence itself is short (a few Cat-Cows, a knee each side, a brief Child's
    // Pose); its "5-10 minutes" is the whole morning routine, which may repeat it.
    assertTrue(seconds >= 120 && seconds <= 300, () -> "quick morning takes " + seconds + " s");
  }

  @Test
  void theDeskBreakTakesTwoToThreeMinutesOffTheFloor() {
    Sequence desk = CATALOG.sequence("desk-break").orElseThrow();
    int seconds = RoutineComposer.of(CATALOG).timeSequence(desk).totalSeconds();
    assertTrue(seconds >= 120 && seconds <= 180, () -> "desk break takes " + seconds + " s");
    assertTrue(desk.steps().stream().noneMatch(s -> CATALOG.exerciseOrThrow(s.exerciseId()).needsFloor()));
  }

  @Test
  void theNoFloorSequenceNeedsNoFloor() {
    Sequence noFloor = CATALOG.sequence("no-floor-full-body").orElseThrow();
    assertTrue(noFloor.steps().stream().noneMatch(s -> CATALOG.exerciseOrThrow(s.exerciseId()).needsFloor()));
  }
}
