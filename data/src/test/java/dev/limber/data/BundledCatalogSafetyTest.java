package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import dev.limber.core.Catalog;
import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.ComposerSettings;
import dev.limber.core.Condition;
import dev.limber.core.Difficulty;
import dev.limber.core.Exercise;
import dev.limber.core.MovementPattern;
import dev.limber.core.Position;
import dev.limber.core.RedFlag;
import dev.limber.core.Routine;
import dev.limber.core.RoutineComposer;
import dev.limber.core.RoutineInvariants;
import dev.limber.core.RoutineItem;
import dev.limber.core.ScreeningAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The safety promises on the bundled catalog: for every condition alone and every pair, over the
 * main focus areas and 5 to 20 minutes, no item the catalog marks avoid, modify only as modified,
 * cautions shown; every red flag a referral.
 */
class BundledCatalogSafetyTest {
  private static final Catalog CATALOG = CatalogLoader.bundled();
  private static final RoutineComposer COMPOSER = RoutineComposer.of(CATALOG);
  private static final List<Map<String, Double>> FOCUS = List.of(
      Map.of(), Map.of("lower-back", 1.0), Map.of("hips", 2.0, "hamstrings", 1.0), Map.of("neck", 1.0, "shoulders", 1.0),
      Map.of("legs", 1.0), Map.of("core", 1.0));
  private static final int[] MINUTES = {5, 10, 15, 20};
  /** Exercise id to the conditions {@code limber export} marks it avoid for. */
  private static final Map<String, Set<String>> EXPORTED_AVOID = exportedAvoid();

  private static Map<String, Set<String>> exportedAvoid() {
    Map<String, Set<String>> avoid = new java.util.HashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode exercise : LimberJson.toTree(CATALOG).get("exercises")) {
      for (com.fasterxml.jackson.databind.JsonNode c : exercise.get("contraindications")) {
        if (c.get("severity").asText().equals("avoid")) {
          avoid.computeIfAbsent(exercise.get("id").asText(), k -> new java.util.HashSet<>()).add(c.get("condition").asText());
        }
      }
    }
    return avoid;
  }

  private static ComposeResult compose(Set<String> conditions, Map<String, Double> focus, int minutes, boolean noFloor) {
    ComposeRequest request = ComposeRequest.builder()
        .budgetSeconds(minutes * 60)
        .focus(focus)
        .conditions(conditions)
        .noFloor(noFloor)
        .level(Difficulty.INTERMEDIATE)
        .seed(minutes)
        .build();
    ComposeResult result = COMPOSER.compose(request);
    RoutineInvariants.check(CATALOG, ComposerSettings.defaults(), request, result);
    result.routine().ifPresent(routine -> routine.items().forEach(item -> {
      Set<String> avoidFor = EXPORTED_AVOID.getOrDefault(item.exerciseId(), Set.of());
      assertTrue(java.util.Collections.disjoint(avoidFor, conditions),
          () -> item.exerciseId() + " is marked avoid for " + avoidFor + " in the export, yet composed for " + conditions);
    }));
    return result;
  }

  @Test
  void everyConditionAloneAndInPairsGetsNothingItMustAvoid() {
    List<String> ids = new ArrayList<>();
    CATALOG.conditions().forEach(c -> ids.add(c.id()));
    int routines = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i; j < ids.size(); j++) {
        Set<String> profile = ImmutableSet.of(ids.get(i), ids.get(j));
        for (Map<String, Double> focus : FOCUS) {
          for (int minutes : MINUTES) {
            if (compose(profile, focus, minutes, (i + j + minutes) % 3 == 0).routine().isPresent()) {
              routines++;
            }
          }
        }
      }
    }
    int composed = routines;
    assertTrue(composed > ids.size() * ids.size(), () -> "only " + composed + " routines were composed");
  }

  @Test
  void everySequenceTimedForEachConditionLeavesOutWhatItMustAvoid() {
    for (Condition condition : CATALOG.conditions()) {
      for (dev.limber.core.Sequence sequence : CATALOG.sequences()) {
        Routine routine = COMPOSER.timeSequence(sequence, Set.of(condition.id()));
        for (RoutineItem item : routine.items()) {
          assertTrue(!EXPORTED_AVOID.getOrDefault(item.exerciseId(), Set.of()).contains(condition.id()),
              () -> sequence.id() + " keeps " + item.exerciseId() + " for " + condition.id());
        }
        RoutineInvariants.checkSides(CATALOG, routine);
        RoutineInvariants.checkExplained(routine);
      }
    }
  }

  @Test
  void everyEmergencyOrUrgentRedFlagGivesAReferralAndNoItemsAndANonUrgentOneAdvice() {
    for (RedFlag flag : CATALOG.redFlags()) {
      ComposeResult result = COMPOSER.compose(ComposeRequest.builder().budgetSeconds(600).screening(ScreeningAnswers.of(flag.id())).build());
      if (flag.urgency().stopsRoutine()) {
        assertEquals(ComposeResult.Outcome.REFERRAL, result.outcome(), flag.id());
        assertTrue(result.routine().isEmpty());
        assertEquals(flag.urgency(), result.referral().orElseThrow().urgency());
      } else {
        assertEquals(ComposeResult.Outcome.ROUTINE, result.outcome(), flag.id());
        assertEquals(flag.urgency(), result.advice().orElseThrow().urgency());
      }
    }
  }

  private static List<RoutineItem> itemsFor(String condition) {
    List<RoutineItem> items = new ArrayList<>();
    for (Map<String, Double> focus : FOCUS) {
      for (int minutes : MINUTES) {
        compose(Set.of(condition), focus, minutes, false).routine().ifPresent(r -> items.addAll(r.items()));
      }
    }
    assertTrue(items.size() > 20, () -> condition + " gave too few items to judge");
    return items;
  }

  private static Predicate<RoutineItem> loads(MovementPattern pattern) {
    return item -> CATALOG.exerciseOrThrow(item.exerciseId()).movementPatterns().contains(pattern);
  }

  @Test
  void osteoporosisNeverGetsKneeToChestOrLoadedFlexionOrTwisting() {
    List<RoutineItem> items = itemsFor("osteoporosis");
    assertTrue(items.stream().noneMatch(i -> i.exerciseId().equals("knee-to-chest")));
    assertTrue(items.stream().noneMatch(loads(MovementPattern.LOADED_SPINAL_FLEXION)));
    assertTrue(items.stream().noneMatch(loads(MovementPattern.LOADED_SPINAL_ROTATION)));
    assertTrue(items.stream().noneMatch(loads(MovementPattern.FLEXION_WITH_ROTATION)));
    assertTrue(items.stream().filter(loads(MovementPattern.SPINAL_FLEXION)).allMatch(i -> !i.warnings().isEmpty()),
        "gentle flexion carries a caution");
  }

  @Test
  void wristPainGetsCatCowOnlyInItsWristFriendlyForm() {
    ComposeRequest request = ComposeRequest.builder().budgetSeconds(600).putFocus("lower-back", 1.0).addConditions("wrist-pain")
        .positions(List.of(Position.HANDS_AND_KNEES, Position.KNEELING, Position.SUPINE, Position.PRONE)).build();
    Routine routine = COMPOSER.compose(request).routineOrThrow();
    RoutineInvariants.check(CATALOG, ComposerSettings.defaults(), request, COMPOSER.compose(request));
    RoutineItem catCow = routine.items().stream().filter(i -> i.exerciseId().equals("cat-cow")).findFirst().orElseThrow();
    assertTrue(catCow.modification().orElseThrow().contains("fists"), catCow.modification()::toString);
    assertTrue(itemsFor("wrist-pain").stream().filter(loads(MovementPattern.WEIGHT_ON_WRISTS)).allMatch(i -> i.modification().isPresent()));
  }

  @Test
  void pregnancyNeverLiesFaceDownAndLiesOnTheBackOnlyModified() {
    List<RoutineItem> items = itemsFor("pregnancy");
    assertTrue(items.stream().noneMatch(loads(MovementPattern.LYING_PRONE)));
    assertTrue(items.stream().noneMatch(loads(MovementPattern.CLOSED_TWIST)));
    assertTrue(items.stream().noneMatch(loads(MovementPattern.ABDOMINAL_COMPRESSION)));
    assertTrue(items.stream().filter(loads(MovementPattern.LYING_SUPINE)).allMatch(i -> i.modification().isPresent()));
  }

  @Test
  void glaucomaAndHighBloodPressureKeepTheHeadAboveTheHeart() {
    assertTrue(itemsFor("glaucoma").stream().noneMatch(loads(MovementPattern.HEAD_BELOW_HEART)));
    List<RoutineItem> pressure = itemsFor("high-blood-pressure");
    assertTrue(pressure.stream().noneMatch(loads(MovementPattern.HEAD_BELOW_HEART)));
    assertTrue(pressure.stream().noneMatch(loads(MovementPattern.BREATH_HOLDING)));
  }

  @Test
  void hipReplacementsKeepTheirPrecautions() {
    List<RoutineItem> posterior = itemsFor("hip-replacement-posterior");
    assertTrue(posterior.stream().noneMatch(loads(MovementPattern.DEEP_HIP_FLEXION)));
    assertTrue(posterior.stream().noneMatch(loads(MovementPattern.HIP_ADDUCTION)));
    assertTrue(posterior.stream().noneMatch(loads(MovementPattern.HIP_INTERNAL_ROTATION)));
    assertTrue(itemsFor("hip-replacement-anterior").stream().noneMatch(loads(MovementPattern.HIP_EXTENSION_EXTERNAL_ROTATION)));
  }

  @Test
  void spineConditionsAvoidLoadedBackbends() {
    for (String condition : List.of("spondylolisthesis", "lumbar-spinal-stenosis")) {
      assertTrue(itemsFor(condition).stream().noneMatch(loads(MovementPattern.LOADED_SPINAL_EXTENSION)), condition);
    }
  }

  @Test
  void aKneeInjuryGetsKneelingAndDeepKneeBendsOnlyModified() {
    List<RoutineItem> items = itemsFor("knee-injury");
    assertTrue(items.stream().filter(loads(MovementPattern.KNEELING).or(loads(MovementPattern.DEEP_KNEE_FLEXION)))
        .allMatch(i -> i.modification().isPresent()));
  }

  @Test
  void aHerniatedDiscShowsItsCautions() {
    List<RoutineItem> items = itemsFor("herniated-disc");
    assertTrue(items.stream().filter(loads(MovementPattern.LOADED_SPINAL_FLEXION)).allMatch(i -> !i.warnings().isEmpty()));
  }

  @Test
  void anAcuteInjuryKeepsRoutinesAwayFromTheInjuredRegion() {
    Map<String, String> regions = Map.of("acute-injury-neck", "neck", "acute-injury-hip", "hips", "acute-injury-leg", "legs");
    regions.forEach((condition, region) -> {
      Set<Exercise> touching = CATALOG.exercisesTargeting(region);
      assertTrue(itemsFor(condition).stream().noneMatch(i -> touching.contains(CATALOG.exerciseOrThrow(i.exerciseId()))), condition);
    });
  }

  @Test
  void everyConditionHasAPlainWordsDescription() {
    for (Condition c : CATALOG.conditions()) {
      assertTrue(c.description().length() > 40, c.id());
      assertTrue(!c.rules().isEmpty(), c.id());
    }
  }
}
