package dev.limber.core.figure;

import static dev.limber.core.figure.FigureFixtures.exercise;
import static dev.limber.core.figure.FigureFixtures.key;
import static dev.limber.core.figure.FigureFixtures.pose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.limber.core.Catalog;
import dev.limber.core.Dosage;
import dev.limber.core.DosageUnit;
import dev.limber.core.Exercise;
import dev.limber.core.Position;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figure package's values: ids, joints' sides, keyframes, poses and options. */
class FigureValuesTest {
  @Test
  void everyConstantIsFoundByItsIdWrittenInLowerCaseWithHyphens() {
    for (View v : View.values()) {
      assertEquals(v.name().toLowerCase(Locale.ROOT), v.id());
      assertSame(v, View.fromId(v.id()));
    }
    for (Prop p : Prop.values()) {
      assertEquals(p.name().toLowerCase(Locale.ROOT).replace('_', '-'), p.id());
      assertSame(p, Prop.fromId(p.id()));
    }
    for (BasePose b : BasePose.values()) {
      assertEquals(b.name().toLowerCase(Locale.ROOT).replace('_', '-'), b.id());
      assertSame(b, BasePose.fromId(b.id()));
    }
    for (Joint j : Joint.values()) {
      assertSame(j, Joint.fromId(j.id()));
    }
    assertEquals("hands-and-knees", BasePose.HANDS_AND_KNEES.id());
    assertEquals("elbow-left", Joint.ELBOW_LEFT.id());
    assertThrows(IllegalArgumentException.class, () -> View.fromId("SIDE"));
    assertThrows(IllegalArgumentException.class, () -> Prop.fromId("Mat"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BasePose.fromId("lying"))
        .getMessage().contains("hands-and-knees"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Joint.fromId("elbow_left"))
        .getMessage().contains("elbow-left"));
  }

  @Test
  void aLimbJointMirrorsToItsTwinWithTheSameRangesAndTheAxialJointsToThemselves() {
    for (Joint j : Joint.values()) {
      Joint twin = j.mirror();
      assertSame(j, twin.mirror(), j.id());
      assertEquals(j.min(true), twin.min(true), j.id());
      assertEquals(j.max(true), twin.max(true), j.id());
      assertEquals(j.min(false), twin.min(false), j.id());
      assertEquals(j.max(false), twin.max(false), j.id());
      boolean limb = j.id().endsWith("-left") || j.id().endsWith("-right");
      assertEquals(limb, twin != j, j.id());
      assertEquals(j.id().endsWith("-left"), j.isLeft(), j.id());
      if (limb) {
        assertEquals(!j.isLeft(), twin.isLeft(), j.id());
      }
    }
    assertSame(Joint.KNEE_RIGHT, Joint.KNEE_LEFT.mirror());
    assertSame(Joint.SPINE, Joint.SPINE.mirror());
  }

  @Test
  void keyframesAndPosesAreEqualByContent() {
    Keyframe a = key("hold", BasePose.STANDING, Map.of(Joint.NECK, 10.0));
    new EqualsTester()
        .addEqualityGroup(a, key("hold", BasePose.STANDING, Map.of(Joint.NECK, 10.0)))
        .addEqualityGroup(key("other", BasePose.STANDING, Map.of(Joint.NECK, 10.0)))
        .addEqualityGroup(key("hold", BasePose.SEATED, Map.of(Joint.NECK, 10.0)))
        .addEqualityGroup(key("hold", BasePose.STANDING, Map.of(Joint.NECK, 11.0)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(pose("x", View.SIDE, List.of(Prop.MAT), a), pose("x", View.SIDE, List.of(Prop.MAT), a))
        .addEqualityGroup(pose("y", View.SIDE, List.of(Prop.MAT), a))
        .addEqualityGroup(pose("x", View.FRONT, List.of(Prop.MAT), a))
        .addEqualityGroup(pose("x", View.SIDE, List.of(Prop.CHAIR), a))
        .addEqualityGroup(pose("x", View.SIDE, List.of(Prop.MAT), a, a))
        .addEqualityGroup(Pose.of("x", View.SIDE, List.of(Prop.MAT), List.of(a), List.of("another source")))
        .testEquals();
    assertEquals("hold", a.name());
    assertTrue(a.toString().contains("hold") && a.toString().contains("standing"), a.toString());
    assertTrue(pose("x", View.SIDE, List.of(), a).toString().contains("x"));
  }

  @Test
  void aKeyframeNeedsFiniteAnglesAndAPoseAKeyframe() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> key("k", BasePose.STANDING, Map.of(Joint.NECK, Double.NaN))).getMessage().contains("must be finite"));
    assertThrows(IllegalArgumentException.class,
        () -> key("k", BasePose.STANDING, Map.of(Joint.NECK, Double.POSITIVE_INFINITY)));
    assertEquals("keyframes of pose x must not be empty",
        assertThrows(IllegalArgumentException.class, () -> Pose.of("x", View.SIDE, List.of(), List.of(), List.of()))
            .getMessage());
  }

  @Test
  void optionsKeepEachChoiceAndBoundTheSize() {
    FigureOptions d = FigureOptions.defaults();
    assertEquals(240, d.size());
    assertFalse(d.animated());
    assertTrue(d.ghosts());
    assertFalse(d.withGhosts(false).ghosts());
    assertTrue(d.withGhosts(false).withGhosts(true).ghosts());
    assertTrue(d.withAnimated(true).animated());
    assertEquals(16, d.withSize(16).size());
    assertEquals(4096, d.withSize(4096).size());
    assertThrows(IllegalArgumentException.class, () -> d.withSize(15));
    assertThrows(IllegalArgumentException.class, () -> d.withSize(4097));
    assertTrue(d.toString().contains("ghosts=true"), d.toString());
  }

  @Test
  void aFigureMovesOnlyForSeveralKeyframesOfADrillOrACountedDosage() {
    Keyframe a = key("a", BasePose.STANDING, Map.of());
    Keyframe b = key("b", BasePose.STANDING, Map.of(Joint.NECK, 20.0));
    Exercise drill = exercise("drill", Position.STANDING, "neck", true);
    Exercise hold = exercise("hold", Position.STANDING, "neck", false);
    Exercise reps = hold.toBuilder().dosage(Dosage.of(DosageUnit.REPETITIONS, 5, 8, 10, 3)).build();
    Exercise breaths = hold.toBuilder().dosage(Dosage.of(DosageUnit.BREATHS, 5, 8, 10, 6)).build();
    assertTrue(Figures.animates(drill, pose("drill", View.SIDE, List.of(), a, b)));
    assertFalse(Figures.animates(drill, pose("drill", View.SIDE, List.of(), a)), "one keyframe does not move");
    assertFalse(Figures.animates(hold, pose("hold", View.SIDE, List.of(), a, b)), "a hold in seconds is still");
    assertTrue(Figures.animates(reps, pose("hold", View.SIDE, List.of(), a, b)));
    assertTrue(Figures.animates(breaths, pose("hold", View.SIDE, List.of(), a, b)));
  }

  @Test
  void aCatalogPoseMakesAFigureOnlyOfItsOwnExercise() {
    Catalog catalog = Catalog.builder().addAreas(FiguresTest.LOWER_BACK).addExercises(FiguresTest.CAT_COW)
        .addPoses(FiguresTest.CAT_COW_POSE).build();
    Figures figures = Figures.of(catalog);
    assertTrue(figures.has("cat-cow"));
    assertFalse(figures.has("cat-cw"));
    assertEquals(Figures.svg(FiguresTest.CAT_COW, FiguresTest.CAT_COW_POSE, dev.limber.core.Side.LEFT, FigureOptions.defaults()),
        figures.svg(FiguresTest.CAT_COW, dev.limber.core.Side.LEFT, FigureOptions.defaults()));
    assertEquals("pose (of seated-hamstring) must be of the exercise (cat-cow)",
        assertThrows(IllegalArgumentException.class,
            () -> Figures.svg(FiguresTest.CAT_COW, FiguresTest.SEATED_POSE, dev.limber.core.Side.LEFT, FigureOptions.defaults()))
            .getMessage());
  }
}
