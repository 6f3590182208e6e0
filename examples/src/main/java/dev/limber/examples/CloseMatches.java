package dev.limber.examples;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Messages for unknown ids that the core does not check itself (equipment, a listing's area),
 * worded like the core's own: {@code unknown area "hip"; did you mean hips?}.
 */
final class CloseMatches {
  private CloseMatches() {}

  /** A message for an unknown {@code kind} id, with up to three close matches from {@code known}. */
  static String unknown(String kind, String id, Collection<String> known) {
    int limit = Math.max(2, id.length() / 3);
    List<String> close =
        known.stream()
            .filter(k -> k.contains(id) || id.contains(k) || distance(id, k) <= limit)
            .sorted(Comparator.comparingInt((String k) -> distance(id, k)).thenComparing(k -> k))
            .limit(3)
            .collect(Collectors.toList());
    return close.isEmpty()
        ? String.format("unknown %s \"%s\"", kind, id)
        : String.format("unknown %s \"%s\"; did you mean %s?", kind, id, String.join(", ", close));
  }

  private static int distance(String a, String b) {
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
