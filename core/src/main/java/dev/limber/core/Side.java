package dev.limber.core;

import java.util.Locale;

/**
 * The side of the body a one-sided exercise is working in a routine item.
 *
 * <p>In data files each constant is written as its {@link #id() id}, the lower-case kebab-case
 * form of its name (for example {@code left}).
 */
public enum Side {
  /** The left side. */
  LEFT,
  /** The right side. */
  RIGHT;

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
  public static Side fromId(String id) {
    return Ids.enumFromId(Side.class, id);
  }

}
