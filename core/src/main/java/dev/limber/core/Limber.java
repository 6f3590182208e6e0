package dev.limber.core;

/**
 * Facts about the Limber library as a whole that an app shows beside what it composes.
 *
 * <p>This class has only constants; it cannot be instantiated.
 */
public final class Limber {
  /**
   * The disclaimer to show with every routine, in plain English: Limber's texts are general
   * guidance on exercise, not medical advice. The command-line tool ends every routine with it.
   */
  public static final String DISCLAIMER =
      "This routine is general guidance on exercise, not medical advice. Move slowly and only as"
          + " far as is comfortable. Stop at once if you feel sharp pain, numbness or tingling, and"
          + " see a health professional before you carry on.";

  private Limber() {}
}
