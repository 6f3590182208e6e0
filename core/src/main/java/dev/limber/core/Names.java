package dev.limber.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the elements of one kind by id, name or alias, ignoring case, spacing and punctuation:
 * {@code "slipped disc"}, {@code "Slipped-Disc"} and {@code "herniated-disc"} all find the
 * herniated-disc condition. An exact id always wins; a name or alias that two elements share finds
 * neither (the id does). Immutable and thread-safe.
 */
final class Names {
  private final String kind;
  private final ImmutableSet<String> ids;
  private final ImmutableMap<String, String> byKey;

  private Names(String kind, ImmutableSet<String> ids, ImmutableMap<String, String> byKey) {
    this.kind = kind;
    this.ids = ids;
    this.byKey = byKey;
  }

  /** The names of {@code elements}, each known by its id and by the texts {@code names} gives. */
  static <T> Names of(
      String kind, Collection<T> elements, Function<T, String> id, Function<T, List<String>> names) {
    Map<String, String> byKey = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (T element : elements) {
      for (String name : names.apply(element)) {
        String key = key(name);
        String before = byKey.putIfAbsent(key, id.apply(element));
        if (before != null && !before.equals(id.apply(element))) {
          shared.add(key);
        }
      }
    }
    shared.forEach(byKey::remove);
    ImmutableSet<String> ids = elements.stream().map(id).collect(ImmutableSet.toImmutableSet());
    for (String each : ids) {
      byKey.put(key(each), each);
    }
    return new Names(kind, ids, ImmutableMap.copyOf(byKey));
  }

  /**
   * The comparison form of a name: lower case, accents and apostrophes dropped, every other run of characters
   * that are not letters or digits one hyphen, none at either end.
   */
  static String key(String name) {
    return isAscii(name) ? asciiKey(name) : unicodeKey(name);
  }

  /** {@link #key} of any name. */
  static String unicodeKey(String name) {
    // Accents dropped, so that "ciatica" finds "ciática", as people type on keyboards without them.
    name = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder key = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\'' || c == '\u2019' || Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (gap && key.length() > 0) {
          key.append('-');
        }
        key.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
        gap = false;
      } else {
        gap = true;
      }
    }
    return key.toString();
  }

  private static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@link #key} of an ASCII name, which has nothing to normalize: the same result, faster. */
  private static String asciiKey(String name) {
    StringBuilder key = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'') {
        continue;
      }
      boolean upper = c >= 'A' && c <= 'Z';
      if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && key.length() > 0) {
          key.append('-');
        }
        key.append(upper ? (char) (c + ('a' - 'A')) : c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return key.toString();
  }

  /** The id of the element with that id, name or alias, if any. */
  Optional<String> find(String idNameOrAlias) {
    checkNotNull(idNameOrAlias, "idNameOrAlias");
    if (ids.contains(idNameOrAlias)) {
      return Optional.of(idNameOrAlias);
    }
    return Optional.ofNullable(byKey.get(key(idNameOrAlias)));
  }

  /**
   * The id of the element with that id, name or alias.
   *
   * @param role how the caller names what it looked for in the message, such as "focus area"
   * @throws IllegalArgumentException if none has it; the message lists close matches by id
   */
  String resolve(String role, String idNameOrAlias) {
    return find(idNameOrAlias)
        .orElseThrow(() -> new IllegalArgumentException(unknown(role, idNameOrAlias)));
  }

  /** The ids of the elements with the given ids, names or aliases, in order, without repeats. */
  ImmutableSet<String> resolveAll(String role, Collection<String> idsNamesOrAliases) {
    checkNotNull(idsNamesOrAliases, role);
    Set<String> result = new LinkedHashSet<>();
    for (String each : idsNamesOrAliases) {
      result.add(resolve(role, checkNotNull(each, "%s cannot hold null", role)));
    }
    return ImmutableSet.copyOf(result);
  }

  /** A message for an unknown element, with the ids of close matches on ids, names and aliases. */
  String unknown(String role, String text) {
    Set<String> close = new LinkedHashSet<>();
    for (String match : Ids.closeMatches(key(text), byKey.keySet())) {
      close.add(byKey.get(match));
    }
    return close.isEmpty()
        ? String.format("unknown %s \"%s\"", role, text)
        : String.format("unknown %s \"%s\"; did you mean %s?", role, text, String.join(", ", close));
  }

  /** What kind of element these are, such as "condition". */
  String kind() {
    return kind;
  }
}
