package dev.limber.core.figure;

import dev.limber.core.Position;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figure of one keyframe: forward kinematics from its angles, placed on the floor (or the
 * chair) as its position says, with the checks of the floor and of the contacts.
 *
 * <p>Lengths are fractions of the body height H, from D. A. Winter, <i>Biomechanics and Motor
 * Control of Human Movement</i>, 4th ed., Wiley, 2009, figure 4.1 (segment lengths as a fraction
 * of height): upper arm 0.186, forearm 0.146, hand 0.108, thigh 0.245, leg (shank) 0.246, foot
 * 0.152 with the ankle 0.039 above the sole, shoulder (acromion) 0.818 and hip (greater
 * trochanter) 0.530 above the floor, so a trunk of 0.288, split at the elbow's height (0.630) into
 * upper trunk 0.188 and lower trunk 0.100; chin 0.870, so a neck of 0.052 and a head of 0.130;
 * shoulder width 0.259 and hip width 0.191. Coordinates are in H, y up, the floor at y = 0; a
 * side-view figure faces +x. Not thread-safe while built; immutable after.
 */
final class Body {
  static final double UPPER_ARM = 0.186;
  static final double FOREARM = 0.146;
  static final double HAND = 0.108;
  static final double THIGH = 0.245;
  static final double SHANK = 0.246;
  static final double ANKLE_HEIGHT = 0.039;
  static final double ANKLE_TO_TOE = 0.114;
  static final double HEEL_BACK = 0.030;
  static final double UPPER_TRUNK = 0.188;
  static final double LOWER_TRUNK = 0.100;
  static final double NECK = 0.052;
  static final double HEAD_RADIUS = 0.062;
  static final double SHOULDER_HALF_WIDTH = 0.259 / 2;
  static final double HIP_HALF_WIDTH = 0.191 / 2 * 0.9;
  /** The hip joint's height above what the pelvis sits on (the ischial tuberosities). */
  static final double SEAT_OFFSET = 0.05;
  /** A chair's seat height: knee height (Winter 0.285) less the seat offset. */
  static final double CHAIR_SEAT = 0.285 - SEAT_OFFSET;
  static final double STEP_HEIGHT = 0.1;
  /** A foam roller's radius: 15 cm across, for a 1.70 m figure. */
  static final double ROLLER_RADIUS = 0.044;
  /** Half the drawn width of a limb; the floor line is drawn this far below y = 0. */
  static final double LIMB_RADIUS = 0.025;
  static final double TRUNK_RADIUS = 0.04;
  /** How far a contact may be from its surface, and a part below the floor: 3% of H (5 cm). */
  static final double TOLERANCE = 0.03;
  /** The height used to state distances in centimetres. */
  static final double REFERENCE_HEIGHT_CM = 170;

  /** The named points of a figure. */
  enum Point {
    PELVIS("pelvis"),
    WAIST("waist"),
    NECK_BASE("shoulders"),
    NECK_TOP("neck"),
    HEAD("head"),
    SHOULDER_LEFT("left shoulder"),
    SHOULDER_RIGHT("right shoulder"),
    ELBOW_LEFT("left elbow"),
    ELBOW_RIGHT("right elbow"),
    WRIST_LEFT("left wrist"),
    WRIST_RIGHT("right wrist"),
    HAND_LEFT("left hand"),
    HAND_RIGHT("right hand"),
    HIP_LEFT("left hip"),
    HIP_RIGHT("right hip"),
    KNEE_LEFT("left knee"),
    KNEE_RIGHT("right knee"),
    ANKLE_LEFT("left ankle"),
    ANKLE_RIGHT("right ankle"),
    HEEL_LEFT("left heel"),
    HEEL_RIGHT("right heel"),
    TOE_LEFT("left toe tip"),
    TOE_RIGHT("right toe tip");

    final String words;

    Point(String words) {
      this.words = words;
    }
  }

  private final Map<Point, double[]> points = new EnumMap<>(Point.class);
  private final Position position;
  private final View view;
  private final boolean sagittal;
  private final boolean floorChecked;
  /** The tops of the surfaces a contact may rest on besides the floor, as {x0, x1, y}. */
  private final List<double[]> surfaces = new ArrayList<>();
  /** A floor-seated figure resting on its hands and feet with the pelvis off the floor. */
  private boolean pelvisLifted;
  /** The centre of a foam roller under a supine figure's upper back, or null. */
  private double[] roller;

  private Body(Position position, View view) {
    this.position = position;
    this.view = view;
    this.sagittal = sagittal(view, position);
    this.floorChecked = view != View.TOP;
  }

  /** Whether the angles of figures of this view and position move in the sagittal plane. */
  static boolean sagittal(View view, Position position) {
    return view == View.SIDE || (view == View.TOP && position == Position.SIDE_LYING);
  }

  /** The placed figure of keyframe {@code k} of {@code pose}, an exercise in {@code position}. */
  static Body of(Pose pose, Keyframe k, Position position) {
    Body b = chained(pose, k, position);
    if (pose.props().contains(Prop.STEP) && position == Position.STANDING) {
      // Every keyframe stands on the step with the foot the first keyframe stands on.
      Keyframe first = pose.keyframes().get(0);
      b.stepOnLeft = (k == first ? b : chained(pose, first, position)).higherFootIsLeft();
    }
    b.place(pose);
    return b;
  }

  private static Body chained(Pose pose, Keyframe k, Position position) {
    Body b = new Body(position, pose.view());
    Map<Joint, Double> a = k.resolved(b.sagittal);
    if (b.sagittal) {
      b.sagittalChain(a);
    } else {
      b.frontalChain(a, k.base() == BasePose.SEATED);
    }
    return b;
  }

  /** Whether the left foot is the higher one (the foremost when level), before placing. */
  private boolean higherFootIsLeft() {
    double l = lowest(Point.HEEL_LEFT, Point.TOE_LEFT);
    double r = lowest(Point.HEEL_RIGHT, Point.TOE_RIGHT);
    return Math.abs(l - r) < 1e-9 ? at(Point.TOE_LEFT)[0] >= at(Point.TOE_RIGHT)[0] : l > r;
  }

  double[] at(Point p) {
    return points.get(p);
  }

  boolean isSagittal() {
    return sagittal;
  }

  View view() {
    return view;
  }

  private static double[] dir(double degrees) {
    double r = Math.toRadians(degrees);
    return new double[] {Math.sin(r), Math.cos(r)};
  }

  private void put(Point p, double[] from, double degrees, double length) {
    double[] d = dir(degrees);
    points.put(p, new double[] {from[0] + d[0] * length, from[1] + d[1] * length});
  }

  private void sagittalChain(Map<Joint, Double> a) {
    double[] pelvis = {0, 0};
    points.put(Point.PELVIS, pelvis);
    double lt = a.get(Joint.TRUNK);
    double ut = lt + a.get(Joint.SPINE);
    double n = ut + a.get(Joint.NECK);
    put(Point.WAIST, pelvis, lt, LOWER_TRUNK);
    put(Point.NECK_BASE, at(Point.WAIST), ut, UPPER_TRUNK);
    put(Point.NECK_TOP, at(Point.NECK_BASE), n, NECK);
    put(Point.HEAD, at(Point.NECK_TOP), n, HEAD_RADIUS);
    points.put(Point.SHOULDER_LEFT, at(Point.NECK_BASE).clone());
    points.put(Point.SHOULDER_RIGHT, at(Point.NECK_BASE).clone());
    points.put(Point.HIP_LEFT, pelvis.clone());
    points.put(Point.HIP_RIGHT, pelvis.clone());
    for (boolean left : new boolean[] {true, false}) {
      double shoulder = a.get(left ? Joint.SHOULDER_LEFT : Joint.SHOULDER_RIGHT);
      double ua = ut + 180 - shoulder;
      double fa = ua - a.get(left ? Joint.ELBOW_LEFT : Joint.ELBOW_RIGHT);
      double hand = fa - a.get(left ? Joint.WRIST_LEFT : Joint.WRIST_RIGHT);
      // In the plane the forearm is at the rotation the flexion carries it to: external by the
      // flexion angle (the goniometric zero at 90 of flexion points across the body).
      arm(left, ua, fa, hand, turn(a, left, -shoulder));
      double th = lt + 180 - a.get(left ? Joint.HIP_LEFT : Joint.HIP_RIGHT);
      double sh = th + a.get(left ? Joint.KNEE_LEFT : Joint.KNEE_RIGHT);
      double ft = sh - 70 - a.get(left ? Joint.ANKLE_LEFT : Joint.ANKLE_RIGHT);
      leg(left, th, THIGH, SHANK, sh, ft, ANKLE_TO_TOE, sh + 90, ANKLE_HEIGHT);
    }
  }

  private void frontalChain(Map<Joint, Double> a, boolean thighsTowardViewer) {
    double[] pelvis = {0, 0};
    points.put(Point.PELVIS, pelvis);
    double lt = a.get(Joint.TRUNK);
    double ut = lt + a.get(Joint.SPINE);
    double n = ut + a.get(Joint.NECK);
    put(Point.WAIST, pelvis, lt, LOWER_TRUNK);
    put(Point.NECK_BASE, at(Point.WAIST), ut, UPPER_TRUNK);
    put(Point.NECK_TOP, at(Point.NECK_BASE), n, NECK);
    put(Point.HEAD, at(Point.NECK_TOP), n, HEAD_RADIUS);
    // The figure faces the viewer: its left is +x.
    put(Point.SHOULDER_LEFT, at(Point.NECK_BASE), ut + 90, SHOULDER_HALF_WIDTH);
    put(Point.SHOULDER_RIGHT, at(Point.NECK_BASE), ut - 90, SHOULDER_HALF_WIDTH);
    put(Point.HIP_LEFT, pelvis, lt + 90, HIP_HALF_WIDTH);
    put(Point.HIP_RIGHT, pelvis, lt - 90, HIP_HALF_WIDTH);
    for (boolean left : new boolean[] {true, false}) {
      double s = left ? -1 : 1;
      double ua = ut + 180 + s * a.get(left ? Joint.SHOULDER_LEFT : Joint.SHOULDER_RIGHT);
      double fa = ua + s * a.get(left ? Joint.ELBOW_LEFT : Joint.ELBOW_RIGHT);
      double hand = fa + s * a.get(left ? Joint.WRIST_LEFT : Joint.WRIST_RIGHT);
      // A forearm folded in the frontal plane is at 90 of external rotation.
      arm(left, ua, fa, hand, turn(a, left, -90));
      double th = lt + 180 + s * a.get(left ? Joint.HIP_LEFT : Joint.HIP_RIGHT);
      double knee = a.get(left ? Joint.KNEE_LEFT : Joint.KNEE_RIGHT);
      if (position == Position.KNEELING || position == Position.PLANK) {
        // Kneeling and on the knees in a plank the knee bends straight back, away from the
        // viewer: the shank and foot are drawn foreshortened along the thigh.
        double f = Math.max(0, Math.cos(Math.toRadians(knee)));
        leg(left, th, THIGH, SHANK * f, th, th, 0.05 * f, th, ANKLE_HEIGHT * f);
        continue;
      }
      // A turned-out knee: flexion folds the shank back toward the midline.
      double sh = th - s * knee;
      double ft = sh + s * (90 - a.get(left ? Joint.ANKLE_LEFT : Joint.ANKLE_RIGHT));
      leg(left, th, thighsTowardViewer ? THIGH * 0.1 : THIGH, SHANK, sh, ft, 0.05, sh,
          ANKLE_HEIGHT);
    }
  }

  /**
   * How far, in degrees, the stated shoulder rotation turns the forearm out of the view's plane
   * about the upper arm, given the rotation {@code inPlane} at which the forearm lies in the plane;
   * 0 when the keyframe states no rotation.
   */
  private static double turn(Map<Joint, Double> a, boolean left, double inPlane) {
    Double rotation = a.get(left ? Joint.SHOULDER_ROTATION_LEFT : Joint.SHOULDER_ROTATION_RIGHT);
    return rotation == null ? 0 : rotation - inPlane;
  }

  /**
   * Places an arm: the upper arm at {@code ua}, the forearm at {@code fa} and the hand at {@code
   * hand} in the plane, then the forearm and hand turned by {@code turn} degrees about the upper
   * arm's axis and projected back into the plane (orthographically: the part of each along the
   * upper arm stays, the part across it shrinks by the cosine of the turn).
   */
  private void arm(boolean left, double ua, double fa, double hand, double turn) {
    Point shoulder = left ? Point.SHOULDER_LEFT : Point.SHOULDER_RIGHT;
    Point elbow = left ? Point.ELBOW_LEFT : Point.ELBOW_RIGHT;
    Point wrist = left ? Point.WRIST_LEFT : Point.WRIST_RIGHT;
    Point tip = left ? Point.HAND_LEFT : Point.HAND_RIGHT;
    put(elbow, at(shoulder), ua, UPPER_ARM);
    if (turn == 0) {
      put(wrist, at(elbow), fa, FOREARM);
      put(tip, at(wrist), hand, HAND * 0.8);
      return;
    }
    double[] axis = dir(ua);
    double cos = Math.cos(Math.toRadians(turn));
    double[] e = at(elbow);
    double[] f = turned(dir(fa), FOREARM, axis, cos);
    double[] w = {e[0] + f[0], e[1] + f[1]};
    points.put(wrist, w);
    double[] h = turned(dir(hand), HAND * 0.8, axis, cos);
    points.put(tip, new double[] {w[0] + h[0], w[1] + h[1]});
  }

  /** The projection of {@code length} along {@code d}, turned about {@code axis} (cosine given). */
  private static double[] turned(double[] d, double length, double[] axis, double cos) {
    double along = d[0] * axis[0] + d[1] * axis[1];
    double ax = d[0] - along * axis[0];
    double ay = d[1] - along * axis[1];
    return new double[] {
      length * (along * axis[0] + cos * ax), length * (along * axis[1] + cos * ay)
    };
  }

  private void leg(boolean left, double th, double thigh, double shank, double sh, double ft,
      double toe, double heelBack, double ankleHeight) {
    Point hip = left ? Point.HIP_LEFT : Point.HIP_RIGHT;
    Point knee = left ? Point.KNEE_LEFT : Point.KNEE_RIGHT;
    Point ankle = left ? Point.ANKLE_LEFT : Point.ANKLE_RIGHT;
    Point heel = left ? Point.HEEL_LEFT : Point.HEEL_RIGHT;
    put(knee, at(hip), th, thigh);
    put(ankle, at(knee), sh, shank);
    put(left ? Point.TOE_LEFT : Point.TOE_RIGHT, at(ankle), ft, toe);
    put(heel, at(ankle), sh, ankleHeight);
    if (sagittal) {
      put(heel, at(heel), heelBack, HEEL_BACK);
    }
  }

  private static final Point[] FEET = {
    Point.HEEL_LEFT, Point.TOE_LEFT, Point.HEEL_RIGHT, Point.TOE_RIGHT
  };
  private static final Point[] KNEES = {Point.KNEE_LEFT, Point.KNEE_RIGHT};
  private static final Point[][] CHAINS = {
    {Point.PELVIS, Point.WAIST, Point.NECK_BASE, Point.NECK_TOP, Point.HEAD},
    {Point.ELBOW_LEFT, Point.WRIST_LEFT, Point.HAND_LEFT},
    {Point.ELBOW_RIGHT, Point.WRIST_RIGHT, Point.HAND_RIGHT},
    {Point.KNEE_LEFT, Point.ANKLE_LEFT, Point.HEEL_LEFT, Point.TOE_LEFT},
    {Point.KNEE_RIGHT, Point.ANKLE_RIGHT, Point.HEEL_RIGHT, Point.TOE_RIGHT}
  };

  /** Moves the figure so its anchor rests where its position says. */
  private void place(Pose pose) {
    double dy;
    if (view == View.TOP) {
      dy = 0.5 - at(Point.PELVIS)[1];
    } else {
      switch (position) {
        case SEATED:
          dy = CHAIR_SEAT + SEAT_OFFSET - at(Point.PELVIS)[1];
          break;
        case FLOOR_SEATED:
          dy = SEAT_OFFSET - at(Point.PELVIS)[1];
          // With the hips lifted the pelvis would sink below the floor's line through the hands
          // and feet: then the figure rests on the lowest hand or foot instead.
          double support = lowest(Point.WRIST_LEFT, Point.HAND_LEFT, Point.WRIST_RIGHT,
              Point.HAND_RIGHT, Point.HEEL_LEFT, Point.TOE_LEFT, Point.HEEL_RIGHT, Point.TOE_RIGHT);
          if (support + dy < -TOLERANCE) {
            dy = -support;
            pelvisLifted = true;
          }
          break;
        case KNEELING:
        case HANDS_AND_KNEES:
          dy = -lowest(KNEES);
          break;
        case PRONE:
        case SIDE_LYING:
          dy = TRUNK_RADIUS - LIMB_RADIUS - at(Point.PELVIS)[1];
          break;
        case SUPINE:
          dy = TRUNK_RADIUS - LIMB_RADIUS - lowest(Point.PELVIS, Point.NECK_BASE);
          break;
        case PLANK:
          dy = -lowest(FEET);
          break;
        case STANDING:
        default:
          dy = pose.props().contains(Prop.STEP) ? onStep() : -lowest(FEET);
          break;
      }
    }
    for (double[] p : points.values()) {
      p[1] += dy;
    }
    if (pose.props().contains(Prop.FOAM_ROLLER) && position == Position.SUPINE && sagittal
        && view == View.SIDE) {
      // The roller lies on the floor across the upper back, under the middle of the upper trunk.
      double[] back = midBack();
      roller = new double[] {back[0], -LIMB_RADIUS + ROLLER_RADIUS};
    }
    if (stepEdge != null) {
      surfaces.add(stepEdge);
    }
  }

  /** The step's top as {x0, x1, y} while placing a standing figure on it, or null. */
  private double[] stepEdge;
  /** Whether a standing figure with a step stands on it with the left foot. */
  private boolean stepOnLeft;

  /**
   * Places a standing figure on its step and returns the shift. The foot standing on the step is
   * the higher one in the first keyframe (the foremost when level): its toe tip rests on the
   * step's top (its lowest point, in a front view). In a side view
   * the tread runs forward from under the heel, or from under the ball of the foot when the heel
   * drops below the toe (a calf stretch: the heel may sink below the step's edge, never below the
   * floor); in a front view it runs outward from just inside that foot, so the other foot may
   * hang beside it (a hip hike).
   */
  private double onStep() {
    boolean onLeft = stepOnLeft;
    Point toe = onLeft ? Point.TOE_LEFT : Point.TOE_RIGHT;
    Point heel = onLeft ? Point.HEEL_LEFT : Point.HEEL_RIGHT;
    double[] t = at(toe);
    double[] h = at(heel);
    double dy;
    if (sagittal) {
      // A flat foot, one on tiptoe and one whose heel hangs all rest the toe tip on the step.
      dy = STEP_HEIGHT - t[1];
      double edge = h[1] < t[1] - 1e-9 ? t[0] - 0.04 : Math.min(h[0], t[0]) - 0.01;
      stepEdge = new double[] {edge, Math.max(t[0], h[0]) + 0.12, STEP_HEIGHT};
    } else {
      double x = (t[0] + h[0]) / 2;
      double inward = onLeft ? -1 : 1;
      double edge = x + inward * 0.05;
      double far = x - inward * 0.3;
      dy = STEP_HEIGHT - Math.min(t[1], h[1]);
      stepEdge = new double[] {Math.min(edge, far), Math.max(edge, far), STEP_HEIGHT};
    }
    return dy;
  }

  /** The middle of the upper trunk: where a foam roller goes, just below the shoulder blades. */
  double[] midBack() {
    double[] w = at(Point.WAIST);
    double[] n = at(Point.NECK_BASE);
    return new double[] {(w[0] + n[0]) / 2, (w[1] + n[1]) / 2};
  }

  /** The foam roller's centre, or null when the figure has none. */
  double[] roller() {
    return roller;
  }

  /** Reports unless the upper back rests on the roller (the pelvis rests on the floor). */
  private void needOnRoller(List<String> found) {
    double gap = midBack()[1] - TRUNK_RADIUS - (roller[1] + ROLLER_RADIUS);
    if (Math.abs(gap) > TOLERANCE) {
      found.add(
          String.format(
              Locale.ROOT,
              "a supine pose on a foam roller rests the upper back on the roller, but it is %s cm"
                  + " %s it (for a %s cm figure)",
              cm(Math.abs(gap)),
              gap > 0 ? "above" : "into",
              fmt(REFERENCE_HEIGHT_CM)));
    }
  }

  private double lowest(Point... of) {
    double min = Double.POSITIVE_INFINITY;
    for (Point p : of) {
      min = Math.min(min, at(p)[1]);
    }
    return min;
  }

  /** The step's top, {x0, x1, y}, if there is one. */
  List<double[]> surfaces() {
    return surfaces;
  }

  /** The height above the floor, or the step under it. */
  private double clearance(Point p) {
    double[] xy = at(p);
    double below = 0;
    for (double[] s : surfaces) {
      if (xy[0] >= s[0] && xy[0] <= s[1]) {
        below = Math.max(below, s[2]);
      }
    }
    return xy[1] - below;
  }

  /** Problems with the floor and with the contacts the position implies, in plain words. */
  List<String> contactProblems() {
    List<String> found = new ArrayList<>();
    if (!floorChecked) {
      return found;
    }
    // One problem per chain of the body, at its lowest point.
    for (Point[] chain : CHAINS) {
      Point lowest = chain[0];
      double depth = Double.POSITIVE_INFINITY;
      for (Point p : chain) {
        // The head may rest on the floor line, drawn LIMB_RADIUS below y = 0.
        double r = p == Point.HEAD ? HEAD_RADIUS - LIMB_RADIUS : 0;
        double y = clearance(p) - r;
        if (y < depth) {
          depth = y;
          lowest = p;
        }
      }
      if (depth < -TOLERANCE) {
        found.add(
            String.format(
                Locale.ROOT,
                "the %s is %s cm below the floor (for a %s cm figure); change the angles that"
                    + " bring it there",
                lowest.words,
                cm(-depth),
                fmt(REFERENCE_HEIGHT_CM)));
      }
    }
    switch (position) {
      case HANDS_AND_KNEES:
        // A hand and a knee: a drill may lift the other hand and knee (bird-dog's reach).
        need(found, "hands-and-knees", "a hand",
            Point.WRIST_LEFT, Point.HAND_LEFT, Point.WRIST_RIGHT, Point.HAND_RIGHT);
        need(found, "hands-and-knees", "a knee", Point.KNEE_LEFT, Point.KNEE_RIGHT);
        break;
      case KNEELING:
        need(found, "kneeling", "a knee", Point.KNEE_LEFT, Point.KNEE_RIGHT);
        break;
      case PLANK:
        need(found, "plank", "the hands or forearms",
            Point.WRIST_LEFT, Point.HAND_LEFT, Point.WRIST_RIGHT, Point.HAND_RIGHT,
            Point.ELBOW_LEFT, Point.ELBOW_RIGHT);
        need(found, "plank", "the feet or knees",
            Point.TOE_LEFT, Point.TOE_RIGHT, Point.KNEE_LEFT, Point.KNEE_RIGHT);
        break;
      case SEATED:
      case STANDING:
        need(found, position.id(), "a foot", FEET);
        break;
      case FLOOR_SEATED:
        if (pelvisLifted) {
          // Hips lifted off the floor (reverse tabletop): on the hands and the feet.
          need(found, "floor-seated", "a hand (the pelvis lifted)",
              Point.WRIST_LEFT, Point.HAND_LEFT, Point.WRIST_RIGHT, Point.HAND_RIGHT);
          need(found, "floor-seated", "a foot (the pelvis lifted)", FEET);
        } else {
          need(found, "floor-seated", "the pelvis", Point.PELVIS);
        }
        break;
      case SUPINE:
        if (roller != null) {
          needOnRoller(found);
        } else {
          need(found, "supine", "the upper back", Point.NECK_BASE, Point.WAIST);
        }
        break;
      case PRONE:
        need(found, "prone", "the pelvis", Point.PELVIS);
        break;
      case SIDE_LYING:
      default:
        break;
    }
    return found;
  }

  /** Reports unless one of {@code any} rests on the floor (or the pelvis on its seat). */
  private void need(List<String> found, String positionId, String what, Point... any) {
    double best = Double.POSITIVE_INFINITY;
    for (Point p : any) {
      double slack = p == Point.PELVIS ? SEAT_OFFSET : 0;
      if (p == Point.NECK_BASE || p == Point.WAIST) {
        slack = TRUNK_RADIUS - LIMB_RADIUS;
      }
      best = Math.min(best, clearance(p) - slack);
    }
    if (best > TOLERANCE) {
      found.add(
          String.format(
              Locale.ROOT,
              "a %s pose rests %s on the floor, but it is %s cm above it (for a %s cm figure)",
              positionId,
              what,
              cm(best),
              fmt(REFERENCE_HEIGHT_CM)));
    }
  }

  private static String cm(double h) {
    return fmt(Math.round(h * REFERENCE_HEIGHT_CM));
  }

  static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
