package dev.limber.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;

/**
 * The rules for Limber's ids, for code outside this package that checks ids (such as a catalog
 * loader) and should judge and word them the way the {@link Catalog} does: the slug form, close
 * matches for an unknown id, and the message for one.
 *
 * <pre>{@code
 * IdRules.unknownMessage("area", "lower-bak", List.of("lower-back", "neck"))
 *     // unknown area "lower-bak"; did you mean lower-back?
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class IdRules {
  /** The longest id allowed, in characters. */
  public static final int MAX_LENGTH = Ids.MAX_SLUG_LENGTH;

  private IdRules() {}

  /**
   * Whether {@code id} is a valid id: a lowercase kebab-case slug such as {@code cat-cow} (words of
   * {@code a-z} and {@code 0-9} joined by single hyphens), at most {@link #MAX_LENGTH} characters.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public static boolean isSlug(String id) {
    return Ids.isSlug(checkNotNull(id, "id"));
  }

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
