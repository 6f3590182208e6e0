package dev.limber.core.figure;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A prop drawn with a figure. Each is placed from the figure itself, so pose files name props
 * and never give coordinates.
 *
 * <p>In data files each constant is written as its {@link #id() id}, such as {@code wall-behind}.
 */
public enum Prop {
  /** An exercise mat on the floor under the figure. */
  MAT,
  /**
   * A chair seen from the side: chair-seated figures sit on its seat; for any other position it
   * is a support to hold, its backrest under the higher hand and its seat reaching away.
   */
  CHAIR,
  /** A wall just in front of the figure's foremost point (hands on the wall, say). */
  WALL,
  /**
   * A wall just behind the figure's rearmost point (back against the wall); in a side view of a
   * chair-seated figure, behind the chair's backrest (a chair set against a wall).
   */
  WALL_BEHIND,
  /** A door frame in front of the figure, drawn like a wall with its opening. */
  DOORWAY,
  /** A strap from the near (left) hand to the near foot. */
  STRAP,
  /** A towel from the near (left) hand to the near foot, drawn like a strap but wider. */
  TOWEL,
  /**
   * A step a standing figure stands on: under the higher foot of the first keyframe (the
   * foremost when level), whose toe tip rests on its top; a dropped heel may hang below its edge
   * and the other foot beside it, never below the floor. A foot on it counts as standing.
   */
  STEP,
  /**
   * A table (or desk) at the higher hand (the left when level), reaching away from the body: standing, the hand
   * rests on its top; chair-seated, the hand presses up under it.
   */
  TABLE,
  /** A cushion under the pelvis. */
  CUSHION,
  /**
   * A foam roller: when supine in a side view, on the floor across the upper back (under the
   * middle of the upper trunk), carrying it; otherwise under the waist.
   */
  FOAM_ROLLER;

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The constant's id as written in data files. */
  public String id() {
    return id;
  }

  /**
   * The constant with the given id.
   *
   * @throws IllegalArgumentException if there is none; the message lists the ids
   */
  public static Prop fromId(String id) {
    for (Prop p : values()) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown prop \"" + id + "\"; expected one of "
            + Arrays.stream(values()).map(Prop::id).collect(Collectors.joining(", ")));
  }
}
