package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.limber.core.ExerciseAssessment.Verdict;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the composer's invariants (design.md, "Composer contract") on one result, independently
 * of how the composer works: every check here recomputes what it needs from the catalog. Shared
 * with other modules' tests through the core test jar.
 */
public final class RoutineInvariants {
  private RoutineInvariants() {}

  /** Checks every invariant of {@code result} for {@code request}; fails with what broke. */
  public static void check(Catalog catalog, ComposerSettings settings, ComposeRequest request, ComposeResult result) {
    if (!request.screening().redFlags().isEmpty()) {
      assertEquals(ComposeResult.Outcome.REFERRAL, result.outcome(), "a red flag must give a referral");
      assertTrue(result.routine().isEmpty(), "a referral must come with no routine");
      return;
    }
    if (result.outcome() != ComposeResult.Outcome.ROUTINE) {
      assertEquals(ComposeResult.Outcome.INFEASIBLE, result.outcome());
      return;
    }
    Routine routine = result.routineOrThrow();
    assertFalse(routine.items().isEmpty(), "a routine has items");
    checkBudget(catalog, settings, request, routine);
    checkSafety(catalog, request, routine);
    checkSides(catalog, routine);
    checkFlow(routine);
    checkWholeFlow(routine);
    checkFamilies(catalog, routine);
    checkFilters(catalog, request, routine);
    checkExplained(routine);
  }

  /** Invariant 1: within the budget, and filled unless nothing more could fit. */
  public static void checkBudget(Catalog catalog, ComposerSettings settings, ComposeRequest request, Routine routine) {
    assertTrue(
        routine.totalSeconds() <= request.budgetSeconds(),
        () -> "total " + routine.totalSeconds() + " s exceeds the budget of " + request.budgetSeconds() + " s");
    int gap = request.budgetSeconds() - routine.totalSeconds();
    if (gap <= 5) {
      return;
    }
    // A gap of more than a few seconds is allowed only when nothing could take it: every item at
    // its maximum count and sets (or a unit or set longer than the gap) and no unused safe
    // exercise short enough that its family, phases and position would let it in.
    for (RoutineItem item : routine.items()) {
      Dosage dosage = catalog.exerciseOrThrow(item.exerciseId()).dosage();
      int sides = item.side().isPresent() ? 2 : 1;
      assertTrue(
          item.count() == dosage.max() || dosage.secondsPerUnit() * sides * item.sets() > gap,
          () -> "a gap of " + gap + " s is left although " + item.exerciseId() + " could do more than " + item.count());
      int pause = sides == 2 ? settings.sideSwitchSeconds() : settings.setRestSeconds();
      assertTrue(
          item.sets() == dosage.maxSets() || sides * (item.durationSeconds() + pause) > gap,
          () -> "a gap of " + gap + " s is left although " + item.exerciseId() + " could do another set");
    }
    SafetyAssessment safety = SafetyAssessment.of(catalog, request.conditions(), request.cautionPolicy());
    Map<String, Set<String>> families = families(catalog);
    Set<String> used = new HashSet<>();
    routine.items().forEach(i -> used.add(i.exerciseId()));
    // An exercise an item stands in for (an easier variation replacing it) is in the routine too.
    safety.all().values().stream()
        .filter(a -> a.substituteId().map(used::contains).orElse(false))
        .forEach(a -> used.add(a.exerciseId()));
    boolean shortSession = request.budgetSeconds() < settings.shortSessionSeconds();
    for (Exercise exercise : catalog.exercises()) {
      ExerciseAssessment assessment = safety.of(exercise.id());
      boolean plain = assessment.verdict() == Verdict.ALLOWED || assessment.verdict() == Verdict.CAUTION;
      if (!plain || used.contains(exercise.id()) || !admits(request, exercise)
          || assessment.substituteId().isPresent() || usedAsSubstituteFor(safety, routine, exercise)
          || !java.util.Collections.disjoint(families.get(exercise.id()), used)
          || (shortSession && exercise.kind() == ExerciseKind.STRENGTH_STABILITY)
          || exercise.phases().stream().noneMatch(p -> flowAllows(routine, p, exercise.position()))) {
        continue;
      }
      int sides = exercise.laterality() == Laterality.UNILATERAL ? 2 : 1;
      int shortest = sides * exercise.dosage().secondsFor(exercise.dosage().min())
          + (sides - 1) * settings.sideSwitchSeconds() + 2 * settings.positionChangeSeconds();
      assertTrue(
          shortest > gap,
          () -> "a gap of " + gap + " s is left although unused " + exercise.id() + " fits in " + shortest + " s");
    }
  }

  /** Whether an exercise in {@code position} could join {@code phase} and keep the flow. */
  private static boolean flowAllows(Routine routine, Phase phase, Position position) {
    for (RoutineItem item : routine.items()) {
      int order = item.phase().compareTo(phase);
      int other = item.position().flowRank();
      if ((order < 0 && other > position.flowRank()) || (order > 0 && other < position.flowRank())) {
        return false;
      }
    }
    return true;
  }

  private static boolean usedAsSubstituteFor(SafetyAssessment safety, Routine routine, Exercise exercise) {
    return routine.items().stream()
        .anyMatch(i -> safety.all().values().stream()
            .anyMatch(a -> a.exerciseId().equals(i.exerciseId()) && a.substituteId().equals(Optional.of(exercise.id()))));
  }

  /** Invariant 2: nothing avoided; modify only as modified; every caution shown. */
  public static void checkSafety(Catalog catalog, ComposeRequest request, Routine routine) {
    for (RoutineItem item : routine.items()) {
      Exercise exercise = catalog.exerciseOrThrow(item.exerciseId());
      Set<MovementPattern> lifted = new HashSet<>();
      boolean substitute = item.modification().map(m -> m.startsWith("Replaces ")).orElse(false);
      for (ExerciseModification m : exercise.modifications()) {
        if (item.modification().map(text -> text.contains(m.description())).orElse(false)) {
          lifted.addAll(m.removes());
        }
      }
      for (Contraindication c : catalog.contraindications(exercise.id())) {
        if (!request.conditions().contains(c.conditionId())) {
          continue;
        }
        switch (c.severity()) {
          case AVOID:
            fail(item.exerciseId() + " is in the routine although " + c.conditionId() + " says avoid: " + c.reason());
            break;
          case MODIFY:
            assertTrue(
                c.pattern().map(lifted::contains).orElse(false),
                () -> item.exerciseId() + " appears unmodified although " + c.conditionId() + " says modify");
            break;
          default:
            if (request.cautionPolicy() == CautionPolicy.EXCLUDE) {
              assertTrue(
                  c.pattern().map(lifted::contains).orElse(false),
                  () -> item.exerciseId() + " carries a caution for " + c.conditionId() + " under the strict policy");
            } else if (c.pattern().map(p -> !lifted.contains(p)).orElse(true)) {
              assertTrue(
                  item.warnings().stream().anyMatch(w -> w.contains(c.reason())),
                  () -> item.exerciseId() + " lacks the caution for " + c.conditionId() + ": " + item.warnings());
            }
        }
      }
      if (substitute) {
        assertTrue(item.modification().isPresent());
      }
    }
  }

  /** Invariant 3: one-sided exercises left then right, back to back, equal time. */
  public static void checkSides(Catalog catalog, Routine routine) {
    List<RoutineItem> items = routine.items();
    for (int i = 0; i < items.size(); i++) {
      RoutineItem item = items.get(i);
      Laterality laterality = catalog.exerciseOrThrow(item.exerciseId()).laterality();
      if (laterality == Laterality.BILATERAL) {
        assertTrue(item.side().isEmpty(), () -> item.exerciseId() + " is two-sided but has a side");
        continue;
      }
      assertEquals(Optional.of(Side.LEFT), item.side(), () -> item.exerciseId() + " must start on the left");
      assertTrue(i + 1 < items.size(), () -> item.exerciseId() + " has no right side");
      RoutineItem right = items.get(i + 1);
      assertEquals(item.exerciseId(), right.exerciseId(), "the right side follows the left at once");
      assertEquals(Optional.of(Side.RIGHT), right.side());
      assertEquals(item.set(), right.set(), "the right side of the same set follows the left");
      assertEquals(item.durationSeconds(), right.durationSeconds(), "both sides get equal time");
      i++;
    }
    checkSets(routine);
  }

  /** Sets of one exercise come one after another, numbered from 1 to their count, sides alternating. */
  public static void checkSets(Routine routine) {
    List<RoutineItem> items = routine.items();
    for (int i = 0; i < items.size(); i++) {
      RoutineItem item = items.get(i);
      if (i > 0 && items.get(i - 1).exerciseId().equals(item.exerciseId())) {
        RoutineItem before = items.get(i - 1);
        int expected = item.side().orElse(Side.LEFT) == Side.RIGHT ? before.set() : before.set() + 1;
        assertEquals(expected, item.set(), () -> item.exerciseId() + " sets out of order");
        assertEquals(before.sets(), item.sets());
      } else {
        assertEquals(1, item.set(), () -> item.exerciseId() + " starts with set 1");
        assertTrue(item.side().orElse(Side.LEFT) == Side.LEFT);
      }
      boolean lastOfExercise = i + 1 == items.size() || !items.get(i + 1).exerciseId().equals(item.exerciseId());
      if (lastOfExercise) {
        assertEquals(item.sets(), item.set(), () -> item.exerciseId() + " stops before its last set");
      }
    }
  }

  /** Invariant 4 for a composed routine: positions never go back up, across the whole routine. */
  public static void checkWholeFlow(Routine routine) {
    List<RoutineItem> items = routine.items();
    for (int i = 1; i < items.size(); i++) {
      RoutineItem before = items.get(i - 1);
      RoutineItem after = items.get(i);
      assertTrue(
          before.position().flowRank() <= after.position().flowRank(),
          () -> "position goes back up from " + before.position() + " to " + after.position() + " at " + after.startSeconds() + " s");
    }
  }

  /** Invariant 6: no two members of one family (an exercise with its easier and harder variations). */
  public static void checkFamilies(Catalog catalog, Routine routine) {
    Map<String, Set<String>> families = families(catalog);
    Set<String> ids = new HashSet<>();
    routine.items().forEach(i -> ids.add(i.exerciseId()));
    for (String id : ids) {
      for (String other : ids) {
        assertTrue(
            id.equals(other) || !families.get(id).contains(other),
            () -> id + " and " + other + " are of one family");
      }
    }
  }

  /** Invariant 4: phases in order, positions in flow order within each phase. */
  public static void checkFlow(Routine routine) {
    List<RoutineItem> items = routine.items();
    for (int i = 1; i < items.size(); i++) {
      RoutineItem before = items.get(i - 1);
      RoutineItem after = items.get(i);
      assertTrue(before.phase().compareTo(after.phase()) <= 0, () -> "phase " + after.phase() + " after " + before.phase());
      if (before.phase() == after.phase()) {
        assertTrue(
            before.position().flowRank() <= after.position().flowRank(),
            () -> "position goes back from " + before.position() + " to " + after.position() + " in " + after.phase());
      }
    }
  }

  /** Invariant 6: level, equipment, positions, exclusions; no exercise twice. */
  public static void checkFilters(Catalog catalog, ComposeRequest request, Routine routine) {
    Set<String> seen = new HashSet<>();
    for (RoutineItem item : routine.items()) {
      Exercise exercise = catalog.exerciseOrThrow(item.exerciseId());
      assertTrue(admits(request, exercise), () -> item.exerciseId() + " breaks the request's filters");
      assertTrue(request.positions().contains(item.position()), () -> item.exerciseId() + " in a position not allowed");
      assertFalse(request.excluded().contains(item.exerciseId()), () -> item.exerciseId() + " was excluded");
      if (item.side().orElse(Side.LEFT) == Side.LEFT && item.set() == 1) {
        assertTrue(seen.add(item.exerciseId()), () -> item.exerciseId() + " appears twice");
      }
    }
  }

  /** Invariant 8: every item explains itself and is timed back to back. */
  public static void checkExplained(Routine routine) {
    int end = 0;
    for (RoutineItem item : routine.items()) {
      assertFalse(item.reason().isBlank(), "every item says why");
      assertFalse(item.targets().isEmpty(), "every item names what it serves");
      assertEquals(end + item.transitionSeconds(), item.startSeconds(), "items run back to back");
      end = item.endSeconds();
    }
    assertEquals(end, routine.totalSeconds());
  }

  private static boolean admits(ComposeRequest request, Exercise exercise) {
    return exercise.difficulty().compareTo(request.level()) <= 0
        && request.equipment().containsAll(exercise.equipment())
        && request.positions().contains(exercise.position())
        && !(request.noFloor() && exercise.needsFloor())
        && !request.excluded().contains(exercise.id());
  }

  /** Each exercise with the exercises it names, or that name it, as an easier or harder variation. */
  private static Map<String, Set<String>> families(Catalog catalog) {
    Map<String, Set<String>> family = new java.util.HashMap<>();
    for (Exercise e : catalog.exercises()) {
      family.computeIfAbsent(e.id(), k -> new HashSet<>()).add(e.id());
      for (String v : com.google.common.collect.Iterables.concat(e.easierVariations(), e.harderVariations())) {
        family.get(e.id()).add(v);
        family.computeIfAbsent(v, k -> new HashSet<>()).add(e.id());
      }
    }
    return family;
  }
}
