package dev.limber.core;

import java.util.Locale;

/**
 * How demanding an exercise is; a request's level admits its own and every easier difficulty.
 *
 * <p>In data files each constant is written as its {@link #id() id}, the lower-case kebab-case
 * form of its name (for example {@code beginner}).
 */
public enum Difficulty {
  /** Suitable for most people new to stretching. */
  BEGINNER,
  /** Needs some mobility, balance or strength. */
  INTERMEDIATE,
  /** Needs good mobility, balance or strength. */
  ADVANCED;

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
  public static Difficulty fromId(String id) {
    return Ids.enumFromId(Difficulty.class, id);
  }

}
