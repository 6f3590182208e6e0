package dev.limber.core;

import java.util.Locale;

/**
 * What kept the composer from serving a focus area or from filling the budget, most telling first:
 * the catalog has nothing for it, the person's conditions rule it out, or the request's level,
 * equipment, positions or exclusions do, or there was no time left for it.
 *
 * <p>In JSON each constant is written as its {@link #id() id} (for example {@code equipment}).
 */
public enum Limit {
  /** No exercise in the catalog targets the area at all. */
  CATALOG,
  /** Every exercise for it is ruled out by the person's conditions. */
  SAFETY,
  /** Every exercise left is above the requested level. */
  LEVEL,
  /** Every exercise left needs equipment the request does not have. */
  EQUIPMENT,
  /** Every exercise left is in a position the request does not allow (or needs the floor). */
  POSITION,
  /** Every exercise left was excluded by the request. */
  EXCLUDED,
  /** Usable exercises exist, but the budget (or the flow of positions) left no room for them. */
  TIME;

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The constant's id as written in JSON. */
  public String id() {
    return id;
  }

  /**
   * The constant with the given {@link #id() id}.
   *
   * @throws IllegalArgumentException if no constant has that id; the message lists the ids
   */
  public static Limit fromId(String id) {
    return Ids.enumFromId(Limit.class, id);
  }
}
