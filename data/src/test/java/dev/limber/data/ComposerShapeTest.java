package dev.limber.data;

import static dev.limber.data.ComposerShape.COMPOSER;
import static dev.limber.data.ComposerShape.FOCUS_SETS;
import static dev.limber.data.ComposerShape.SINGLE_FOCUS;
import static dev.limber.data.ComposerShape.routine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.ExerciseKind;
import dev.limber.core.Limit;
import dev.limber.core.Routine;
import dev.limber.core.RoutineItem;
import dev.limber.core.UnservedFocus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shape targets of the composer on the bundled catalog, as issue 8 states them. */
class ComposerShapeTest {
  @Test
  void aTenMinuteRoutineSpendsAtMostATenthOfItsTimeMoving() {
    List<Double> shares = new ArrayList<>();
    for (Map<String, Double> focus : FOCUS_SETS) {
      for (long seed = 0; seed < 5; seed++) {
        shares.add(ComposerShape.transitionShare(routine(10, focus, seed)));
      }
    }
    double median = ComposerShape.median(shares);
    assertTrue(median <= 0.10, () -> "median transition share " + median);
  }

  @Test
  void longSessionsStayOnTheFocusAndDeepenRatherThanWiden() {
    List<Double> onFocus = new ArrayList<>();
    for (String area : SINGLE_FOCUS) {
      for (int minutes : new int[] {30, 45, 60}) {
        onFocus.add(ComposerShape.mainOnFocus(routine(minutes, Map.of(area, 1.0), 0)));
      }
      int distinct = ComposerShape.distinct(routine(60, Map.of(area, 1.0), 0));
      assertTrue(distinct <= 30, () -> area + ": " + distinct + " distinct exercises in 60 minutes");
    }
    double median = ComposerShape.median(onFocus);
    assertTrue(median >= 0.8, () -> "median main-phase time on the focus " + median);
  }

  @Test
  void everyRoutineOfFiveMinutesOrMoreHasACoolDownAndNeverClimbsBack() {
    for (Map<String, Double> focus : FOCUS_SETS) {
      for (int minutes : new int[] {5, 10, 20, 45}) {
        Routine r = routine(minutes, focus, 3);
        assertTrue(ComposerShape.hasCoolDown(r), () -> minutes + " min " + focus + " has no cool-down");
        assertFalse(ComposerShape.climbsBack(r), () -> minutes + " min " + focus + " climbs back up");
      }
    }
  }

  @Test
  void aOneToThreeMinuteSessionIsStretchingNotStrengthDrills() {
    for (int minutes = 1; minutes <= 3; minutes++) {
      for (Map<String, Double> focus : FOCUS_SETS) {
        for (RoutineItem item : routine(minutes, focus, 1).items()) {
          ExerciseKind kind = ComposerShape.CATALOG.exerciseOrThrow(item.exerciseId()).kind();
          assertTrue(kind != ExerciseKind.STRENGTH_STABILITY, () -> item.exerciseId() + " in a short session");
        }
      }
    }
  }

  @Test
  void differentSeedsGiveClearlyDifferentRoutines() {
    double overlap = ComposerShape.seedOverlap(20, Map.of("lower-back", 1.0));
    assertTrue(overlap <= 0.6, () -> "mean overlap " + overlap);
  }

  @Test
  void aFocusNothingSafeCanServeIsInfeasibleWithItsLimitUnlessAGeneralSessionIsAskedFor() {
    ComposeRequest.Builder request =
        ComposeRequest.builder().budgetSeconds(600).putFocus("neck", 1.0).addConditions("acute-injury-neck");
    ComposeResult infeasible = COMPOSER.compose(request.build());
    assertEquals(ComposeResult.Outcome.INFEASIBLE, infeasible.outcome());
    assertEquals(List.of(UnservedFocus.of("neck", Limit.SAFETY)), infeasible.unserved());
    ComposeResult general = COMPOSER.compose(request.generalIfUnserved(true).build());
    assertEquals(ComposeResult.Outcome.ROUTINE, general.outcome());
    assertEquals(List.of(UnservedFocus.of("neck", Limit.SAFETY)), general.unserved());
  }

  @Test
  void theLimitNamesEquipmentOrPositionWhenTheyAreTheCauseNotSafety() {
    ComposeResult noFloor =
        COMPOSER.compose(ComposeRequest.builder().budgetSeconds(600).putFocus("lower-back", 1.0).putFocus("ankles-feet", 1.0)
            .equipment(List.of()).build());
    assertTrue(noFloor.unserved().stream().noneMatch(u -> u.limit() == Limit.SAFETY), noFloor.unserved()::toString);
  }

  @Test
  void aRoutineThatCannotFillItsBudgetSaysByHowMuchAndWhy() {
    ComposeResult result =
        COMPOSER.compose(ComposeRequest.builder().budgetSeconds(3600).positions(List.of(dev.limber.core.Position.PRONE))
            .equipment(List.of("mat")).build());
    assertEquals(ComposeResult.Outcome.ROUTINE, result.outcome());
    Routine routine = result.routineOrThrow();
    assertEquals(routine.budgetSeconds() - routine.totalSeconds(), result.shortfall().orElseThrow().seconds());
    assertEquals(Limit.POSITION, result.shortfall().orElseThrow().limit());
  }

  @Test
  void noRoutineHoldsTwoMembersOfAFamily() {
    for (Map<String, Double> focus : FOCUS_SETS) {
      for (int minutes : new int[] {10, 30, 60}) {
        dev.limber.core.RoutineInvariants.checkFamilies(ComposerShape.CATALOG, routine(minutes, focus, 5));
      }
    }
  }
}
