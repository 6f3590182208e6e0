package dev.limber.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one value, checked in its {@code @Value.Check}: collects every rule it breaks, each
 * at the JSON name of its field ({@code $.steps[2]}), and throws them together in an {@link
 * InvalidValueException}. The one statement of the catalog's field rules: slugs, texts that are
 * not blank, counts of items, ranges and the rules across fields. Not thread-safe; one per check.
 */
final class Checks {
  private final String value;
  private @Nullable List<Problem> problems;

  /** Checks for the value named {@code value} in problems, such as {@code exercise cat-cow}. */
  Checks(String value) {
    this.value = value;
  }

  /** Reports {@code message} at {@code path} (relative to the value, such as {@code $.min}) unless {@code ok}. */
  Checks check(boolean ok, String path, String message, Object... args) {
    if (!ok) {
      if (problems == null) {
        problems = new ArrayList<>();
      }
      problems.add(
          Problem.builder()
              .resource(value)
              .path(path)
              .message(args.length == 0 ? message : String.format(message, args))
              .build());
    }
    return this;
  }

  /** The id at {@code path} is a slug. */
  Checks slug(String path, String id) {
    return check(Ids.isSlug(id), path, slugMessage(id));
  }

  /** Each id of the field at {@code path} is a slug, and (for a list) listed once. */
  Checks slugs(String path, Collection<String> ids) {
    int i = 0;
    for (String id : ids) {
      slug(path + "[" + i++ + "]", id);
    }
    return unique(path, ids);
  }

  /** The text at {@code path} has something other than white space. */
  Checks text(String path, String text) {
    return check(!Values.isBlank(text), path, "must not be blank");
  }

  /** Each text of the field at {@code path} has something other than white space. */
  Checks texts(String path, Collection<String> texts) {
    int i = 0;
    for (String text : texts) {
      text(path + "[" + i++ + "]", text);
    }
    return this;
  }

  /** The field at {@code path} has at least {@code min} items. */
  Checks atLeast(String path, Collection<?> items, int min) {
    return check(
        items.size() >= min,
        path,
        "must have at least %s item%s, but has %s",
        min,
        min == 1 ? "" : "s",
        items.size());
  }

  /** No item of the field at {@code path} is listed twice. */
  Checks unique(String path, Collection<?> items) {
    if (items.size() > 1 && !(items instanceof java.util.Set)) {
      Map<Object, Integer> seen = new HashMap<>();
      int i = 0;
      for (Object item : items) {
        Integer first = seen.putIfAbsent(item, i);
        check(first == null, path + "[" + i + "]", "\"%s\" is listed twice (also at index %s)", item, first);
        i++;
      }
    }
    return this;
  }

  /** The number at {@code path} is between {@code min} and {@code max}, both included. */
  Checks range(String path, long number, long min, long max) {
    check(number >= min, path, "must be at least %s, but is %s", min, number);
    return check(number <= max, path, "must be at most %s, but is %s", max, number);
  }

  /** Throws every problem found, if any. */
  void done() {
    if (problems != null) {
      throw new InvalidValueException(problems);
    }
  }

  /** A number as a message shows it: {@code 2}, not {@code 2.0}. */
  static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
  }

  /** The message for an id that is not a slug. */
  static String slugMessage(String id) {
    return String.format(
        "\"%s\" is not a valid id: use lowercase letters and digits in words joined by single"
            + " hyphens, such as \"cat-cow\", at most %s characters",
        id, Ids.MAX_SLUG_LENGTH);
  }
}
