package dev.limber.core.figure;

import dev.limber.core.Dosage;
import dev.limber.core.DosageUnit;
import dev.limber.core.Exercise;
import dev.limber.core.ExerciseKind;
import dev.limber.core.Laterality;
import dev.limber.core.Phase;
import dev.limber.core.Position;
import java.util.List;
import java.util.Map;

/** Exercises and poses for the figure tests. */
final class FigureFixtures {
  private FigureFixtures() {}

  static Exercise exercise(String id, Position position, String target, boolean drill) {
    return Exercise.builder()
        .id(id)
        .name("Exercise " + id)
        .kind(drill ? ExerciseKind.DYNAMIC_MOBILITY : ExerciseKind.STATIC_STRETCH)
        .position(position)
        .needsFloor(position != Position.STANDING && position != Position.SEATED)
        .laterality(Laterality.UNILATERAL)
        .dosage(drill ? Dosage.of(DosageUnit.BREATHS, 5, 8, 10, 6) : Dosage.seconds(20, 30, 60))
        .addPrimaryTargets(target)
        .addPhases(Phase.MAIN)
        .addSteps("Get into position.", "Do it.", "Come out of it slowly.")
        .build();
  }

  static Pose pose(String id, View view, List<Prop> props, Keyframe... keyframes) {
    return Pose.of(id, view, props, List.of(keyframes), List.of("test"));
  }

  static Keyframe key(String name, BasePose base, Map<Joint, Double> angles) {
    return Keyframe.of(name, base, angles);
  }

  /** The props a base's position needs. */
  static List<Prop> propsFor(BasePose base) {
    return base.position() == Position.SEATED ? List.of(Prop.CHAIR) : List.of(Prop.MAT);
  }
}
