package dev.limber.core.figure;

import static dev.limber.core.figure.FigureFixtures.exercise;
import static dev.limber.core.figure.FigureFixtures.key;
import static dev.limber.core.figure.FigureFixtures.pose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.core.Exercise;
import dev.limber.core.Position;
import dev.limber.core.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What every figure keeps, whatever its base, view, props and side: everything is drawn inside
 * its square view, the floor runs near the bottom under the figure, and each prop adds to it.
 */
class FigureLayoutTest {
  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
  private static final Pattern POINT =
      Pattern.compile("(?:[ML]|cx=\"|x=\")(-?[0-9.]+)[ \"](?:cy=\"|y=\")?(-?[0-9.]+)");
  private static final Pattern FLOOR = Pattern.compile("<path d=\"M0 (-?[0-9.]+)H([0-9.]+)\"");

  /** A keyframe for each base that bends a few joints within their ranges. */
  private static Keyframe bent(BasePose base) {
    return key("k", base, Map.of(Joint.SHOULDER_LEFT, 40.0, Joint.ELBOW_LEFT, 30.0, Joint.NECK, 10.0));
  }

  private static List<View> viewsOf(BasePose base) {
    Position p = base.position();
    return p == Position.SUPINE || p == Position.PRONE || p == Position.SIDE_LYING
        ? List.of(View.SIDE, View.FRONT, View.TOP)
        : List.of(View.SIDE, View.FRONT);
  }

  private static Pose poseOf(BasePose base, View view, List<Prop> props) {
    return pose("e", view, props, bent(base), key("rest", base, Map.of()));
  }

  private static String svg(BasePose base, View view, List<Prop> props, Side side) {
    Exercise e = exercise("e", base.position(), "lower-back", true);
    return Figures.svg(e, poseOf(base, view, props), side, FigureOptions.defaults());
  }

  /** Whether the pose passes its own check: a valid pose, as a catalog would hold. */
  private static boolean valid(BasePose base, View view, List<Prop> props) {
    return poseOf(base, view, props).check(exercise("e", base.position(), "lower-back", true)).isEmpty();
  }

  private static void insideItsView(String svg, String what) {
    Matcher box = VIEW_BOX.matcher(svg);
    assertTrue(box.find(), what);
    double size = Double.parseDouble(box.group(1));
    assertEquals(size, Double.parseDouble(box.group(2)), what + ": square");
    Matcher m = POINT.matcher(svg);
    int points = 0;
    while (m.find()) {
      double x = Double.parseDouble(m.group(1));
      double y = Double.parseDouble(m.group(2));
      assertTrue(x >= 0 && x <= size && y >= 0 && y <= size, what + ": " + m.group() + " outside 0.." + size);
      points++;
    }
    assertTrue(points > 20, what + ": " + points + " points");
  }

  @Test
  void everyValidPoseIsDrawnInsideItsSquareViewWithEveryPropAndOnEitherSide() {
    int drawn = 0;
    for (BasePose base : BasePose.values()) {
      for (View view : viewsOf(base)) {
        for (Prop prop : Prop.values()) {
          List<Prop> props = base.position() == Position.SEATED && prop != Prop.CHAIR ? List.of(Prop.CHAIR, prop) : List.of(prop);
          boolean flat = prop == Prop.MAT || prop == Prop.STRAP || prop == Prop.TOWEL || prop == Prop.CUSHION
              || prop == Prop.FOAM_ROLLER;
          if (!valid(base, view, props) || (view == View.TOP && !flat)) {
            continue; // walls, chairs, steps and tables are drawn upright from the floor, which a view from above does not show
          }
          drawn++;
          for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
            insideItsView(svg(base, view, props, side), base.id() + " " + view.id() + " " + props + " " + side);
          }
        }
      }
    }
    assertTrue(drawn > 100, drawn + " valid poses drawn");
  }

  @Test
  void theFloorRunsAcrossTheBottomUnderTheFigureExceptFromAbove() {
    for (BasePose base : BasePose.values()) {
      for (View view : viewsOf(base)) {
        List<Prop> props = base.position() == Position.SEATED ? List.of(Prop.CHAIR) : List.of();
        if (!valid(base, view, props)) {
          continue;
        }
        String svg = svg(base, view, props, Side.LEFT);
        Matcher floor = FLOOR.matcher(svg);
        if (view == View.TOP) {
          assertFalse(floor.find(), base.id() + " from above has no floor");
          continue;
        }
        assertTrue(floor.find(), base.id() + " " + view.id());
        double y = Double.parseDouble(floor.group(1));
        double size = Double.parseDouble(floor.group(2));
        assertTrue(y > 0.8 * size && y < size, base.id() + " " + view.id() + ": floor at " + y + " of " + size);
        Matcher m = POINT.matcher(svg.substring(svg.indexOf("<g ")));
        while (m.find()) {
          assertTrue(Double.parseDouble(m.group(2)) <= y + 0.5, base.id() + " " + view.id() + ": " + m.group() + " below the floor at " + y);
        }
      }
    }
  }

  @Test
  void everyPropIsDrawn() {
    for (Prop prop : Prop.values()) {
      BasePose base = prop == Prop.FOAM_ROLLER || prop == Prop.CUSHION ? BasePose.SUPINE : BasePose.STANDING;
      if (prop == Prop.CHAIR || prop == Prop.STEP) {
        continue; // a chair and a step change where the figure stands or sits; see FiguresTest and PoseCheckTest
      }
      assertNotEquals(svg(base, View.SIDE, List.of(), Side.LEFT), svg(base, View.SIDE, List.of(prop), Side.LEFT), prop.id());
    }
    assertNotEquals(svg(BasePose.SEATED, View.FRONT, List.of(Prop.CHAIR), Side.LEFT), svg(BasePose.SEATED, View.FRONT, List.of(), Side.LEFT));
    assertNotEquals(svg(BasePose.STANDING, View.SIDE, List.of(Prop.CHAIR), Side.LEFT), svg(BasePose.STANDING, View.SIDE, List.of(), Side.LEFT));
  }

  @Test
  void aStillFigureShowsItsOtherKeyframesFaintlyUnlessAskedNotTo() {
    Exercise e = exercise("e", Position.STANDING, "lower-back", true);
    Pose two = pose("e", View.SIDE, List.of(), bent(BasePose.STANDING), key("rest", BasePose.STANDING, Map.of()));
    String ghosts = Figures.svg(e, two, Side.LEFT, FigureOptions.defaults());
    int faint = ghosts.indexOf("<g opacity=\"0.3\">");
    assertTrue(faint > 0, ghosts);
    assertTrue(ghosts.indexOf("<path", faint) < ghosts.indexOf("</g>", faint), "the faint group holds a figure");
    assertTrue(ghosts.indexOf("<g opacity") < ghosts.lastIndexOf("<g fill"), "the faint figure is behind the first");
    String plain = Figures.svg(e, two, Side.LEFT, FigureOptions.defaults().withGhosts(false));
    assertFalse(plain.contains("opacity"), plain);
    assertFalse(Figures.svg(e, two, Side.LEFT, FigureOptions.defaults().withAnimated(true)).contains("opacity=\"0.3\""));
    assertTrue(ghosts.length() > plain.length());
  }

  @Test
  void aStrapOrTowelRunsFromTheHandToTheToes() {
    String strap = svg(BasePose.SUPINE, View.SIDE, List.of(Prop.STRAP), Side.LEFT);
    String towel = svg(BasePose.SUPINE, View.SIDE, List.of(Prop.TOWEL), Side.LEFT);
    assertTrue(strap.contains("stroke=\"#6c8ebf\" stroke-width=\"1.5\""), strap);
    assertTrue(towel.contains("stroke=\"#6c8ebf\" stroke-width=\"3\""), towel);
    List<String> last = new ArrayList<>(List.of(strap.split("\n")));
    assertTrue(last.get(last.size() - 2).contains("#6c8ebf"), "drawn in front of the figure");
  }
}
