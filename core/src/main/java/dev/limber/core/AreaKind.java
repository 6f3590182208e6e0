package dev.limber.core;

import java.util.Locale;

/**
 * The level of a target area in the taxonomy tree.
 *
 * <p>In data files each constant is written as its {@link #id() id}, the lower-case kebab-case
 * form of its name (for example {@code region}).
 */
public enum AreaKind {
  /** A broad region of the body, such as the back or the legs. */
  REGION,
  /** An area within a region, such as the lower back. */
  AREA,
  /** A single muscle or muscle group, such as the piriformis. */
  MUSCLE;

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
  public static AreaKind fromId(String id) {
    return Ids.enumFromId(AreaKind.class, id);
  }

}
