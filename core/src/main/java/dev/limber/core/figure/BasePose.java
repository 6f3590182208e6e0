package dev.limber.core.figure;

import com.google.common.collect.ImmutableMap;
import dev.limber.core.Position;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A built-in starting pose for one {@link Position}: a keyframe names one and overrides only the
 * angles it changes. Each base sets every angle it needs for the side view (sagittal plane); the
 * front and top views start from all angles 0 except those listed under "front" below.
 *
 * <p>In data files each constant is written as its {@link #id() id}, such as {@code
 * hands-and-knees}. The angles of each base are listed in CONTRIBUTING.md.
 */
public enum BasePose {
  /** Standing upright, arms at the sides. */
  STANDING(Position.STANDING, "", ""),
  /** Sitting on a chair: hips and knees at 90, feet flat. Front view: thighs toward the viewer. */
  SEATED(Position.SEATED, "hip-left=90 hip-right=90 knee-left=90 knee-right=90", ""),
  /** Kneeling upright, the shins and the tops of the feet on the floor. */
  KNEELING(Position.KNEELING, "knee-left=90 knee-right=90 ankle-left=-70 ankle-right=-70", ""),
  /** Half-kneeling: the left knee down, the right foot forward with the knee at 90. */
  HALF_KNEELING(
      Position.KNEELING,
      "knee-left=90 ankle-left=-70 hip-right=95 knee-right=75 ankle-right=-18",
      ""),
  /** On hands and knees (tabletop): hands under the shoulders, knees under the hips. */
  HANDS_AND_KNEES(
      Position.HANDS_AND_KNEES,
      "trunk=72.4 neck=-10 shoulder-left=72.4 shoulder-right=72.4 wrist-left=90 wrist-right=90"
          + " hip-left=72.4 hip-right=72.4 knee-left=90 knee-right=90 ankle-left=-70"
          + " ankle-right=-70",
      ""),
  /** High plank on the hands and toes, the body in a line. */
  PLANK(
      Position.PLANK,
      "trunk=72 neck=-10 shoulder-left=72 shoulder-right=72 wrist-left=90 wrist-right=90"
          + " ankle-left=20 ankle-right=20",
      ""),
  /** Forearm plank: elbows under the shoulders, forearms on the floor, up on the toes. */
  FOREARM_PLANK(
      Position.PLANK,
      "trunk=84 neck=-10 shoulder-left=84 shoulder-right=84 elbow-left=90 elbow-right=90"
          + " ankle-left=20 ankle-right=20",
      ""),
  /** Sitting on the floor, legs straight forward, trunk upright. */
  FLOOR_SEATED(
      Position.FLOOR_SEATED, "hip-left=90 hip-right=90 wrist-left=90 wrist-right=90", ""),
  /** Lying face down, arms along the body, tops of the feet on the floor. */
  PRONE(Position.PRONE, "trunk=90 neck=-20 ankle-left=-70 ankle-right=-70", "trunk=90"),
  /** Lying on the back, arms along the body, head to the left of a side view. */
  SUPINE(Position.SUPINE, "trunk=-90 neck=20", "trunk=-90"),
  /** Lying on the left side, seen from above (view top): head to the right, back up. */
  SIDE_LYING(Position.SIDE_LYING, "trunk=90", "trunk=90");

  private final Position position;
  private final ImmutableMap<Joint, Double> side;
  private final ImmutableMap<Joint, Double> front;

  BasePose(Position position, String side, String front) {
    this.position = position;
    this.side = parse(side);
    this.front = parse(front);
  }

  private static ImmutableMap<Joint, Double> parse(String angles) {
    Map<Joint, Double> map = new EnumMap<>(Joint.class);
    for (String pair : angles.trim().split("\\s+")) {
      if (!pair.isEmpty()) {
        String[] kv = pair.split("=");
        map.put(Joint.fromId(kv[0]), Double.parseDouble(kv[1]));
      }
    }
    return ImmutableMap.copyOf(map);
  }

  /** The position this base is a pose of. */
  public Position position() {
    return position;
  }

  /** The base's angles in the sagittal plane (side views) or the frontal plane; others are 0. */
  public ImmutableMap<Joint, Double> angles(boolean sagittal) {
    return sagittal ? side : front;
  }

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The id as written in pose files, such as {@code hands-and-knees}. */
  public String id() {
    return id;
  }

  /**
   * The base with that id.
   *
   * @throws IllegalArgumentException if there is none; the message lists the ids
   */
  public static BasePose fromId(String id) {
    for (BasePose b : values()) {
      if (b.id().equals(id)) {
        return b;
      }
    }
    throw new IllegalArgumentException(
        "unknown base pose \"" + id + "\"; expected one of "
            + Arrays.stream(values()).map(BasePose::id).collect(Collectors.joining(", ")));
  }
}
