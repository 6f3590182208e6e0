package dev.limber.core;

import java.util.Locale;

/**
 * Where in a session an exercise belongs: warm-up first, main work, cool-down last.
 *
 * <p>In data files each constant is written as its {@link #id() id}, the lower-case kebab-case
 * form of its name (for example {@code warm-up}).
 */
public enum Phase {
  /** Gentle dynamic mobility that prepares the body; comes first. */
  WARM_UP,
  /** The body of the session: stretches and mobility for the focus areas. */
  MAIN,
  /** Slow holds and relaxation that close the session; comes last. */
  COOL_DOWN;

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
  public static Phase fromId(String id) {
    return Ids.enumFromId(Phase.class, id);
  }

}
