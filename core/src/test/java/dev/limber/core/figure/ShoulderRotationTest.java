package dev.limber.core.figure;

import static dev.limber.core.figure.FigureFixtures.exercise;
import static dev.limber.core.figure.FigureFixtures.key;
import static dev.limber.core.figure.FigureFixtures.pose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.limber.core.Exercise;
import dev.limber.core.Position;
import dev.limber.core.Problem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shoulder's rotation about the upper arm: how it is drawn in each view and checked. */
class ShoulderRotationTest {
  private static final Exercise STANDING =
      exercise("stand", Position.STANDING, "rotator-cuff", false);
  private static final Exercise SIDE_LYING =
      exercise("sleeper", Position.SIDE_LYING, "rotator-cuff", false);

  /** The views and the bases drawn in them: side and front standing, top side-lying. */
  private static final View[] VIEWS = {View.SIDE, View.FRONT, View.TOP};

  @Test
  void aStatedRotationTurnsOnlyTheForearmAndHandAboutTheUpperArm() {
    qt().withExamples(300)
        .forAll(doubles().between(-60, 180), doubles().between(0, 150),
            doubles().between(-90, 90), doubles().between(-90, 70))
        .checkAssert(
            (shoulder, elbow, wrist, rotation) -> {
              Map<Joint, Double> plain = new EnumMap<>(Joint.class);
              plain.put(Joint.SHOULDER_LEFT, shoulder);
              plain.put(Joint.ELBOW_LEFT, elbow);
              plain.put(Joint.WRIST_LEFT, wrist);
              Map<Joint, Double> turned = with(plain, Joint.SHOULDER_ROTATION_LEFT, rotation);
              for (View view : VIEWS) {
                Body before = body(view, plain);
                Body after = body(view, turned);
                for (Body.Point p : Body.Point.values()) {
                  if (p != Body.Point.WRIST_LEFT && p != Body.Point.HAND_LEFT) {
                    assertEquals(before.at(p)[0], after.at(p)[0], 1e-9, p::toString);
                    assertEquals(before.at(p)[1], after.at(p)[1], 1e-9, p::toString);
                  }
                }
                double[] axis = unit(minus(after.at(Body.Point.ELBOW_LEFT),
                    after.at(Body.Point.SHOULDER_LEFT)));
                checkTurnedAbout(axis, Body.FOREARM,
                    minus(before.at(Body.Point.WRIST_LEFT), before.at(Body.Point.ELBOW_LEFT)),
                    minus(after.at(Body.Point.WRIST_LEFT), after.at(Body.Point.ELBOW_LEFT)));
                checkTurnedAbout(axis, Body.HAND * 0.8,
                    minus(before.at(Body.Point.HAND_LEFT), before.at(Body.Point.WRIST_LEFT)),
                    minus(after.at(Body.Point.HAND_LEFT), after.at(Body.Point.WRIST_LEFT)));
              }
            });
  }

  /**
   * A segment of {@code length} turned about {@code axis} and seen projected: its part along the
   * axis stays, its part across the axis keeps its line and never grows, and the projection is
   * never longer than the segment.
   */
  private static void checkTurnedAbout(double[] axis, double length, double[] in, double[] out) {
    assertEquals(length, Math.hypot(in[0], in[1]), 1e-9, "in the plane: full length");
    assertTrue(Math.hypot(out[0], out[1]) <= length + 1e-9, "projected: never longer");
    assertEquals(dot(in, axis), dot(out, axis), 1e-9, "along the upper arm: unchanged");
    double[] across = {-axis[1], axis[0]};
    assertTrue(Math.abs(dot(out, across)) <= Math.abs(dot(in, across)) + 1e-9, "across: shrinks");
  }

  @Test
  void theRotationAtWhichTheForearmLiesInThePlaneDrawsTheFigureAsWithoutOne() {
    qt().withExamples(200)
        .forAll(doubles().between(-45, 90), doubles().between(0, 150), doubles().between(-90, 90))
        .checkAssert(
            (shoulder, elbow, wrist) -> {
              Map<Joint, Double> plain = Map.of(
                  Joint.SHOULDER_LEFT, shoulder, Joint.ELBOW_LEFT, elbow, Joint.WRIST_LEFT, wrist);
              // Side view: flexion carries the forearm to an external rotation of the same size;
              // front view: a forearm folded in the frontal plane is at 90 of external rotation.
              assertSame(body(View.SIDE, plain),
                  body(View.SIDE, with(plain, Joint.SHOULDER_ROTATION_LEFT, -shoulder)));
              assertSame(body(View.FRONT, plain),
                  body(View.FRONT, with(plain, Joint.SHOULDER_ROTATION_LEFT, -90.0)));
            });
  }

  @Test
  void withTheArmAtTheSideRotationZeroIsTheForearmForwardAsBefore() {
    Map<Joint, Double> bent = Map.of(Joint.ELBOW_LEFT, 90.0);
    assertSame(body(View.SIDE, bent), body(View.SIDE, with(bent, Joint.SHOULDER_ROTATION_LEFT, 0.0)));
  }

  @Test
  void internalRotationWithTheArmAtTheSideBringsTheForearmAcrossTheBelly() {
    Body b = body(View.SIDE, Map.of(Joint.ELBOW_LEFT, 90.0, Joint.SHOULDER_ROTATION_LEFT, 70.0));

    double[] forearm = minus(b.at(Body.Point.WRIST_LEFT), b.at(Body.Point.ELBOW_LEFT));
    assertEquals(Body.FOREARM * Math.cos(Math.toRadians(70)), forearm[0], 1e-9);
    assertEquals(0, forearm[1], 1e-9);
  }

  @Test
  void theSleeperStretchForearmGoesDownTowardTheFeetForeshortened() {
    // Lying on the left side seen from above, head to the right: the shoulder flexed to 90 puts
    // the upper arm out in front (down the picture); at rotation 0 the forearm points at the
    // ceiling (a dot), and internal rotation lowers it towards the feet (left in the picture).
    Map<Joint, Double> sleeper = Map.of(Joint.SHOULDER_LEFT, 90.0, Joint.ELBOW_LEFT, 90.0);
    Body start = lying(with(sleeper, Joint.SHOULDER_ROTATION_LEFT, 0.0));
    Body hold = lying(with(sleeper, Joint.SHOULDER_ROTATION_LEFT, 45.0));

    double[] up = minus(start.at(Body.Point.WRIST_LEFT), start.at(Body.Point.ELBOW_LEFT));
    assertEquals(0, Math.hypot(up[0], up[1]), 1e-9);
    double[] lowered = minus(hold.at(Body.Point.WRIST_LEFT), hold.at(Body.Point.ELBOW_LEFT));
    assertEquals(-Body.FOREARM * Math.sin(Math.toRadians(45)), lowered[0], 1e-9);
    assertEquals(0, lowered[1], 1e-9);
    assertTrue(hold.at(Body.Point.HEAD)[0] > hold.at(Body.Point.PELVIS)[0], "head to the right");
  }

  @Test
  void aRotationOutsideSeventyInternalOrNinetyExternalIsARangeProblem() {
    for (View view : VIEWS) {
      Exercise exercise = view == View.TOP ? SIDE_LYING : STANDING;
      BasePose base = view == View.TOP ? BasePose.SIDE_LYING : BasePose.STANDING;
      assertEquals(List.of(), rangeProblems(exercise, view, base, 70.0), view::toString);
      assertEquals(List.of(), rangeProblems(exercise, view, base, -90.0), view::toString);
      List<Problem> inward = rangeProblems(exercise, view, base, 75.0);
      assertEquals(1, inward.size(), inward::toString);
      assertEquals("$.keyframes[0].angles.shoulder-rotation-right", inward.get(0).path());
      assertEquals(
          "shoulder-rotation-right 75 is outside its normal range -90 to 70 (" + view.id()
              + " view)",
          inward.get(0).message());
      assertEquals(1, rangeProblems(exercise, view, base, -95.0).size(), view::toString);
    }
  }

  @Test
  void anUnstatedRotationIsNeitherZeroNorChecked() {
    // An arm overhead with the elbow bent (a triceps stretch) implies a rotation past the range
    // in this model's terms; unstated, it is drawn in the plane and not reported.
    Keyframe k = key("k", BasePose.STANDING,
        Map.of(Joint.SHOULDER_LEFT, 170.0, Joint.ELBOW_LEFT, 150.0));
    assertEquals(List.of(), pose("stand", View.SIDE, List.of(), k).check(STANDING));
    assertTrue(!k.resolved(true).containsKey(Joint.SHOULDER_ROTATION_LEFT));
    assertEquals(0.0, k.resolved(true).get(Joint.WRIST_LEFT));
  }

  private static List<Problem> rangeProblems(
      Exercise exercise, View view, BasePose base, double rotation) {
    return pose(exercise.id(), view, List.of(),
            key("k", base, Map.of(Joint.SHOULDER_RIGHT, 20.0, Joint.ELBOW_RIGHT, 90.0,
                Joint.SHOULDER_ROTATION_RIGHT, rotation)))
        .check(exercise).stream()
        .filter(p -> p.path().contains(".angles."))
        .collect(Collectors.toList());
  }

  private static Body body(View view, Map<Joint, Double> angles) {
    if (view == View.TOP) {
      return lying(angles);
    }
    Keyframe k = key("k", BasePose.STANDING, angles);
    return Body.of(pose("x", view, List.of(), k), k, Position.STANDING);
  }

  private static Body lying(Map<Joint, Double> angles) {
    Keyframe k = key("k", BasePose.SIDE_LYING, angles);
    return Body.of(pose("x", View.TOP, List.of(), k), k, Position.SIDE_LYING);
  }

  private static Map<Joint, Double> with(Map<Joint, Double> angles, Joint j, double v) {
    Map<Joint, Double> m = new EnumMap<>(Joint.class);
    m.putAll(angles);
    m.put(j, v);
    return m;
  }

  private static void assertSame(Body expected, Body actual) {
    for (Body.Point p : Body.Point.values()) {
      assertEquals(expected.at(p)[0], actual.at(p)[0], 1e-12, p::toString);
      assertEquals(expected.at(p)[1], actual.at(p)[1], 1e-12, p::toString);
    }
  }

  private static double[] minus(double[] a, double[] b) {
    return new double[] {a[0] - b[0], a[1] - b[1]};
  }

  private static double[] unit(double[] v) {
    double n = Math.hypot(v[0], v[1]);
    return new double[] {v[0] / n, v[1] / n};
  }

  private static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1];
  }
}
