package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoutineComposerTest {
  private final Catalog catalog = SeedCatalog.catalog();
  private final RoutineComposer composer = RoutineComposer.of(catalog);

  private Routine compose(ComposeRequest request) {
    ComposeResult result = composer.compose(request);
    RoutineInvariants.check(catalog, composer.settings(), request, result);
    return result.routineOrThrow();
  }

  @Test
  void composesATenMinuteLowerBackRoutineThatFillsTheBudget() {
    Routine routine = compose(ComposeRequest.builder().budgetSeconds(600).putFocus("lower-back", 1.0).build());
    assertEquals(Phase.WARM_UP, routine.items().get(0).phase());
    assertEquals(Phase.COOL_DOWN, routine.items().get(routine.items().size() - 1).phase());
    assertTrue(routine.totalSeconds() <= 600 && routine.totalSeconds() >= 595, () -> "total " + routine.totalSeconds());
    assertEquals(0, routine.items().get(0).startSeconds());
  }

  @Test
  void composesBothSidesOfOneSidedStretchesBackToBack() {
    Routine routine = compose(ComposeRequest.builder().budgetSeconds(600).putFocus("piriformis", 1.0).build());
    List<RoutineItem> items = routine.items();
    int i = 0;
    boolean sawOneSided = false;
    while (i < items.size()) {
      if (items.get(i).side().isPresent()) {
        sawOneSided = true;
        assertEquals(Optional.of(Side.LEFT), items.get(i).side());
        assertEquals(Optional.of(Side.RIGHT), items.get(i + 1).side());
        assertEquals(items.get(i).durationSeconds(), items.get(i + 1).durationSeconds());
        assertEquals(composer.settings().sideSwitchSeconds(), items.get(i + 1).transitionSeconds());
        i += 2;
      } else {
        i++;
      }
    }
    assertTrue(sawOneSided);
  }

  @Test
  void neverGivesKneeToChestForOsteoporosisAndWarnsAboutGentleFlexion() {
    Routine routine = compose(ComposeRequest.builder().budgetSeconds(900).putFocus("lower-back", 1.0).addConditions("osteoporosis").build());
    assertTrue(routine.items().stream().noneMatch(i -> i.exerciseId().equals("knee-to-chest")));
    routine.items().stream().filter(i -> i.exerciseId().equals("cat-cow"))
        .forEach(i -> assertEquals(List.of("Osteoporosis: Keep rounding gentle."), i.warnings()));
  }

  @Test
  void wristPainGetsCatCowOnlyInItsWristFriendlyForm() {
    Routine routine = compose(ComposeRequest.builder().budgetSeconds(300).putFocus("lower-back", 1.0).addConditions("wrist-pain")
        .positions(List.of(Position.HANDS_AND_KNEES)).build());
    RoutineItem catCow = routine.items().stream().filter(i -> i.exerciseId().equals("cat-cow")).findFirst().orElseThrow();
    assertTrue(catCow.modification().orElseThrow().startsWith("Rest on your forearms."), catCow.modification()::toString);
  }

  @Test
  void aKneeInjuryReplacesCatCowWithItsSeatedVariation() {
    Routine routine = compose(ComposeRequest.builder().budgetSeconds(600).putFocus("mid-back", 1.0).addConditions("knee-injury").build());
    Set<String> ids = routine.items().stream().map(RoutineItem::exerciseId).collect(Collectors.toSet());
    assertFalse(ids.contains("cat-cow"));
    assertFalse(ids.contains("childs-pose"));
  }

  @Test
  void aRedFlagGivesAReferralAndNoRoutine() {
    ComposeResult result = composer.compose(ComposeRequest.builder().budgetSeconds(600).screening(ScreeningAnswers.of("saddle-numbness")).build());
    assertEquals(ComposeResult.Outcome.REFERRAL, result.outcome());
    assertEquals(Urgency.EMERGENCY, result.referral().orElseThrow().urgency());
    IllegalStateException e = assertThrows(IllegalStateException.class, result::routineOrThrow);
    assertTrue(e.getMessage().startsWith("no routine: the outcome is REFERRAL (EMERGENCY"), e.getMessage());
  }

  @Test
  void noFloorKeepsToStandingAndChairExercises() {
    Routine routine = compose(ComposeRequest.builder().budgetSeconds(300).noFloor(true).build());
    assertTrue(routine.items().stream().allMatch(i -> i.position() == Position.STANDING || i.position() == Position.SEATED));
  }

  @Test
  void infeasibleWhenNothingSafeFits() {
    ComposeResult result = composer.compose(ComposeRequest.builder().budgetSeconds(600).positions(List.of(Position.PRONE)).build());
    assertEquals(ComposeResult.Outcome.INFEASIBLE, result.outcome());
    assertTrue(result.infeasibleReason().orElseThrow().startsWith("no exercise in the catalog is safe"));
  }

  @Test
  void anUnknownFocusAreaListsCloseMatches() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> composer.compose(ComposeRequest.builder().budgetSeconds(600).putFocus("lowerback", 1.0).build()));
    assertEquals("unknown focus area \"lowerback\"; did you mean lower-back, back?", e.getMessage());
  }

  @Test
  void otherSeedsAndHistoryBringVariety() {
    Catalog rich = SyntheticCatalog.generate(3, 120);
    RoutineComposer richComposer = RoutineComposer.of(rich);
    Set<List<String>> distinct = new HashSet<>();
    String area = rich.leafAreas().stream()
        .max(java.util.Comparator.comparingInt(a -> rich.exercisesPrimarilyTargeting(a.id()).size()))
        .orElseThrow()
        .id();
    for (long seed = 0; seed < 10; seed++) {
      distinct.add(ids(richComposer.compose(ComposeRequest.builder().budgetSeconds(600).putFocus(area, 1.0).seed(seed).build())));
    }
    assertTrue(distinct.size() >= 5, () -> distinct.size() + " distinct routines from 10 seeds");
    List<String> first = ids(richComposer.compose(ComposeRequest.builder().budgetSeconds(600).build()));
    List<String> after = ids(richComposer.compose(ComposeRequest.builder().budgetSeconds(600).recent(first).build()));
    Set<String> repeated = new HashSet<>(after);
    repeated.retainAll(first);
    assertTrue(repeated.size() < new HashSet<>(first).size() / 2, () -> "repeated " + repeated);
  }

  @Test
  void timesASequenceWithBothSidesAndTransitions() {
    Routine routine = composer.timeSequence("quick-morning");
    List<String> ids = routine.items().stream().map(RoutineItem::exerciseId).collect(Collectors.toList());
    assertEquals(List.of("cat-cow", "knee-to-chest", "knee-to-chest", "childs-pose"), ids);
    assertEquals(48 + 15 + 30 + 5 + 30 + 15 + 30, routine.totalSeconds());
    assertEquals(routine.totalSeconds(), routine.budgetSeconds());
    assertNotEquals(routine.items().get(1).side(), routine.items().get(2).side());
  }

  @Test
  void timesASequenceForAPersonLeavingOutWhatTheirConditionsExclude() {
    Routine routine = composer.timeSequence(catalog.sequence("quick-morning").orElseThrow(), Set.of("osteoporosis", "wrist-pain"));
    List<String> ids = routine.items().stream().map(RoutineItem::exerciseId).collect(Collectors.toList());
    assertEquals(List.of("cat-cow", "childs-pose"), ids);
    assertEquals(List.of("Left out knee to chest: Osteoporosis: Loaded flexion raises fracture risk."), routine.warnings());
    RoutineItem catCow = routine.items().get(0);
    assertTrue(catCow.modification().orElseThrow().startsWith("Rest on your forearms."), catCow::toString);
    assertEquals(List.of("Osteoporosis: Keep rounding gentle."), catCow.warnings());
    assertEquals(routine.totalSeconds(), routine.budgetSeconds());
  }

  @Test
  void timesASequenceWithTheSafeVariationWhenNoModificationFits() {
    Routine routine = composer.timeSequence(catalog.sequence("quick-morning").orElseThrow(), Set.of("knee-injury"));
    assertEquals("seated-cat-cow", routine.items().get(0).exerciseId());
    assertTrue(routine.items().get(0).modification().orElseThrow().startsWith("Replaces cat cow."));
    assertTrue(routine.warnings().get(0).startsWith("Left out childs pose"), routine.warnings()::toString);
  }

  private static List<String> ids(ComposeResult result) {
    return result.routineOrThrow().items().stream().map(RoutineItem::exerciseId).collect(Collectors.toList());
  }
}
