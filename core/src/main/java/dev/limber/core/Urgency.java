package dev.limber.core;

import java.util.Locale;

/**
 * How soon a person with a red-flag symptom should be seen, most urgent first.
 *
 * <p>In data files each constant is written as its {@link #id() id}, the lower-case kebab-case
 * form of its name (for example {@code emergency}).
 */
public enum Urgency {
  /** Go to emergency care now. */
  EMERGENCY,
  /** See a doctor soon, before exercising. */
  URGENT;

  /** The constant's id as written in data files and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The constant with the given {@link #id() id}.
   *
   * @throws IllegalArgumentException if no constant has that id; the message lists the ids
   */
  public static Urgency fromId(String id) {
    return Ids.enumFromId(Urgency.class, id);
  }

}
