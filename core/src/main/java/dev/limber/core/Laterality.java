package dev.limber.core;

import java.util.Locale;

/**
 * Whether an exercise works both sides of the body at once or one side at a time.
 *
 * <p>In data files each constant is written as its {@link #id() id}, the lower-case kebab-case
 * form of its name (for example {@code unilateral}).
 */
public enum Laterality {
  /** Both sides at once, or the body's midline: done once. */
  BILATERAL,
  /** One side at a time: a routine runs it for the left and then the right side, equal time. */
  UNILATERAL;

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The constant's id as written in data files and on the command line. */
  public String id() {
    return id;
  }

  /**
   * The constant with the given {@link #id() id}.
   *
   * @throws IllegalArgumentException if no constant has that id; the message lists the ids
   */
  public static Laterality fromId(String id) {
    return Ids.enumFromId(Laterality.class, id);
  }

}
