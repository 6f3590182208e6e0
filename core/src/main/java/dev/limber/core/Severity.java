package dev.limber.core;

import java.util.Locale;

/**
 * How strongly a condition restricts an exercise, from strongest to weakest.
 *
 * <p>In data files each constant is written as its {@link #id() id}, the lower-case kebab-case
 * form of its name (for example {@code avoid}).
 */
public enum Severity {
  /** Never in a routine for someone with the condition. */
  AVOID,
  /** Only in a declared safer form (a modification or an easier variation); otherwise left out. */
  MODIFY,
  /** Allowed, with a warning on the routine item that an app shows to the person. */
  CAUTION;

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
  public static Severity fromId(String id) {
    return Ids.enumFromId(Severity.class, id);
  }

}
