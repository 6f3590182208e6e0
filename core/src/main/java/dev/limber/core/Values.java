package dev.limber.core;

/** The one definition of a blank text, which {@link Checks} and the values use. */
final class Values {
  private Values() {}

  /**
   * Whether {@code text} is empty or only white space, as {@code String.isBlank()} (Java 11) says
   * ({@link Character#isWhitespace}), written out because Android 8 lacks it. No supplementary
   * character is white space, so checking each {@code char} is enough.
   */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
