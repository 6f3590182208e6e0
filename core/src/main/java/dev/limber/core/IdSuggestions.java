package dev.limber.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;

/**
 * Close matches for an unknown id, and the message Limber gives for one, for code outside this
 * package that checks ids (such as a catalog loader) and should word its problems the way the
 * {@link Catalog} does.
 *
 * <pre>{@code
 * IdSuggestions.unknownMessage("area", "lower-bak", List.of("lower-back", "neck"))
 *     // unknown area "lower-bak"; did you mean lower-back?
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class IdSuggestions {
  private IdSuggestions() {}

  /**
   * Up to three ids of {@code known} close to {@code unknown} (by edit distance, or because one
   * contains the other), nearest first, ties in alphabetical order.
   *
   * @param unknown the id that was not found
   * @param known the ids that exist
   * @return the close matches; empty if none is close
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<String> closeMatches(String unknown, Collection<String> known) {
    checkNotNull(unknown, "unknown");
    checkNotNull(known, "known");
    return ImmutableList.copyOf(Ids.closeMatches(unknown, known));
  }

  /**
   * The message for an unknown id, as the {@link Catalog} words it: {@code unknown area
   * "lower-bak"; did you mean lower-back?}, or without the question when nothing is close.
   *
   * @param kind what the id names, in words, such as {@code area}, {@code exercise} or {@code
   *     condition}
   * @param id the id that was not found
   * @param known the ids of that kind that exist
   * @throws NullPointerException if an argument is null
   */
  public static String unknownMessage(String kind, String id, Collection<String> known) {
    checkNotNull(kind, "kind");
    checkNotNull(id, "id");
    checkNotNull(known, "known");
    return Ids.unknown(kind, id, known);
  }
}
