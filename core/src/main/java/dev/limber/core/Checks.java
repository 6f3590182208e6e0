package dev.limber.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one value, checked in its {@code @Value.Check}: collects every rule it breaks, each
 * at the JSON name of its field ({@code $.steps[2]}), and throws them together in an {@link
 * InvalidValueException}. The one statement of the catalog's field rules: slugs, texts that are
 * not blank, counts of items, ranges and the rules across fields. Not thread-safe; one per check.
 */
final class Checks {
  private final String kind;
  private final String id;
  private @Nullable List<Problem> problems;

  /** Checks for a value of {@code kind} (such as {@code exercise}) with {@code id} ("" if none). */
  Checks(String kind, String id) {
    this.kind = kind;
    this.id = id;
  }

  /** Checks for a value without an id of its own, such as a dosage. */
  Checks(String kind) {
    this(kind, "");
  }

  /** Reports {@code message} at {@code path} (relative to the value, such as {@code $.min}) unless {@code ok}. */
  Checks check(boolean ok, String path, String message, Object... args) {
    if (!ok) {
      add(path, args.length == 0 ? message : String.format(message, args));
    }
    return this;
  }

  private void add(String path, String message) {
    if (problems == null) {
      problems = new ArrayList<>();
    }
    problems.add(
        Problem.builder()
            .resource(id.isEmpty() ? kind : kind + " " + id)
            .path(path)
            .message(message)
            .build());
  }

  /** The id at {@code path} is a slug. */
  Checks slug(String path, String id) {
    if (!Ids.isSlug(id)) {
      add(path, slugMessage(id));
    }
    return this;
  }

  /** Each id of the field at {@code path} is a slug, and (for a list) listed once. */
  Checks slugs(String path, Collection<String> ids) {
    int i = 0;
    for (String id : ids) {
      if (!Ids.isSlug(id)) {
        add(path + "[" + i + "]", slugMessage(id));
      }
      i++;
    }
    return unique(path, ids);
  }

  /** The text at {@code path} has something other than white space. */
  Checks text(String path, String text) {
    if (Values.isBlank(text)) {
      add(path, "must not be blank");
    }
    return this;
  }

  /** Each text of the field at {@code path} has something other than white space. */
  Checks texts(String path, Collection<String> texts) {
    int i = 0;
    for (String text : texts) {
      if (Values.isBlank(text)) {
        add(path + "[" + i + "]", "must not be blank");
      }
      i++;
    }
    return this;
  }

  /** The field at {@code path} has at least {@code min} items. */
  Checks atLeast(String path, Collection<?> items, int min) {
    if (items.size() < min) {
      add(path, String.format("must have at least %s item%s, but has %s", min, min == 1 ? "" : "s", items.size()));
    }
    return this;
  }

  /** No item of the list at {@code path} is listed twice (a set holds each once already). */
  Checks unique(String path, Collection<?> items) {
    if (items.size() > 1 && items instanceof List) {
      List<?> list = (List<?>) items;
      for (int i = 1; i < list.size(); i++) {
        int first = list.indexOf(list.get(i));
        if (first < i) {
          add(path + "[" + i + "]", String.format("\"%s\" is listed twice (also at index %s)", list.get(i), first));
        }
      }
    }
    return this;
  }

  /** The number at {@code path} is between {@code min} and {@code max}, both included. */
  Checks range(String path, long number, long min, long max) {
    if (number < min) {
      add(path, "must be at least " + min + ", but is " + number);
    } else if (number > max) {
      add(path, "must be at most " + max + ", but is " + number);
    }
    return this;
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
