package dev.limber.core;

import java.util.Locale;

/**
 * How soon a person with a red-flag symptom should be seen, most urgent first. Emergency and
 * urgent flags stop a routine; a non-urgent one goes with it as advice.
 *
 * <p>In data files each constant is written as its {@link #id() id}, the lower-case kebab-case
 * form of its name (for example {@code emergency}).
 */
public enum Urgency {
  /** Go to emergency care now. */
  EMERGENCY,
  /** See a doctor soon, before exercising. */
  URGENT,
  /**
   * See a doctor in the coming weeks: not a stretch-only matter, but no reason to stop gentle
   * exercise, so a routine may still be composed and carries the referral as advice.
   */
  NON_URGENT;

  /** Whether a red flag of this urgency stops a routine: emergency and urgent do. */
  public boolean stopsRoutine() {
    return this != NON_URGENT;
  }

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
  public static Urgency fromId(String id) {
    return Ids.enumFromId(Urgency.class, id);
  }

}
