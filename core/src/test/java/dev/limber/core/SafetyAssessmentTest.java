package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.core.ExerciseAssessment.Verdict;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SafetyAssessmentTest {
  private final Catalog catalog = SeedCatalog.catalog();

  private ExerciseAssessment assess(String exercise, CautionPolicy policy, String... conditions) {
    return SafetyAssessment.of(catalog, Set.of(conditions), policy).of(exercise);
  }

  @Test
  void avoidExcludesWithTheReason() {
    ExerciseAssessment a = assess("knee-to-chest", CautionPolicy.WARN, "osteoporosis");
    assertEquals(Verdict.EXCLUDED, a.verdict());
    assertEquals("Osteoporosis: Loaded flexion raises fracture risk.", a.reasons().get(0));
  }

  @Test
  void modifyUsesTheDeclaredModification() {
    ExerciseAssessment a = assess("cat-cow", CautionPolicy.WARN, "wrist-pain");
    assertEquals(Verdict.MODIFIED, a.verdict());
    assertEquals("Rest on your forearms.", a.modifications().get(0).description());
    assertEquals(Optional.empty(), a.substituteId());
  }

  @Test
  void modifyWithoutADeclaredModificationFallsBackToASafeEasierVariation() {
    ExerciseAssessment a = assess("cat-cow", CautionPolicy.WARN, "knee-injury");
    assertEquals(Verdict.MODIFIED, a.verdict());
    assertEquals(Optional.of("seated-cat-cow"), a.substituteId());
  }

  @Test
  void modifyWithNeitherExcludes() {
    ExerciseAssessment a = assess("childs-pose", CautionPolicy.WARN, "knee-injury");
    assertEquals(Verdict.EXCLUDED, a.verdict());
    assertTrue(a.reasons().get(a.reasons().size() - 1).contains("no declared modification"), a.reasons()::toString);
  }

  @Test
  void cautionBecomesAWarningOrAnExclusionUnderTheStrictPolicy() {
    ExerciseAssessment warned = assess("cat-cow", CautionPolicy.WARN, "osteoporosis");
    assertEquals(Verdict.CAUTION, warned.verdict());
    assertEquals("Osteoporosis: Keep rounding gentle.", warned.warnings().get(0));
    assertEquals(Verdict.EXCLUDED, assess("cat-cow", CautionPolicy.EXCLUDE, "osteoporosis").verdict());
  }

  @Test
  void areaRulesReachEveryAreaInsideTheRegion() {
    assertEquals(Verdict.EXCLUDED, assess("piriformis-stretch", CautionPolicy.WARN, "acute-injury-hip").verdict());
    assertEquals(Verdict.EXCLUDED, assess("knee-to-chest", CautionPolicy.WARN, "acute-injury-hip").verdict(),
        "a secondary target inside the region counts too");
    assertEquals(Verdict.ALLOWED, assess("cat-cow", CautionPolicy.WARN, "acute-injury-hip").verdict());
  }

  @Test
  void avoidWinsOverEverythingElse() {
    ExerciseAssessment a = assess("knee-to-chest", CautionPolicy.WARN, "osteoporosis", "wrist-pain", "knee-injury");
    assertEquals(Verdict.EXCLUDED, a.verdict());
  }

  @Test
  void unknownConditionListsCloseMatches() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SafetyAssessment.of(catalog, Set.of("osteoporsis"), CautionPolicy.WARN));
    assertEquals("unknown condition \"osteoporsis\"; did you mean osteoporosis?", e.getMessage());
  }
}
