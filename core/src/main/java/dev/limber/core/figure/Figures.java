package dev.limber.core.figure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.limber.core.Catalog;
import dev.limber.core.DosageUnit;
import dev.limber.core.Exercise;
import dev.limber.core.ExerciseKind;
import dev.limber.core.Laterality;
import dev.limber.core.Position;
import dev.limber.core.Side;
import dev.limber.core.figure.Body.Point;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Draws exercises as small, self-contained SVG figures from their {@link Pose}s: pure Java,
 * deterministic (the same input gives the same bytes), no fonts, no scripts, no external
 * references. Immutable and thread-safe.
 *
 * <p>The style: rounded strokes in a neutral slate, the far limbs (the right ones in a side view)
 * paler behind the body, the exercise's primary target areas in orange, a floor line and the
 * props in light grey. The viewBox is square and keeps one scale for every figure (1.2 body
 * heights wide at least), so figures of a catalog sit well side by side at 96 px or 600 px.
 *
 * <p>Target areas are highlighted on these segments: {@code neck}, {@code upper-trapezius},
 * {@code neck-extensors}: the neck; {@code chest}, {@code pectorals}, {@code back}, {@code
 * upper-back}, {@code mid-back}, {@code lats}: the upper trunk; {@code lower-back}, {@code
 * quadratus-lumborum}, {@code core}, {@code abdominals}, {@code obliques}, {@code diaphragm}: the
 * lower trunk; {@code shoulders}, {@code front-shoulders}, {@code rear-shoulders}, {@code
 * rotator-cuff}, {@code biceps}, {@code triceps}: the upper arms ({@code arms} adds the forearms);
 * {@code forearms}, {@code wrists}: forearms and hands; {@code hips}, {@code glutes}, {@code
 * piriformis}: a disc at the hip ({@code hip-flexors} adds the thighs); {@code adductors}, {@code
 * abductors}, {@code hamstrings}, {@code quadriceps}, {@code legs}: the thighs; {@code calves}:
 * the shanks; {@code ankles-feet}, {@code ankles}, {@code feet}: the feet. A one-sided exercise
 * highlights the limbs of the side it works only.
 *
 * <p>One-sided exercises are posed for the left side; the right side is the mirror image (a side
 * view then shows the figure from its right, facing left; a front view swaps left and right).
 *
 * <pre>{@code
 * Figures figures = Figures.of(catalog);
 * Exercise catCow = catalog.exerciseOrThrow("cat-cow");
 * String svg = figures.svg(catCow, Side.LEFT, FigureOptions.defaults().withAnimated(true));
 * }</pre>
 */
public final class Figures {
  static final String BODY = "#4a5560";
  static final String BODY_FAR = "#a7b1b9";
  static final String TARGET = "#e4572e";
  static final String TARGET_FAR = "#f2a68d";
  static final String PROP = "#c3cbd2";
  static final String PROP_FILL = "#e8edf1";
  static final double SCALE = 100;
  static final double MIN_VIEW = 1.2;

  enum Part {
    NECK,
    UPPER_TRUNK,
    LOWER_TRUNK,
    UPPER_ARM,
    FOREARM,
    HAND,
    HIP,
    THIGH,
    SHANK,
    FOOT
  }

  static final ImmutableMap<String, Set<Part>> AREA_PARTS =
      ImmutableMap.<String, Set<Part>>builder()
          .put("neck", EnumSet.of(Part.NECK))
          .put("upper-trapezius", EnumSet.of(Part.NECK))
          .put("neck-extensors", EnumSet.of(Part.NECK))
          .put("chest", EnumSet.of(Part.UPPER_TRUNK))
          .put("pectorals", EnumSet.of(Part.UPPER_TRUNK))
          .put("back", EnumSet.of(Part.UPPER_TRUNK, Part.LOWER_TRUNK))
          .put("upper-back", EnumSet.of(Part.UPPER_TRUNK))
          .put("mid-back", EnumSet.of(Part.UPPER_TRUNK))
          .put("lats", EnumSet.of(Part.UPPER_TRUNK))
          .put("lower-back", EnumSet.of(Part.LOWER_TRUNK))
          .put("quadratus-lumborum", EnumSet.of(Part.LOWER_TRUNK))
          .put("core", EnumSet.of(Part.LOWER_TRUNK))
          .put("abdominals", EnumSet.of(Part.LOWER_TRUNK))
          .put("obliques", EnumSet.of(Part.LOWER_TRUNK))
          .put("diaphragm", EnumSet.of(Part.LOWER_TRUNK))
          .put("shoulders", EnumSet.of(Part.UPPER_ARM))
          .put("front-shoulders", EnumSet.of(Part.UPPER_ARM))
          .put("rear-shoulders", EnumSet.of(Part.UPPER_ARM))
          .put("rotator-cuff", EnumSet.of(Part.UPPER_ARM))
          .put("biceps", EnumSet.of(Part.UPPER_ARM))
          .put("triceps", EnumSet.of(Part.UPPER_ARM))
          .put("arms", EnumSet.of(Part.UPPER_ARM, Part.FOREARM))
          .put("forearms", EnumSet.of(Part.FOREARM, Part.HAND))
          .put("wrists", EnumSet.of(Part.FOREARM, Part.HAND))
          .put("hips", EnumSet.of(Part.HIP))
          .put("glutes", EnumSet.of(Part.HIP))
          .put("piriformis", EnumSet.of(Part.HIP))
          .put("hip-flexors", EnumSet.of(Part.HIP, Part.THIGH))
          .put("adductors", EnumSet.of(Part.THIGH))
          .put("abductors", EnumSet.of(Part.THIGH))
          .put("hamstrings", EnumSet.of(Part.THIGH))
          .put("quadriceps", EnumSet.of(Part.THIGH))
          .put("legs", EnumSet.of(Part.THIGH))
          .put("calves", EnumSet.of(Part.SHANK))
          .put("ankles-feet", EnumSet.of(Part.FOOT))
          .put("ankles", EnumSet.of(Part.FOOT))
          .put("feet", EnumSet.of(Part.FOOT))
          .build();

  private final Catalog catalog;

  private Figures(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Figures of the exercises of {@code catalog} that have a {@linkplain Catalog#pose pose}.
   *
   * @throws NullPointerException if {@code catalog} is null
   */
  public static Figures of(Catalog catalog) {
    return new Figures(checkNotNull(catalog, "catalog"));
  }

  /** Whether the exercise with this id has a pose, and so a figure. */
  public boolean has(String exerciseId) {
    return catalog.pose(checkNotNull(exerciseId, "exerciseId")).isPresent();
  }

  /**
   * The figure of {@code exercise} for {@code side} (ignored for an exercise that works both
   * sides at once), from its pose in the catalog.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the catalog has no pose for the exercise
   */
  public String svg(Exercise exercise, Side side, FigureOptions options) {
    checkNotNull(exercise, "exercise");
    Optional<Pose> pose = catalog.pose(exercise.id());
    checkArgument(
        pose.isPresent(), "exercise %s has no pose yet, so no figure", exercise.id());
    return svg(exercise, pose.get(), side, options);
  }

  /**
   * Whether a figure of this exercise and pose moves when {@linkplain FigureOptions#animated()
   * animated}: a pose of two or more keyframes of a dynamic drill or of one dosed in breaths or
   * repetitions.
   */
  public static boolean animates(Exercise exercise, Pose pose) {
    return pose.keyframes().size() > 1
        && (exercise.kind() == ExerciseKind.DYNAMIC_MOBILITY
            || exercise.dosage().unit() == DosageUnit.BREATHS
            || exercise.dosage().unit() == DosageUnit.REPETITIONS);
  }

  /**
   * The figure of {@code exercise} drawn from {@code pose}, for {@code side}: an SVG document as
   * text. Animated when the options ask for it and {@link #animates} holds; one cycle through the
   * keyframes takes the seconds of one breath or repetition of the exercise's dosage (at least 2).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the pose is not of this exercise
   */
  public static String svg(Exercise exercise, Pose pose, Side side, FigureOptions options) {
    checkNotNull(exercise, "exercise");
    checkNotNull(pose, "pose");
    checkNotNull(side, "side");
    checkNotNull(options, "options");
    checkArgument(
        pose.exerciseId().equals(exercise.id()),
        "pose (of %s) must be of the exercise (%s)",
        pose.exerciseId(),
        exercise.id());
    return new SvgFigure(exercise, pose, side, options).render();
  }

  /** The parts to highlight for an exercise, and whether only the left limbs. */
  static Set<Part> targets(Exercise exercise) {
    Set<Part> parts = EnumSet.noneOf(Part.class);
    for (String area : exercise.primaryTargets()) {
      parts.addAll(AREA_PARTS.getOrDefault(area, Set.of()));
    }
    return parts;
  }

  /** Writes one figure. */
  private static final class SvgFigure {
    private final Exercise exercise;
    private final Pose pose;
    private final boolean mirror;
    private final FigureOptions options;
    private final List<Body> bodies = new ArrayList<>();
    private final Set<Part> targets;
    private final boolean leftOnly;
    private final boolean animate;
    private final StringBuilder out = new StringBuilder();
    private double x0;
    private double yTop;
    private double view;

    SvgFigure(Exercise exercise, Pose pose, Side side, FigureOptions options) {
      this.exercise = exercise;
      this.pose = pose;
      this.options = options;
      this.mirror = side == Side.RIGHT && exercise.laterality() == Laterality.UNILATERAL;
      for (Keyframe k : pose.keyframes()) {
        bodies.add(Body.of(pose, k, exercise.position()));
      }
      this.targets = targets(exercise);
      this.leftOnly = exercise.laterality() == Laterality.UNILATERAL;
      this.animate = options.animated() && animates(exercise, pose);
    }

    private double x(double[] p) {
      return mirror ? -p[0] : p[0];
    }

    String render() {
      layout();
      String size = Integer.toString(options.size());
      out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
          .append(n(view))
          .append(' ')
          .append(n(view))
          .append("\" width=\"")
          .append(size)
          .append("\" height=\"")
          .append(size)
          .append("\" role=\"img\" aria-label=\"")
          .append(escape(exercise.name()))
          .append("\">\n<title>")
          .append(escape(exercise.name()))
          .append("</title>\n");
      Body first = bodies.get(0);
      backgroundProps(first);
      if (!animate && options.ghosts()) {
        for (int i = 1; i < bodies.size(); i++) {
          out.append("<g opacity=\"0.3\">\n");
          figure(List.of(bodies.get(i)), true);
          out.append("</g>\n");
        }
      }
      figure(animate ? bodies : List.of(first), false);
      foregroundProps(first);
      out.append("</svg>\n");
      return out.toString();
    }

    /** The square viewBox: one scale for all figures, the floor near the bottom. */
    private void layout() {
      double minX = Double.POSITIVE_INFINITY;
      double maxX = Double.NEGATIVE_INFINITY;
      double minY = Double.POSITIVE_INFINITY;
      double maxY = Double.NEGATIVE_INFINITY;
      for (Body b : bodies) {
        for (Point p : Point.values()) {
          double[] xy = b.at(p);
          double r = p == Point.HEAD ? Body.HEAD_RADIUS : Body.LIMB_RADIUS;
          minX = Math.min(minX, x(xy) - r);
          maxX = Math.max(maxX, x(xy) + r);
          minY = Math.min(minY, xy[1] - r);
          maxY = Math.max(maxY, xy[1] + r);
        }
      }
      boolean seatedChair = exercise.position() == Position.SEATED;
      if (pose.props().contains(Prop.CHAIR) && !seatedChair) {
        double[] t = table(bodies.get(0));
        minX = Math.min(minX, Math.min(t[0], t[0] + Math.signum(t[1] - t[0]) * 0.3) - 0.03);
        maxX = Math.max(maxX, Math.max(t[0], t[0] + Math.signum(t[1] - t[0]) * 0.3) + 0.03);
      }
      if (pose.props().contains(Prop.CHAIR) && seatedChair) {
        double back = x(bodies.get(0).at(Point.PELVIS)) + (mirror ? 0.16 : -0.16);
        minX = Math.min(minX, back - 0.05);
        maxX = Math.max(maxX, back + 0.05);
        maxY = Math.max(maxY, Body.CHAIR_SEAT + 0.5);
      }
      if (pose.props().contains(Prop.TABLE)) {
        double[] t = table(bodies.get(0));
        minX = Math.min(minX, Math.min(t[0], t[1]) - 0.03);
        maxX = Math.max(maxX, Math.max(t[0], t[1]) + 0.03);
      }
      boolean floor = pose.view() != View.TOP;
      double pad = 0.08;
      view = Math.max(MIN_VIEW, Math.max(maxX - minX, maxY - (floor ? 0 : minY)) + 2 * pad + 0.1);
      x0 = (minX + maxX) / 2 - view / 2;
      if (floor) {
        yTop = -Body.LIMB_RADIUS - 0.06 + view;
      } else {
        yTop = (minY + maxY) / 2 + view / 2;
      }
      view *= SCALE;
    }

    private String px(double[] p) {
      return n((x(p) - x0) * SCALE) + " " + n((yTop - p[1]) * SCALE);
    }

    private double sx(double x) {
      return (x - x0) * SCALE;
    }

    private double sy(double y) {
      return (yTop - y) * SCALE;
    }

    private void backgroundProps(Body b) {
      boolean floor = pose.view() != View.TOP;
      double floorY = sy(-Body.LIMB_RADIUS);
      if (pose.props().contains(Prop.MAT)) {
        double[] r = extentX(b);
        if (floor) {
          rect(r[0] - 0.06, r[1] + 0.06, -Body.LIMB_RADIUS - 0.012, -Body.LIMB_RADIUS, 0.6);
        } else {
          rect(r[0] - 0.06, r[1] + 0.06, extentY(b)[0] - 0.08, extentY(b)[1] + 0.08, 4);
        }
      }
      if (floor) {
        out.append("<path d=\"M0 ").append(n(floorY)).append("H").append(n(view))
            .append("\" stroke=\"").append(PROP).append("\" stroke-width=\"2\"/>\n");
      }
      if (pose.props().contains(Prop.CHAIR) && exercise.position() != Position.SEATED) {
        // A chair to hold: its backrest under the higher hand, the seat reaching away.
        double[] t = table(b);
        double dir = Math.signum(t[1] - t[0]);
        double back = t[0] + dir * 0.05;
        double front = back + dir * 0.25;
        double seat = Body.CHAIR_SEAT;
        line(back, seat, front, seat, 4);
        line(back, seat, back, Math.max(seat, t[2]), 4);
        line(back, seat, back, -Body.LIMB_RADIUS, 3);
        line(front, seat, front, -Body.LIMB_RADIUS, 3);
      }
      if (pose.props().contains(Prop.CHAIR) && exercise.position() == Position.SEATED) {
        double px = x(b.at(Point.PELVIS));
        double seat = Body.CHAIR_SEAT;
        if (b.isSagittal()) {
          double dir = mirror ? -1 : 1;
          double back = px - dir * 0.16;
          double front = px + dir * 0.12;
          line(back, seat, front, seat, 4);
          line(back, seat, back, seat + 0.45, 4);
          line(back, seat, back, -Body.LIMB_RADIUS, 3);
          line(front, seat, front, -Body.LIMB_RADIUS, 3);
        } else {
          // From the front: the backrest behind the trunk, the seat under the pelvis, two legs.
          rect(px - 0.15, px + 0.15, seat + 0.2, seat + 0.42, 1);
          line(px - 0.17, seat, px + 0.17, seat, 4);
          line(px - 0.16, seat, px - 0.16, -Body.LIMB_RADIUS, 3);
          line(px + 0.16, seat, px + 0.16, -Body.LIMB_RADIUS, 3);
        }
      }
      for (double[] s : b.surfaces()) {
        double a = mirror ? -s[1] : s[0];
        double c = mirror ? -s[0] : s[1];
        rect(a, c, -Body.LIMB_RADIUS, s[2] - Body.LIMB_RADIUS, 1);
      }
      double[] r = extentX(b);
      if (pose.props().contains(Prop.CHAIR) && exercise.position() == Position.SEATED
          && b.isSagittal()) {
        // The chair stands against a wall behind it: behind its backrest, not the figure.
        double back = x(b.at(Point.PELVIS)) + (mirror ? 0.16 : -0.16);
        r = new double[] {Math.min(r[0], back), Math.max(r[1], back)};
      }
      double wallTop = Math.max(1.1, extentY(b)[1] + 0.1);
      if (pose.props().contains(Prop.WALL) || pose.props().contains(Prop.DOORWAY)) {
        double at = mirror ? r[0] - 0.035 : r[1] + 0.035;
        line(at, -Body.LIMB_RADIUS, at, wallTop, pose.props().contains(Prop.DOORWAY) ? 3 : 5);
      }
      if (pose.props().contains(Prop.WALL_BEHIND)) {
        double at = mirror ? r[1] + 0.035 : r[0] - 0.035;
        line(at, -Body.LIMB_RADIUS, at, wallTop, 5);
      }
      if (pose.props().contains(Prop.TABLE)) {
        double[] t = table(b);
        line(t[0], t[2], t[1], t[2], 4);
        line(t[1], t[2], t[1], -Body.LIMB_RADIUS, 3);
      }
      if (pose.props().contains(Prop.CUSHION)) {
        double[] p = b.at(Point.PELVIS);
        ellipse(x(p), p[1] - Body.TRUNK_RADIUS, 0.08, 0.025);
      }
      if (pose.props().contains(Prop.FOAM_ROLLER)) {
        double[] c = b.roller();
        if (c != null) {
          // Across the upper back, resting on the floor.
          ellipse(x(c), c[1], Body.ROLLER_RADIUS, Body.ROLLER_RADIUS);
        } else {
          double[] p = b.at(Point.WAIST);
          ellipse(x(p), p[1] - Body.TRUNK_RADIUS - 0.03, 0.04, 0.04);
        }
      }
    }

    /**
     * The table's top as {near x, far x, y} in drawing coordinates: at the higher hand, reaching
     * 0.3 H away from the pelvis; its top under the hand (standing) or over it (chair-seated).
     */
    private double[] table(Body b) {
      // At the higher hand (the left when level): the other may hang free, as in a pendulum.
      boolean left = Math.min(b.at(Point.WRIST_LEFT)[1], b.at(Point.HAND_LEFT)[1])
          >= Math.min(b.at(Point.WRIST_RIGHT)[1], b.at(Point.HAND_RIGHT)[1]) - 1e-9;
      double[] wrist = b.at(left ? Point.WRIST_LEFT : Point.WRIST_RIGHT);
      double[] hand = b.at(left ? Point.HAND_LEFT : Point.HAND_RIGHT);
      double dir = Math.signum(x(hand) - x(b.at(Point.PELVIS)));
      dir = dir == 0 ? (mirror ? -1 : 1) : dir;
      double near = Math.min(dir * x(wrist), dir * x(hand)) * dir - dir * 0.05;
      double far = Math.max(dir * x(wrist), dir * x(hand)) * dir + dir * 0.3;
      double top = exercise.position() == Position.SEATED
          ? Math.max(wrist[1], hand[1]) + Body.LIMB_RADIUS * 2
          : Math.min(wrist[1], hand[1]) - Body.LIMB_RADIUS;
      return new double[] {near, far, top};
    }

    private void foregroundProps(Body b) {
      boolean strap = pose.props().contains(Prop.STRAP);
      if (strap || pose.props().contains(Prop.TOWEL)) {
        double[] hand = b.at(Point.HAND_LEFT);
        double[] toe = b.at(Point.TOE_LEFT);
        out.append("<path d=\"M").append(px(hand)).append("L").append(px(toe))
            .append("\" stroke=\"#6c8ebf\" stroke-width=\"").append(strap ? "1.5" : "3")
            .append("\" stroke-linecap=\"round\"/>\n");
      }
    }

    private double[] extentX(Body b) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (Point p : Point.values()) {
        min = Math.min(min, x(b.at(p)));
        max = Math.max(max, x(b.at(p)));
      }
      return new double[] {min - Body.LIMB_RADIUS, max + Body.LIMB_RADIUS};
    }

    private double[] extentY(Body b) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (Point p : Point.values()) {
        min = Math.min(min, b.at(p)[1]);
        max = Math.max(max, b.at(p)[1]);
      }
      return new double[] {min, max + Body.HEAD_RADIUS};
    }

    private void rect(double xa, double xb, double ya, double yb, double radius) {
      out.append("<rect x=\"").append(n(sx(Math.min(xa, xb))))
          .append("\" y=\"").append(n(sy(Math.max(ya, yb))))
          .append("\" width=\"").append(n(Math.abs(xb - xa) * SCALE))
          .append("\" height=\"").append(n(Math.abs(yb - ya) * SCALE))
          .append("\" rx=\"").append(n(radius))
          .append("\" fill=\"").append(PROP_FILL).append("\" stroke=\"").append(PROP)
          .append("\" stroke-width=\"1\"/>\n");
    }

    private void line(double xa, double ya, double xb, double yb, double width) {
      out.append("<path d=\"M").append(n(sx(xa))).append(' ').append(n(sy(ya)))
          .append("L").append(n(sx(xb))).append(' ').append(n(sy(yb)))
          .append("\" stroke=\"").append(PROP).append("\" stroke-width=\"").append(n(width))
          .append("\" stroke-linecap=\"round\"/>\n");
    }

    private void ellipse(double cx, double cy, double rx, double ry) {
      out.append("<ellipse cx=\"").append(n(sx(cx))).append("\" cy=\"").append(n(sy(cy)))
          .append("\" rx=\"").append(n(rx * SCALE)).append("\" ry=\"").append(n(ry * SCALE))
          .append("\" fill=\"").append(PROP_FILL).append("\" stroke=\"").append(PROP)
          .append("\"/>\n");
    }

    /** Draws the figure of {@code frames} (animated through them if more than one). */
    private void figure(List<Body> frames, boolean ghost) {
      Body b = frames.get(0);
      boolean side = b.isSagittal();
      out.append("<g fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n");
      if (side) {
        limbs(frames, false, ghost);
      }
      double limb = Body.LIMB_RADIUS * 2 * SCALE;
      double trunk = Body.TRUNK_RADIUS * 2 * SCALE;
      if (!side) {
        segment(frames, Part.UPPER_TRUNK, true, ghost, trunk * 0.8,
            Point.SHOULDER_LEFT, Point.SHOULDER_RIGHT);
        segment(frames, Part.LOWER_TRUNK, true, ghost, trunk * 0.8,
            Point.HIP_LEFT, Point.HIP_RIGHT);
      }
      segment(frames, Part.LOWER_TRUNK, true, ghost, trunk, Point.PELVIS, Point.WAIST);
      segment(frames, Part.UPPER_TRUNK, true, ghost, trunk, Point.WAIST, Point.NECK_BASE);
      segment(frames, Part.NECK, true, ghost, limb * 0.8, Point.NECK_BASE, Point.NECK_TOP);
      circle(frames, Point.HEAD, Body.HEAD_RADIUS, ghost ? BODY_FAR : BODY);
      if (targets.contains(Part.HIP) && !ghost) {
        circle(frames, Point.PELVIS, Body.TRUNK_RADIUS * 1.15, TARGET);
      }
      limbs(frames, true, ghost);
      if (!side) {
        limbs(frames, false, ghost);
      }
      out.append("</g>\n");
    }

    /** The limbs of one side; in a side view the right ones are the far ones, drawn pale. */
    private void limbs(List<Body> frames, boolean left, boolean ghost) {
      boolean sideView = frames.get(0).isSagittal();
      boolean pale = ghost || (sideView && !left);
      double limb = Body.LIMB_RADIUS * 2 * SCALE;
      boolean lit = !leftOnly || left;
      Point[] leg = left
          ? new Point[] {Point.HIP_LEFT, Point.KNEE_LEFT, Point.ANKLE_LEFT, Point.HEEL_LEFT, Point.TOE_LEFT}
          : new Point[] {Point.HIP_RIGHT, Point.KNEE_RIGHT, Point.ANKLE_RIGHT, Point.HEEL_RIGHT, Point.TOE_RIGHT};
      Point[] arm = left
          ? new Point[] {Point.SHOULDER_LEFT, Point.ELBOW_LEFT, Point.WRIST_LEFT, Point.HAND_LEFT}
          : new Point[] {Point.SHOULDER_RIGHT, Point.ELBOW_RIGHT, Point.WRIST_RIGHT, Point.HAND_RIGHT};
      segment(frames, Part.THIGH, lit, pale, limb * 1.15, leg[0], leg[1]);
      segment(frames, Part.SHANK, lit, pale, limb, leg[1], leg[2]);
      segment(frames, Part.FOOT, lit, pale, limb * 0.7, leg[2], leg[3], leg[4]);
      segment(frames, Part.UPPER_ARM, lit, pale, limb, arm[0], arm[1]);
      segment(frames, Part.FOREARM, lit, pale, limb * 0.85, arm[1], arm[2]);
      segment(frames, Part.HAND, lit, pale, limb * 0.7, arm[2], arm[3]);
    }

    private void segment(
        List<Body> frames, Part part, boolean lit, boolean pale, double width, Point... points) {
      boolean target = lit && targets.contains(part);
      String color = target ? (pale ? TARGET_FAR : TARGET) : (pale ? BODY_FAR : BODY);
      out.append("<path d=\"").append(d(frames.get(0), points)).append("\" stroke=\"")
          .append(color).append("\" stroke-width=\"").append(n(width)).append('"');
      if (frames.size() > 1) {
        out.append(">");
        List<String> values = new ArrayList<>();
        for (Body f : frames) {
          values.add(d(f, points));
        }
        animate("d", values);
        out.append("</path>\n");
      } else {
        out.append("/>\n");
      }
    }

    private String d(Body b, Point... points) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < points.length; i++) {
        s.append(i == 0 ? "M" : "L").append(px(b.at(points[i])));
      }
      return s.toString();
    }

    private void circle(List<Body> frames, Point at, double r, String fill) {
      double[] p = frames.get(0).at(at);
      out.append("<circle cx=\"").append(n(sx(x(p)))).append("\" cy=\"").append(n(sy(p[1])))
          .append("\" r=\"").append(n(r * SCALE)).append("\" fill=\"").append(fill).append('"');
      if (frames.size() > 1) {
        out.append(">");
        List<String> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        for (Body f : frames) {
          xs.add(n(sx(x(f.at(at)))));
          ys.add(n(sy(f.at(at)[1])));
        }
        animate("cx", xs);
        animate("cy", ys);
        out.append("</circle>\n");
      } else {
        out.append("/>\n");
      }
    }

    private void animate(String attribute, List<String> values) {
      int n = values.size();
      StringBuilder v = new StringBuilder();
      StringBuilder times = new StringBuilder();
      StringBuilder splines = new StringBuilder();
      for (int i = 0; i <= n; i++) {
        v.append(i == 0 ? "" : ";").append(values.get(i % n));
        times.append(i == 0 ? "" : ";").append(n((double) i / n));
        if (i < n) {
          splines.append(i == 0 ? "" : ";").append("0.42 0 0.58 1");
        }
      }
      out.append("<animate attributeName=\"").append(attribute).append("\" dur=\"")
          .append(n(cycleSeconds())).append("s\" repeatCount=\"indefinite\" calcMode=\"spline\"")
          .append(" keyTimes=\"").append(times).append("\" keySplines=\"").append(splines)
          .append("\" values=\"").append(v).append("\"/>");
    }

    private double cycleSeconds() {
      return Math.max(2, exercise.dosage().secondsPerUnit());
    }
  }

  /** A number with at most one decimal, without a trailing {@code .0}; the same on every JVM. */
  static String n(double d) {
    long tenths = Math.round(d * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
