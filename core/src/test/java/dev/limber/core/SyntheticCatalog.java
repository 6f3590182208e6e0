package dev.limber.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates random but valid catalogs for property tests and benchmarks: a small area tree,
 * conditions with random movement-pattern and area rules, red flags, and exercises with random
 * positions, dosages, targets, patterns, modifications, explicit contraindications and easier
 * variations. The same seed gives the same catalog.
 */
public final class SyntheticCatalog {
  /** The condition ids every synthetic catalog has. */
  public static final List<String> CONDITIONS =
      List.of("cond-a", "cond-b", "cond-c", "cond-d", "cond-e", "cond-f");

  /** The red flag ids every synthetic catalog has. */
  public static final List<String> RED_FLAGS = List.of("flag-emergency", "flag-urgent", "flag-other");

  /** The region ids every synthetic catalog has; each has three leaf areas, {@code <region>-1..3}. */
  public static final List<String> REGIONS = List.of("region-a", "region-b", "region-c", "region-d");

  /** The equipment ids exercises may need. */
  public static final List<String> EQUIPMENT = List.of("mat", "chair", "strap", "wall");

  private SyntheticCatalog() {}

  /** A catalog of {@code exercises} random exercises, the same for the same seed. */
  public static Catalog generate(long seed, int exercises) {
    Random random = new Random(seed);
    Catalog.Builder catalog = Catalog.builder();
    List<String> areas = new ArrayList<>();
    for (String region : REGIONS) {
      catalog.addAreas(TargetArea.builder().id(region).name("Region " + region).kind(AreaKind.REGION).build());
      areas.add(region);
      for (int i = 1; i <= 3; i++) {
        String id = region + "-" + i;
        catalog.addAreas(TargetArea.builder().id(id).name("Area " + id).parentId(region).kind(AreaKind.AREA).build());
        areas.add(id);
      }
    }
    MovementPattern[] patterns = MovementPattern.values();
    for (String id : CONDITIONS) {
      Condition.Builder condition = Condition.builder().id(id).name("Condition " + id).description("A synthetic condition.");
      int rules = 1 + random.nextInt(4);
      for (int r = 0; r < rules; r++) {
        Severity severity = Severity.values()[random.nextInt(3)];
        ConditionRule.Builder rule = ConditionRule.builder().severity(severity).reason("Synthetic reason " + r + ".");
        if (random.nextInt(8) == 0) {
          rule.area(areas.get(random.nextInt(areas.size())));
        } else {
          rule.pattern(patterns[random.nextInt(patterns.length)]);
        }
        if (severity == Severity.MODIFY) {
          rule.instead("Do the safer form.");
        }
        condition.addRules(rule.build());
      }
      catalog.addConditions(condition.build());
    }
    for (int i = 0; i < RED_FLAGS.size(); i++) {
      catalog.addRedFlags(
          RedFlag.builder()
              .id(RED_FLAGS.get(i))
              .name("Flag " + i)
              .question("Do you have flag " + i + "?")
              .description("See a doctor about flag " + i + ".")
              .urgency(i == 0 ? Urgency.EMERGENCY : Urgency.URGENT)
              .build());
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < exercises; i++) {
      String id = "ex-" + i;
      catalog.addExercises(exercise(random, id, areas, ids));
      ids.add(id);
    }
    catalog.addGoals(
        Goal.builder()
            .id("goal-a")
            .name("Goal A")
            .description("A synthetic goal.")
            .putFocus(REGIONS.get(0), 2.0)
            .putFocus(REGIONS.get(1) + "-1", 1.0)
            .addPreferredTags("tag-a")
            .build());
    return catalog.build();
  }

  private static Exercise exercise(Random random, String id, List<String> areas, List<String> earlier) {
    Position position = Position.values()[random.nextInt(Position.values().length)];
    boolean floor = position != Position.STANDING && (position != Position.SEATED || random.nextBoolean());
    Set<MovementPattern> loads = EnumSet.noneOf(MovementPattern.class);
    int patternCount = random.nextInt(5);
    for (int p = 0; p < patternCount; p++) {
      loads.add(MovementPattern.values()[random.nextInt(MovementPattern.values().length)]);
    }
    Exercise.Builder exercise =
        Exercise.builder()
            .id(id)
            .name("Exercise " + id)
            .kind(ExerciseKind.values()[random.nextInt(ExerciseKind.values().length)])
            .position(position)
            .needsFloor(floor)
            .difficulty(Difficulty.values()[random.nextInt(3) == 0 ? random.nextInt(3) : 0])
            .laterality(random.nextBoolean() ? Laterality.BILATERAL : Laterality.UNILATERAL)
            .dosage(dosage(random))
            .addMovementPatterns(loads.toArray(new MovementPattern[0]))
            .addSteps("Step one.", "Step two.", "Step three.")
            .addTags(random.nextBoolean() ? "tag-a" : "tag-b");
    String primary = areas.get(random.nextInt(areas.size()));
    exercise.addPrimaryTargets(primary);
    String secondary = areas.get(random.nextInt(areas.size()));
    if (!secondary.equals(primary) && random.nextBoolean()) {
      exercise.addSecondaryTargets(secondary);
    }
    for (Phase phase : Phase.values()) {
      if (random.nextInt(3) == 0) {
        exercise.addPhases(phase);
      }
    }
    exercise.addPhases(Phase.values()[random.nextInt(3)]);
    if (random.nextInt(5) == 0) {
      exercise.addEquipment(EQUIPMENT.get(random.nextInt(EQUIPMENT.size())));
    }
    for (MovementPattern pattern : loads) {
      if (random.nextInt(3) == 0) {
        ExerciseModification.Builder modification =
            ExerciseModification.builder().addRemoves(pattern).description("Avoid " + pattern.id() + ".");
        if (random.nextInt(4) == 0) {
          modification.position(Position.values()[random.nextInt(Position.values().length)]);
        }
        exercise.addModifications(modification.build());
      }
    }
    if (random.nextInt(8) == 0) {
      exercise.addContraindications(
          Contraindication.builder()
              .conditionId(CONDITIONS.get(random.nextInt(CONDITIONS.size())))
              .severity(Severity.values()[random.nextInt(3)])
              .reason("An explicit synthetic reason.")
              .build());
    }
    if (!earlier.isEmpty() && random.nextInt(4) == 0) {
      exercise.addEasierVariations(earlier.get(random.nextInt(earlier.size())));
    }
    return exercise.build();
  }

  private static Dosage dosage(Random random) {
    switch (random.nextInt(3)) {
      case 0:
        int min = 10 + random.nextInt(20);
        return Dosage.seconds(min, min + random.nextInt(20), min + 20 + random.nextInt(60));
      case 1:
        int breaths = 2 + random.nextInt(5);
        return Dosage.of(DosageUnit.BREATHS, breaths, breaths + random.nextInt(4), breaths + 4 + random.nextInt(6), 4 + random.nextInt(5));
      default:
        int reps = 3 + random.nextInt(5);
        return Dosage.of(DosageUnit.REPETITIONS, reps, reps + random.nextInt(5), reps + 5 + random.nextInt(10), 2 + random.nextInt(4));
    }
  }
}
