package dev.limber.core.figure;

import static dev.limber.core.figure.FigureFixtures.exercise;
import static dev.limber.core.figure.FigureFixtures.key;
import static dev.limber.core.figure.FigureFixtures.pose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.limber.core.Exercise;
import dev.limber.core.Position;
import dev.limber.core.Problem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PoseCheckTest {
  private static final Exercise ALL_FOURS = exercise("cat-cow", Position.HANDS_AND_KNEES, "lower-back", true);
  private static final Exercise STANDING = exercise("stand", Position.STANDING, "hamstrings", false);

  @Test
  void standingFigureHasWintersProportions() {
    Body b = body(View.SIDE, Position.STANDING, key("k", BasePose.STANDING, Map.of()));

    assertEquals(0.530, b.at(Body.Point.PELVIS)[1], 0.002);
    assertEquals(0.818, b.at(Body.Point.NECK_BASE)[1], 0.002);
    assertEquals(0.485, b.at(Body.Point.WRIST_LEFT)[1], 0.002);
    assertEquals(0.285, b.at(Body.Point.KNEE_LEFT)[1], 0.002);
    assertEquals(1.0, b.at(Body.Point.HEAD)[1] + Body.HEAD_RADIUS, 0.01);
  }

  @Test
  void flexionMovesLimbsTowardTheFront() {
    Body b =
        body(View.SIDE, Position.STANDING,
            key("k", BasePose.STANDING, Map.of(Joint.SHOULDER_LEFT, 90.0, Joint.KNEE_RIGHT, 90.0)));

    double[] shoulder = b.at(Body.Point.SHOULDER_LEFT);
    double[] wrist = b.at(Body.Point.WRIST_LEFT);
    assertEquals(Body.UPPER_ARM + Body.FOREARM, wrist[0] - shoulder[0], 1e-9);
    assertEquals(shoulder[1], wrist[1], 1e-9);
    assertTrue(b.at(Body.Point.ANKLE_RIGHT)[0] < b.at(Body.Point.KNEE_RIGHT)[0] - 0.2, "heel goes back");
  }

  @Test
  void aFrontViewIsMirrorSymmetric() {
    qt().withExamples(200)
        .forAll(angles(false))
        .checkAssert(
            a -> {
              Map<Joint, Double> swapped = new EnumMap<>(Joint.class);
              a.forEach((j, v) -> swapped.put(j.mirror(), j.mirror() == j ? -v : v));
              Body left = body(View.FRONT, Position.STANDING, key("k", BasePose.STANDING, a));
              Body right = body(View.FRONT, Position.STANDING, key("k", BasePose.STANDING, swapped));
              for (Body.Point p : Body.Point.values()) {
                Body.Point q = mirror(p);
                assertEquals(-left.at(p)[0], right.at(q)[0], 1e-9, p::toString);
                assertEquals(left.at(p)[1], right.at(q)[1], 1e-9, p::toString);
              }
            });
  }

  @Test
  void anglesWithinTheirRangesAreNotRangeProblems() {
    qt().withExamples(300)
        .forAll(angles(true))
        .checkAssert(a -> assertEquals(List.of(), rangeProblems(STANDING, View.SIDE, a)));
  }

  @Test
  void anAngleOutsideItsRangeIsAProblemAtItsPath() {
    qt().withExamples(200)
        .forAll(integers().between(0, Joint.values().length - 1), doubles().between(0.5, 60))
        .assuming((i, excess) -> Joint.values()[i] != Joint.TRUNK)
        .checkAssert(
            (i, excess) -> {
              Joint j = Joint.values()[i];
              List<Problem> problems =
                  rangeProblems(STANDING, View.SIDE, Map.of(j, j.max(true) + excess));
              assertEquals(1, problems.size(), problems::toString);
              assertEquals("$.keyframes[0].angles." + j.id(), problems.get(0).path());
            });
  }

  @Test
  void anElbowBentBackwardsIsRejected() {
    List<Problem> problems =
        pose("cat-cow", View.SIDE, List.of(Prop.MAT),
                key("cow", BasePose.HANDS_AND_KNEES, Map.of(Joint.ELBOW_LEFT, -30.0)))
            .check(ALL_FOURS);

    assertEquals(
        "elbow-left -30 is outside its normal range 0 to 150 (side view)",
        problems.get(0).message());
    assertEquals("$.keyframes[0].angles.elbow-left", problems.get(0).path());
    assertEquals("pose", problems.get(0).elementKind());
  }

  @Test
  void aHandUnderTheFloorIsRejected() {
    List<String> messages =
        messages(
            pose("cat-cow", View.SIDE, List.of(Prop.MAT),
                    key("cow", BasePose.HANDS_AND_KNEES, Map.of(Joint.TRUNK, 100.0)))
                .check(ALL_FOURS));

    assertTrue(messages.stream().anyMatch(m -> m.startsWith("the left hand is ")
        && m.contains("cm below the floor")), messages::toString);
  }

  @Test
  void missingContactsOfThePositionAreProblems() {
    List<String> allFours =
        messages(
            pose("cat-cow", View.SIDE, List.of(),
                    key("reach", BasePose.HANDS_AND_KNEES,
                        Map.of(Joint.SHOULDER_LEFT, 150.0, Joint.SHOULDER_RIGHT, 150.0)))
                .check(ALL_FOURS));
    Exercise supine = exercise("lie", Position.SUPINE, "lower-back", false);
    List<String> sitUp =
        messages(
            pose("lie", View.SIDE, List.of(),
                    key("up", BasePose.SUPINE, Map.of(Joint.TRUNK, -40.0)))
                .check(supine));

    assertTrue(allFours.stream().anyMatch(m -> m.startsWith(
        "a hands-and-knees pose rests a hand on the floor, but it is")), allFours::toString);
    assertTrue(sitUp.stream().anyMatch(m -> m.startsWith(
        "a supine pose rests the upper back on the floor")), sitUp::toString);
  }

  @Test
  void handsAndKneesRestsOnAHandAndAKneeSoABirdDogReachIsAllowed() {
    List<Problem> reach =
        pose("cat-cow", View.SIDE, List.of(Prop.MAT),
                key("reach", BasePose.HANDS_AND_KNEES,
                    Map.of(Joint.SHOULDER_LEFT, 160.0, Joint.WRIST_LEFT, 0.0,
                        Joint.HIP_RIGHT, -17.0, Joint.KNEE_RIGHT, 0.0)))
            .check(ALL_FOURS);

    assertEquals(List.of(), reach);
  }

  @Test
  void floorSeatedRestsOnThePelvisOrWithTheHipsLiftedOnHandsAndFeet() {
    Exercise sit = exercise("sit", Position.FLOOR_SEATED, "core", false);
    Keyframe seated = key("sit", BasePose.FLOOR_SEATED, Map.of());
    Map<Joint, Double> lifted = new EnumMap<>(Joint.class);
    lifted.putAll(Map.of(Joint.TRUNK, -80.0, Joint.SPINE, 15.0, Joint.NECK, 20.0,
        Joint.HIP_LEFT, 20.0, Joint.HIP_RIGHT, 20.0, Joint.KNEE_LEFT, 100.0,
        Joint.KNEE_RIGHT, 100.0, Joint.ANKLE_LEFT, 20.0, Joint.ANKLE_RIGHT, 20.0));
    lifted.putAll(Map.of(Joint.SHOULDER_LEFT, -60.0, Joint.SHOULDER_RIGHT, -60.0,
        Joint.WRIST_LEFT, 85.0, Joint.WRIST_RIGHT, 85.0));
    Keyframe tabletop = key("lift", BasePose.FLOOR_SEATED, lifted);
    Keyframe handsUp = key("up", BasePose.FLOOR_SEATED,
        Map.of(Joint.SHOULDER_LEFT, 90.0, Joint.SHOULDER_RIGHT, 90.0));

    assertEquals(Body.SEAT_OFFSET, body(View.SIDE, Position.FLOOR_SEATED, seated)
        .at(Body.Point.PELVIS)[1], 1e-9);
    assertEquals(List.of(), pose("sit", View.SIDE, List.of(), tabletop).check(sit));
    assertTrue(body(View.SIDE, Position.FLOOR_SEATED, tabletop).at(Body.Point.PELVIS)[1] > 0.2,
        "hips lifted");
    assertEquals(List.of(), pose("sit", View.SIDE, List.of(), handsUp).check(sit));
  }

  @Test
  void aFoamRollerLiesUnderTheUpperBackAndCarriesIt() {
    Exercise lie = exercise("lie", Position.SUPINE, "upper-back", true);
    Map<Joint, Double> curl = new EnumMap<>(Joint.class);
    curl.putAll(Map.of(Joint.TRUNK, -63.0, Joint.HIP_LEFT, 97.0, Joint.HIP_RIGHT, 97.0,
        Joint.KNEE_LEFT, 126.0, Joint.KNEE_RIGHT, 126.0, Joint.ANKLE_LEFT, -14.0,
        Joint.ANKLE_RIGHT, -14.0));
    curl.putAll(Map.of(Joint.SHOULDER_LEFT, 137.0, Joint.SHOULDER_RIGHT, 137.0,
        Joint.ELBOW_LEFT, 150.0, Joint.ELBOW_RIGHT, 150.0));
    Keyframe onRoller = key("curl", BasePose.SUPINE, curl);
    Keyframe flat = key("flat", BasePose.SUPINE, Map.of());
    Pose pose = pose("lie", View.SIDE, List.of(Prop.MAT, Prop.FOAM_ROLLER), onRoller, flat);

    Body b = Body.of(pose, onRoller, Position.SUPINE);
    assertEquals(b.midBack()[0], b.roller()[0], 1e-9);
    List<Problem> problems = pose.check(lie);
    assertEquals(List.of("$.keyframes[1]"),
        problems.stream().map(Problem::path).collect(Collectors.toList()), problems::toString);
    assertTrue(problems.get(0).message().startsWith(
        "a supine pose on a foam roller rests the upper back on the roller, but it is"),
        problems::toString);
  }

  @Test
  void aFrontViewKneeFoldsATurnedOutShankBackTowardTheMidline() {
    Body lunge = body(View.FRONT, Position.STANDING, key("k", BasePose.STANDING,
        Map.of(Joint.HIP_RIGHT, 45.0, Joint.KNEE_RIGHT, 45.0)));

    double[] knee = lunge.at(Body.Point.KNEE_RIGHT);
    double[] ankle = lunge.at(Body.Point.ANKLE_RIGHT);
    assertTrue(knee[0] < lunge.at(Body.Point.HIP_RIGHT)[0] - 0.1, "thigh out to the right");
    assertEquals(knee[0], ankle[0], 1e-9, "shank vertical");
    assertEquals(List.of(),
        rangeProblems(STANDING, View.FRONT, Map.of(Joint.KNEE_LEFT, 160.0)));
  }

  @Test
  void onAStepTheToesRestOnItsTopAndADroppedHeelHangsBelowItsEdge() {
    Keyframe calf = key("hold", BasePose.STANDING,
        Map.of(Joint.ANKLE_LEFT, 20.0, Joint.ANKLE_RIGHT, 20.0));
    Pose pose = pose("stand", View.SIDE, List.of(Prop.STEP), calf);

    Body b = Body.of(pose, calf, Position.STANDING);
    assertEquals(Body.STEP_HEIGHT, b.at(Body.Point.TOE_LEFT)[1], 1e-9);
    double[] heel = b.at(Body.Point.HEEL_LEFT);
    assertTrue(heel[1] < Body.STEP_HEIGHT - 0.03 && heel[1] > 0, "heel below the edge");
    assertTrue(heel[0] < b.surfaces().get(0)[0], "heel behind the step's edge");
    assertEquals(List.of(), pose.check(STANDING));
  }

  @Test
  void aHangingFootBesideTheStepKeepsTheFirstKeyframesStandingFoot() {
    Keyframe drop = key("drop", BasePose.STANDING, Map.of(Joint.TRUNK, 8.0, Joint.SPINE, -8.0,
        Joint.HIP_LEFT, 8.0, Joint.HIP_RIGHT, -8.0));
    Keyframe lift = key("lift", BasePose.STANDING, Map.of(Joint.TRUNK, -3.0, Joint.SPINE, 3.0,
        Joint.HIP_LEFT, -3.0, Joint.HIP_RIGHT, 3.0));
    Pose pose = pose("stand", View.FRONT, List.of(Prop.STEP), drop, lift);

    for (Keyframe k : List.of(drop, lift)) {
      Body b = Body.of(pose, k, Position.STANDING);
      assertEquals(Body.STEP_HEIGHT,
          Math.min(b.at(Body.Point.HEEL_RIGHT)[1], b.at(Body.Point.TOE_RIGHT)[1]), 1e-9,
          k.name());
      assertTrue(b.at(Body.Point.HEEL_LEFT)[0] > b.surfaces().get(0)[1], "left foot beside it");
    }
    assertEquals(List.of(), pose.check(STANDING));
  }

  @Test
  void kneelingInAFrontViewTheShankPointsAwayAndIsForeshortened() {
    Body kneel = body(View.FRONT, Position.KNEELING, key("k", BasePose.KNEELING,
        Map.of(Joint.KNEE_LEFT, 90.0, Joint.KNEE_RIGHT, 60.0)));

    double[] knee = kneel.at(Body.Point.KNEE_LEFT);
    assertEquals(0, knee[1], 1e-9);
    assertEquals(knee[0], kneel.at(Body.Point.ANKLE_LEFT)[0], 1e-9);
    assertEquals(knee[1], kneel.at(Body.Point.ANKLE_LEFT)[1], 1e-9);
    double[] right = kneel.at(Body.Point.KNEE_RIGHT);
    assertEquals(Body.SHANK / 2, right[1] - kneel.at(Body.Point.ANKLE_RIGHT)[1], 1e-9);
  }

  @Test
  void aChairSeatedPoseNeedsAChairAndBasesMustMatchThePosition() {
    Exercise seated = exercise("sit", Position.SEATED, "neck", false);
    List<Problem> problems =
        pose("sit", View.SIDE, List.of(), key("k", BasePose.STANDING, Map.of())).check(seated);

    assertEquals(List.of("$.props", "$.keyframes[0].base"),
        problems.stream().map(Problem::path).collect(Collectors.toList()));
  }

  static List<Problem> rangeProblems(Exercise exercise, View view, Map<Joint, Double> angles) {
    return pose(exercise.id(), view, List.of(), key("k", BasePose.STANDING, angles))
        .check(exercise).stream()
        .filter(p -> p.path().contains(".angles."))
        .collect(Collectors.toList());
  }

  private static List<String> messages(List<Problem> problems) {
    return problems.stream().map(Problem::message).collect(Collectors.toList());
  }

  private static Body body(View view, Position position, Keyframe k) {
    Pose pose = pose("x", view, List.of(), k);
    return Body.of(pose, k, position);
  }

  private static Body.Point mirror(Body.Point p) {
    String n = p.name();
    if (n.endsWith("_LEFT")) {
      return Body.Point.valueOf(n.replace("_LEFT", "_RIGHT"));
    }
    if (n.endsWith("_RIGHT")) {
      return Body.Point.valueOf(n.replace("_RIGHT", "_LEFT"));
    }
    return p;
  }

  /** Every joint at a random angle within its range in the sagittal plane or the frontal one. */
  private static Gen<Map<Joint, Double>> angles(boolean sagittal) {
    Gen<Map<Joint, Double>> gen = r -> new EnumMap<>(Joint.class);
    for (Joint j : Joint.values()) {
      Gen<Double> angle = doubles().between(j.min(sagittal), j.max(sagittal));
      Gen<Map<Joint, Double>> previous = gen;
      gen = previous.zip(angle, (m, v) -> {
        Map<Joint, Double> next = new EnumMap<>(Joint.class);
        next.putAll(m);
        next.put(j, v);
        return next;
      });
    }
    return gen;
  }
}
