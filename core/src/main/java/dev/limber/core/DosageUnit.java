package dev.limber.core;

import java.util.Locale;

/**
 * What an exercise's dosage counts.
 *
 * <p>In data files each constant is written as its {@link #id() id}, the lower-case kebab-case
 * form of its name (for example {@code breaths}).
 */
public enum DosageUnit {
  /** Seconds of holding a position. */
  SECONDS,
  /** Slow breath cycles, in and out. */
  BREATHS,
  /** Repetitions of a movement. */
  REPETITIONS;

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
  public static DosageUnit fromId(String id) {
    return Ids.enumFromId(DosageUnit.class, id);
  }

}
