package dev.limber.core;

import java.util.Locale;

/**
 * The body position an exercise is done in.
 *
 * <p>The constants are declared in the order a session flows through them, from standing down to
 * lying on the back ({@link #flowRank()}); the composer orders each phase by it, so a routine
 * never goes back and forth between the floor and standing.
 *
 * <p>In data files each constant is written as its {@link #id() id} (for example {@code
 * hands-and-knees}).
 */
public enum Position {
  /** Standing on both feet, possibly holding a wall or chair for balance. */
  STANDING,
  /** Sitting on a chair, bench or bed edge, feet on the floor; no floor work. */
  SEATED,
  /** Kneeling upright, half-kneeling, or sitting back on the heels. */
  KNEELING,
  /** On hands and knees (tabletop), the knees carrying weight. */
  HANDS_AND_KNEES,
  /**
   * Held off the floor on the hands or forearms and the toes or knees, face down or turned to the
   * side: front and side planks. Not hands and knees: the trunk is braced in a line.
   */
  PLANK,
  /** Sitting on the floor or a mat. */
  FLOOR_SEATED,
  /** Lying face down. */
  PRONE,
  /** Lying on one side. */
  SIDE_LYING,
  /** Lying on the back. */
  SUPINE;

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The constant's id as written in data files and on the command line. */
  public String id() {
    return id;
  }

  /** Position in the flow of a session: lower ranks come earlier within a phase. */
  public int flowRank() {
    return ordinal();
  }

  /**
   * The constant with the given {@link #id() id}.
   *
   * @throws IllegalArgumentException if no constant has that id; the message lists the ids
   */
  public static Position fromId(String id) {
    return Ids.enumFromId(Position.class, id);
  }
}
