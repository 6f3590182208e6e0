package dev.limber.core;

import java.util.Locale;

/**
 * What sort of exercise this is.
 *
 * <p>In data files each constant is written as its {@link #id() id}, the lower-case kebab-case
 * form of its name (for example {@code static-stretch}).
 */
public enum ExerciseKind {
  /** A position held still, for a number of seconds or breaths. */
  STATIC_STRETCH,
  /** Controlled movement through a range, repeated or paced with the breath. */
  DYNAMIC_MOBILITY,
  /** Gentle strength or stability work, such as core, glute or upper-back activation. */
  STRENGTH_STABILITY,
  /** Breathing and relaxation that calms the body, usually at the end of a session. */
  RELAXATION;

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
  public static ExerciseKind fromId(String id) {
    return Ids.enumFromId(ExerciseKind.class, id);
  }

}
