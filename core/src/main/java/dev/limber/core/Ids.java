package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Rules for ids: the slug form, enum ids and close matches for unknown ids. */
final class Ids {
  static final int MAX_SLUG_LENGTH = 80;

  private Ids() {}

  /**
   * Whether {@code id} is a lowercase kebab-case slug such as {@code cat-cow}: {@code
   * [a-z0-9]+(-[a-z0-9]+)*}, at most {@link #MAX_SLUG_LENGTH} characters. Checked by hand, as every
   * value checks its ids with it.
   */
  static boolean isSlug(String id) {
    if (id.isEmpty() || id.length() > MAX_SLUG_LENGTH) {
      return false;
    }
    boolean wordStarts = true;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '-') {
        if (wordStarts) {
          return false;
        }
        wordStarts = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        wordStarts = false;
      } else {
        return false;
      }
    }
    return !wordStarts;
  }

  /** Checks that {@code id}, the value of {@code field}, is a slug. */
  static String checkSlug(String field, String id) {
    checkNotNull(id, "%s cannot be null", field);
    checkArgument(
        isSlug(id),
        "%s (\"%s\") must be a lowercase kebab-case slug of letters and digits, such as"
            + " \"cat-cow\", at most %s characters",
        field,
        id,
        MAX_SLUG_LENGTH);
    return id;
  }

  static <E extends Enum<E>> E enumFromId(Class<E> type, String id) {
    checkNotNull(id, "id cannot be null");
    // Only ASCII letters, digits and hyphens, so that no locale's case rules (the dotless i of
    // "ıntermediate" upper-cases to I) can turn another word into an id.
    if (isAsciiId(id)) {
      String name = id.toUpperCase(Locale.ROOT).replace('-', '_');
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
    }
    throw new IllegalArgumentException(
        String.format(
            "unknown %s \"%s\"; expected one of %s",
            type.getSimpleName(),
            id,
            Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "))));
  }

  private static boolean isAsciiId(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Up to three ids from {@code known} closest to {@code unknown}, nearest first. */
  static List<String> closeMatches(String unknown, Collection<String> known) {
    if (unknown.length() > 4 * MAX_SLUG_LENGTH) {
      return List.of(); // nothing is close to it, and the edit distance would cost its length
    }
    int limit = Math.max(2, unknown.length() / 3);
    return known.stream()
        .filter(k -> k.contains(unknown) || unknown.contains(k) || distance(unknown, k) <= limit)
        .sorted(Comparator.comparingInt((String k) -> distance(unknown, k)).thenComparing(k -> k))
        .limit(3)
        .collect(Collectors.toList());
  }

  /** A message for an unknown id of the given kind, with close matches when there are any. */
  static String unknown(String kind, String id, Collection<String> known) {
    List<String> close = closeMatches(id, known);
    return close.isEmpty()
        ? String.format("unknown %s \"%s\"", kind, id)
        : String.format("unknown %s \"%s\"; did you mean %s?", kind, id, String.join(", ", close));
  }

  /** Levenshtein edit distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
