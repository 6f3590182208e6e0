package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;

/** Checks shared by the value types' {@code @Value.Check} methods. */
final class Values {
  private Values() {}

  /** Checks that {@code text}, the value of {@code field}, has something other than blanks. */
  static void checkText(String field, String text) {
    checkArgument(!isBlank(text), "%s must not be blank", field);
  }

  /** Checks every element of {@code texts}, the values of {@code field}, with checkText. */
  static void checkTexts(String field, Collection<String> texts) {
    int i = 0;
    for (String text : texts) {
      checkArgument(!isBlank(text), "%s[%s] must not be blank", field, i++);
    }
  }

  /**
   * Whether {@code text} is empty or only white space, as {@code String.isBlank()} (Java 11) says,
   * written out because Android 8 lacks it.
   */
  static boolean isBlank(String text) {
    return text.codePoints().allMatch(Character::isWhitespace);
  }

  /** Checks that each element of {@code ids}, the values of {@code field}, is a slug. */
  static void checkSlugs(String field, Collection<String> ids) {
    int i = 0;
    for (String id : ids) {
      Ids.checkSlug(field, i++, id);
    }
  }
}
