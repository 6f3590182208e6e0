package dev.limber.core.figure;

import static dev.limber.core.figure.FigureFixtures.exercise;
import static dev.limber.core.figure.FigureFixtures.key;
import static dev.limber.core.figure.FigureFixtures.pose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.core.AreaKind;
import dev.limber.core.Catalog;
import dev.limber.core.Exercise;
import dev.limber.core.Position;
import dev.limber.core.Side;
import dev.limber.core.TargetArea;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FiguresTest {
  static final Exercise CAT_COW = exercise("cat-cow", Position.HANDS_AND_KNEES, "lower-back", true);
  static final Pose CAT_COW_POSE =
      pose("cat-cow", View.SIDE, List.of(Prop.MAT),
          key("cow", BasePose.HANDS_AND_KNEES, Map.of(Joint.TRUNK, 87.0, Joint.SPINE, -23.0,
              Joint.NECK, -30.0, Joint.SHOULDER_LEFT, 64.0, Joint.SHOULDER_RIGHT, 64.0,
              Joint.HIP_LEFT, 87.0, Joint.HIP_RIGHT, 87.0)),
          key("cat", BasePose.HANDS_AND_KNEES, Map.of(Joint.TRUNK, 52.0, Joint.SPINE, 30.0,
              Joint.NECK, 35.0, Joint.SHOULDER_LEFT, 82.0, Joint.SHOULDER_RIGHT, 82.0,
              Joint.HIP_LEFT, 52.0, Joint.HIP_RIGHT, 52.0)));
  static final Exercise SEATED = exercise("seated-hamstring", Position.SEATED, "hamstrings", false);
  static final Pose SEATED_POSE =
      pose("seated-hamstring", View.SIDE, List.of(Prop.CHAIR),
          key("hold", BasePose.SEATED, Map.of(Joint.TRUNK, 30.0, Joint.HIP_LEFT, 90.0,
              Joint.KNEE_LEFT, 0.0, Joint.HIP_RIGHT, 120.0)));

  /** The bundled sleeper stretch's pose: a shoulder rotation drawn in a top view. */
  static final Exercise SLEEPER =
      exercise("sleeper-stretch", Position.SIDE_LYING, "rotator-cuff", false);
  static final Pose SLEEPER_POSE =
      pose("sleeper-stretch", View.TOP, List.of(Prop.MAT),
          key("hold", BasePose.SIDE_LYING, Map.of(Joint.SHOULDER_LEFT, 90.0,
              Joint.ELBOW_LEFT, 90.0, Joint.SHOULDER_ROTATION_LEFT, 45.0,
              Joint.SHOULDER_RIGHT, 5.0, Joint.ELBOW_RIGHT, 110.0, Joint.HIP_LEFT, 45.0,
              Joint.HIP_RIGHT, 45.0, Joint.KNEE_LEFT, 70.0, Joint.KNEE_RIGHT, 70.0)));

  static final TargetArea LOWER_BACK =
      TargetArea.builder().id("lower-back").name("Lower back").kind(AreaKind.REGION).build();

  @Test
  void theExemplarPosesOfTheseTestsAreValid() {
    assertEquals(List.of(), CAT_COW_POSE.check(CAT_COW));
    assertEquals(List.of(), SEATED_POSE.check(SEATED));
    assertEquals(List.of(), SLEEPER_POSE.check(SLEEPER));
  }

  @Test
  void aTableIsDrawnAtTheHigherHandReachingAwayFromTheBody() {
    Exercise stand = exercise("lean", Position.STANDING, "shoulders", false);
    Keyframe lean = key("lean", BasePose.STANDING,
        Map.of(Joint.SHOULDER_RIGHT, 80.0, Joint.WRIST_RIGHT, 90.0));
    String without = Figures.svg(stand, pose("lean", View.SIDE, List.of(), lean), Side.LEFT,
        FigureOptions.defaults());
    String with = Figures.svg(stand, pose("lean", View.SIDE, List.of(Prop.TABLE), lean),
        Side.LEFT, FigureOptions.defaults());

    assertEquals(without.split("<path").length + 2, with.split("<path").length, with);
  }

  @Test
  void aChairToHoldStandsAtTheHandOfAStandingFigure() {
    Exercise stand = exercise("hold", Position.STANDING, "calves", false);
    Keyframe hold = key("hold", BasePose.STANDING,
        Map.of(Joint.SHOULDER_LEFT, 60.0, Joint.ELBOW_LEFT, 40.0));
    String without = Figures.svg(stand, pose("hold", View.SIDE, List.of(), hold), Side.LEFT,
        FigureOptions.defaults());
    String with = Figures.svg(stand, pose("hold", View.SIDE, List.of(Prop.CHAIR), hold),
        Side.LEFT, FigureOptions.defaults());

    // Seat, backrest and two legs; no backrest behind the pelvis as for a seated figure.
    assertEquals(without.split("<path").length + 4, with.split("<path").length, with);
  }

  @Test
  void theSameFigureIsTheSameBytes() {
    FigureOptions animated = FigureOptions.defaults().withAnimated(true);
    assertEquals(
        Figures.svg(CAT_COW, CAT_COW_POSE, Side.LEFT, animated),
        Figures.svg(CAT_COW, CAT_COW_POSE, Side.LEFT, animated));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void figuresAreSmallSelfContainedSvgWithoutText(boolean animated) {
    // Parsed by an XML parser in the examples' LimberCliTest (java.xml is not a core module).
    String svg =
        Figures.svg(CAT_COW, CAT_COW_POSE, Side.RIGHT,
            FigureOptions.defaults().withAnimated(animated).withSize(96));

    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "), svg);
    assertTrue(svg.contains("width=\"96\" height=\"96\""), svg);
    assertEquals(animated ? 17 : 0, svg.split("<animate ", -1).length - 1);
    assertFalse(svg.contains("<text") || svg.contains("href") || svg.contains("<script"), svg);
    assertTrue(svg.length() < 20_000, "small: " + svg.length());
  }

  @Test
  void aDrillAnimatesThroughItsKeyframesAndBack() {
    String svg = Figures.svg(CAT_COW, CAT_COW_POSE, Side.LEFT, FigureOptions.defaults().withAnimated(true));

    assertTrue(svg.contains("keyTimes=\"0;0.5;1\""), svg);
    assertTrue(svg.contains("dur=\"6s\""), svg);
    assertTrue(Figures.animates(CAT_COW, CAT_COW_POSE));
    assertFalse(Figures.animates(SEATED, SEATED_POSE));
  }

  @Test
  void theRightSideIsTheMirrorImageOfTheLeft() {
    String left = Figures.svg(SEATED, SEATED_POSE, Side.LEFT, FigureOptions.defaults());
    String right = Figures.svg(SEATED, SEATED_POSE, Side.RIGHT, FigureOptions.defaults());

    assertNotEquals(left, right);
    assertEquals(left.length(), right.length(), 40);
  }

  @Test
  void theTargetAreaIsHighlighted() {
    String svg = Figures.svg(SEATED, SEATED_POSE, Side.LEFT, FigureOptions.defaults());
    assertTrue(svg.contains(Figures.TARGET), svg);
  }

  @Test
  void figuresFromACatalogNeedAPose() {
    Catalog catalog = Catalog.builder().addAreas(LOWER_BACK).addExercises(CAT_COW).build();
    Figures figures = Figures.of(catalog);

    assertFalse(figures.has("cat-cow"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> figures.svg(CAT_COW, Side.LEFT, FigureOptions.defaults()));
    assertEquals("exercise cat-cow has no pose yet, so no figure", e.getMessage());
  }

  @Test
  void aWallBehindAChairSeatedFigureStandsBehindTheChair() {
    Pose againstWall = pose("seated-hamstring", View.SIDE, List.of(Prop.CHAIR, Prop.WALL_BEHIND),
        SEATED_POSE.keyframes().get(0));
    for (Side side : Side.values()) {
      String svg = Figures.svg(SEATED, againstWall, side, FigureOptions.defaults());
      double wall = Double.NaN;
      double chairMin = Double.POSITIVE_INFINITY;
      double chairMax = Double.NEGATIVE_INFINITY;
      java.util.regex.Matcher m = java.util.regex.Pattern.compile(
              "<path d=\"M([-0-9.]+) [-0-9.]+L([-0-9.]+) [-0-9.]+\" stroke=\"" + Figures.PROP
                  + "\" stroke-width=\"([0-9]+)\"")
          .matcher(svg);
      while (m.find()) {
        double x = Math.min(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
        double xb = Math.max(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
        if (m.group(3).equals("5")) {
          wall = x;
        } else if (!m.group(3).equals("2")) {
          chairMin = Math.min(chairMin, x);
          chairMax = Math.max(chairMax, xb);
        }
      }
      // The seated figure faces right on the left side (the chair's back to the left), left on
      // the right side; the seat is the same one, mirrored. Here the exercise is one-sided.
      if (side == Side.LEFT) {
        assertTrue(wall < chairMin, svg);
      } else {
        assertTrue(wall > chairMax, svg);
      }
    }
  }

  @Test
  void aCatalogRejectsABadPoseAndAPoseOfAnUnknownExercise() {
    Pose bent = pose("cat-cow", View.SIDE, List.of(),
        key("cow", BasePose.HANDS_AND_KNEES, Map.of(Joint.ELBOW_RIGHT, -10.0)));
    Pose stray = pose("cat-cw", View.SIDE, List.of(), key("k", BasePose.STANDING, Map.of()));
    var e = assertThrows(dev.limber.core.CatalogException.class,
        () -> Catalog.builder().addAreas(LOWER_BACK).addExercises(CAT_COW).addPoses(bent, stray).build());

    assertEquals(2, e.problems().size(), e.problems()::toString);
    assertTrue(e.problems().toString().contains("unknown exercise \"cat-cw\""), e.problems()::toString);
  }

  @Test
  void goldenFigures() throws IOException {
    golden("cat-cow-animated.svg",
        Figures.svg(CAT_COW, CAT_COW_POSE, Side.LEFT, FigureOptions.defaults().withAnimated(true)));
    golden("seated-hamstring-right.svg",
        Figures.svg(SEATED, SEATED_POSE, Side.RIGHT, FigureOptions.defaults()));
    golden("sleeper-stretch.svg",
        Figures.svg(SLEEPER, SLEEPER_POSE, Side.LEFT, FigureOptions.defaults()));
  }

  /**
   * Compares with the committed figure; after a deliberate change to the drawing, regenerate with
   * {@code mvn -B -pl core test -Dtest=FiguresTest -Dlimber.golden.update=true} and look at them.
   */
  private static void golden(String name, String svg) throws IOException {
    Path file = Path.of("src/test/resources/dev/limber/core/figure/golden", name);
    if (Boolean.getBoolean("limber.golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, svg, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), svg, name);
  }
}
