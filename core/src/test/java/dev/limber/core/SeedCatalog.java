package dev.limber.core;

/** A small hand-written catalog after the seed article, for example tests. */
final class SeedCatalog {
  private SeedCatalog() {}

  static TargetArea area(String id, String parent) {
    TargetArea.Builder area = TargetArea.builder().id(id).name(id.replace('-', ' ')).kind(parent == null ? AreaKind.REGION : AreaKind.AREA);
    if (parent != null) {
      area.parentId(parent);
    }
    return area.build();
  }

  static Exercise.Builder exercise(String id, Position position, Laterality laterality, Dosage dosage, String... targets) {
    return Exercise.builder()
        .id(id)
        .name(id.replace('-', ' '))
        .kind(ExerciseKind.STATIC_STRETCH)
        .position(position)
        .needsFloor(position != Position.STANDING && position != Position.SEATED)
        .laterality(laterality)
        .dosage(dosage)
        .addPrimaryTargets(targets)
        .addPhases(Phase.MAIN)
        .addSteps("Get into position.", "Hold it gently.", "Come out slowly.");
  }

  static Catalog catalog() {
    Dosage hold = Dosage.seconds(20, 30, 60);
    return Catalog.builder()
        .addAreas(
            area("back", null), area("lower-back", "back"), area("mid-back", "back"),
            area("hips", null), area("glutes", "hips"), area("piriformis", "hips"),
            area("whole-body", null))
        .addExercises(
            exercise("cat-cow", Position.HANDS_AND_KNEES, Laterality.BILATERAL, Dosage.of(DosageUnit.BREATHS, 5, 8, 10, 6), "lower-back", "mid-back")
                .kind(ExerciseKind.DYNAMIC_MOBILITY)
                .phases(java.util.List.of(Phase.WARM_UP))
                .addMovementPatterns(MovementPattern.SPINAL_FLEXION, MovementPattern.SPINAL_EXTENSION, MovementPattern.WEIGHT_ON_WRISTS, MovementPattern.KNEELING)
                .addModifications(ExerciseModification.builder().addRemoves(MovementPattern.WEIGHT_ON_WRISTS).description("Rest on your forearms.").build())
                .addEasierVariations("seated-cat-cow")
                .build(),
            exercise("seated-cat-cow", Position.SEATED, Laterality.BILATERAL, Dosage.of(DosageUnit.BREATHS, 5, 8, 10, 6), "lower-back", "mid-back")
                .kind(ExerciseKind.DYNAMIC_MOBILITY)
                .phases(java.util.List.of(Phase.WARM_UP))
                .addMovementPatterns(MovementPattern.SPINAL_FLEXION, MovementPattern.SPINAL_EXTENSION)
                .addEquipment("chair")
                .build(),
            exercise("knee-to-chest", Position.SUPINE, Laterality.UNILATERAL, hold, "lower-back")
                .addSecondaryTargets("glutes")
                .addMovementPatterns(MovementPattern.LYING_SUPINE, MovementPattern.DEEP_HIP_FLEXION, MovementPattern.SPINAL_FLEXION, MovementPattern.LOADED_SPINAL_FLEXION)
                .addPhases(Phase.COOL_DOWN)
                .build(),
            exercise("supine-spinal-twist", Position.SUPINE, Laterality.UNILATERAL, hold, "lower-back", "mid-back")
                .addMovementPatterns(MovementPattern.LYING_SUPINE, MovementPattern.SPINAL_ROTATION)
                .addPhases(Phase.COOL_DOWN)
                .build(),
            exercise("childs-pose", Position.KNEELING, Laterality.BILATERAL, Dosage.seconds(30, 60, 180), "lower-back")
                .kind(ExerciseKind.RELAXATION)
                .phases(java.util.List.of(Phase.COOL_DOWN))
                .addMovementPatterns(MovementPattern.KNEELING, MovementPattern.DEEP_KNEE_FLEXION, MovementPattern.SPINAL_FLEXION, MovementPattern.HEAD_BELOW_HEART)
                .build(),
            exercise("piriformis-stretch", Position.SUPINE, Laterality.UNILATERAL, hold, "piriformis")
                .addSecondaryTargets("glutes")
                .addMovementPatterns(MovementPattern.LYING_SUPINE, MovementPattern.DEEP_HIP_FLEXION)
                .addTags("sciatica")
                .build(),
            exercise("standing-side-bend", Position.STANDING, Laterality.UNILATERAL, Dosage.seconds(10, 20, 30), "lower-back")
                .kind(ExerciseKind.DYNAMIC_MOBILITY)
                .addPhases(Phase.WARM_UP)
                .addMovementPatterns(MovementPattern.SPINAL_LATERAL_FLEXION)
                .build(),
            exercise("standing-hip-circles", Position.STANDING, Laterality.UNILATERAL, Dosage.of(DosageUnit.REPETITIONS, 5, 8, 12, 3), "hips")
                .kind(ExerciseKind.DYNAMIC_MOBILITY)
                .phases(java.util.List.of(Phase.WARM_UP))
                .addMovementPatterns(MovementPattern.BALANCE_CHALLENGE)
                .build(),
            exercise("seated-figure-four", Position.SEATED, Laterality.UNILATERAL, hold, "piriformis", "glutes")
                .addEquipment("chair")
                .build(),
            exercise("bird-dog", Position.HANDS_AND_KNEES, Laterality.UNILATERAL, Dosage.of(DosageUnit.REPETITIONS, 5, 8, 10, 4), "lower-back")
                .kind(ExerciseKind.STRENGTH_STABILITY)
                .difficulty(Difficulty.INTERMEDIATE)
                .addMovementPatterns(MovementPattern.WEIGHT_ON_WRISTS, MovementPattern.KNEELING, MovementPattern.BALANCE_CHALLENGE)
                .build(),
            exercise("belly-breathing", Position.SUPINE, Laterality.BILATERAL, Dosage.of(DosageUnit.BREATHS, 5, 10, 20, 6), "whole-body")
                .kind(ExerciseKind.RELAXATION)
                .phases(java.util.List.of(Phase.COOL_DOWN))
                .addMovementPatterns(MovementPattern.LYING_SUPINE)
                .build())
        .addConditions(
            Condition.builder().id("osteoporosis").name("Osteoporosis").description("Thin bones.")
                .addRules(ConditionRule.onPattern(MovementPattern.LOADED_SPINAL_FLEXION, Severity.AVOID, "Loaded flexion raises fracture risk."))
                .addRules(ConditionRule.onPattern(MovementPattern.SPINAL_FLEXION, Severity.CAUTION, "Keep rounding gentle."))
                .build(),
            Condition.builder().id("wrist-pain").name("Wrist pain").description("Sore wrists.")
                .addRules(ConditionRule.builder().pattern(MovementPattern.WEIGHT_ON_WRISTS).severity(Severity.MODIFY)
                    .reason("Weight on bent wrists can hurt.").instead("Use fists or forearms.").build())
                .build(),
            Condition.builder().id("knee-injury").name("Knee injury").description("A hurt knee.")
                .addRules(ConditionRule.builder().pattern(MovementPattern.KNEELING).severity(Severity.MODIFY)
                    .reason("Kneeling presses on the knee.").instead("Pad the knees.").build())
                .build(),
            Condition.builder().id("acute-injury-hip").name("Hip injury").description("A fresh hip injury.")
                .addRules(ConditionRule.onArea("hips", Severity.AVOID, "Let the hip heal first."))
                .build())
        .addRedFlags(
            RedFlag.builder().id("saddle-numbness").name("Saddle numbness").question("Numb between the legs?")
                .description("Go to emergency care now.").urgency(Urgency.EMERGENCY).build(),
            RedFlag.builder().id("fever").name("Fever").question("Do you have a fever?")
                .description("See a doctor before exercising.").urgency(Urgency.URGENT).build())
        .addSequences(
            Sequence.builder().id("quick-morning").name("Quick morning").description("A short wake-up.")
                .addSteps(SequenceStep.of("cat-cow", Phase.WARM_UP), SequenceStep.of("knee-to-chest", Phase.MAIN),
                    SequenceStep.builder().exerciseId("childs-pose").phase(Phase.COOL_DOWN).count(30).build())
                .build())
        .build();
  }
}
