package dev.limber.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableSet;
import dev.limber.core.IdRules;
import dev.limber.core.InvalidValueException;
import dev.limber.core.Problem;
import dev.limber.data.JsonDocument.Mark;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The fields of one JSON object in a {@link JsonDocument}, read with the same rules as the JSON
 * Schemas: each reader checks the type, range, slug form or enum id of its field, reports a problem
 * at the field's line and column when it is wrong, and returns empty then (or when an optional
 * field is absent). Unknown and missing fields are reported when the object is opened, so a caller
 * reads every field it knows and finds every problem in one pass. Not thread-safe.
 */
final class JsonFields {

  private final JsonDocument document;
  private final ProblemList problems;
  private final String path;
  private final JsonNode node;
  private final int problemsBefore;

  private JsonFields(
      JsonDocument document, ProblemList problems, String path, JsonNode node, int problemsBefore) {
    this.document = document;
    this.problems = problems;
    this.path = path;
    this.node = node;
    this.problemsBefore = problemsBefore;
  }

  /**
   * Opens the object {@code node} at {@code path}: reports it if it is not an object, and reports
   * each field not in {@code required} or {@code optional} and each required field that is absent.
   */
  static Optional<JsonFields> open(
      JsonDocument document,
      ProblemList problems,
      String path,
      JsonNode node,
      Collection<String> required,
      Collection<String> optional) {
    int before = problems.size();
    if (!node.isObject()) {
      problems.add(
          document.resource(),
          document.valueMark(path),
          path,
          "expected an object but found " + describe(node));
      return Optional.empty();
    }
    JsonFields fields = new JsonFields(document, problems, path, node, before);
    fields.checkNames(required, optional);
    return Optional.of(fields);
  }

  /**
   * Builds the value if no problem was found in this object, reporting what the value's own checks
   * throw at the object's location.
   */
  <T> Optional<T> build(Supplier<T> builder) {
    if (hasProblems()) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (InvalidValueException e) {
      report(e);
      return Optional.empty();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      reportAt(path, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /** The value's own rules, each at its field: "$.steps" of the value is "<path>.steps" here. */
  private void report(InvalidValueException e) {
    for (Problem p : e.problems()) {
      reportAt(path + p.path().substring(1), p.message());
    }
  }

  /**
   * Builds the value and reports every rule of its own it breaks at its field, even if this object
   * has other problems already (a wrong type, say), so that one pass finds them all; returns the
   * value only if this object has no problem at all. A value that cannot be built for a field
   * already reported (missing) adds nothing.
   */
  <T> Optional<T> buildReportingAll(Supplier<T> builder) {
    boolean clean = !hasProblems();
    try {
      T value = builder.get();
      return clean ? Optional.of(value) : Optional.empty();
    } catch (InvalidValueException e) {
      report(e);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      if (clean) {
        reportAt(path, String.valueOf(e.getMessage()));
      }
    }
    return Optional.empty();
  }

  /** A string field, bound as it is: the value's own checks judge its content. */
  Optional<String> string(String field) {
    return field(field, this::stringValue);
  }

  /** An array of strings, bound as they are; each listed once if {@code unique} (a set). */
  Optional<List<String>> strings(String field, boolean unique) {
    return array(field, unique, 0, true, this::stringValue);
  }

  /** An object of numbers, in file order, bound as they are. */
  Optional<Map<String, Double>> numbers(String field) {
    return field(
        field,
        (value, at) -> {
          if (!value.isObject()) {
            return wrongType(value, at, "an object");
          }
          int before = problems.size();
          Map<String, Double> result = new LinkedHashMap<>();
          for (Map.Entry<String, JsonNode> e : value.properties()) {
            if (e.getValue().isNumber()) {
              result.put(e.getKey(), e.getValue().doubleValue());
            } else {
              wrongType(e.getValue(), JsonDocument.member(at, e.getKey()), "a number");
            }
          }
          return problems.size() == before ? Optional.of(result) : Optional.empty();
        });
  }

  private Optional<String> stringValue(JsonNode value, String at) {
    return value.isTextual() ? Optional.of(value.textValue()) : wrongType(value, at, "a string");
  }

  /** Whether any problem was found in this object (or anything inside it) since it was opened. */
  boolean hasProblems() {
    return problems.size() > problemsBefore;
  }

  /** The JSON path of this object. */
  String path() {
    return path;
  }

  /** The document this object is in. */
  JsonDocument document() {
    return document;
  }

  /** Whether the field is present (even if null or of a wrong type). */
  boolean has(String field) {
    return node.has(field);
  }

  /** Reports a problem about the value of {@code field} (or this object if it is absent). */
  void report(String field, String message) {
    reportAt(JsonDocument.member(path, field), message);
  }

  /** Reports a problem about the value at {@code valuePath} in this document. */
  void reportAt(String valuePath, String message) {
    problems.add(document.resource(), document.valueMark(valuePath), valuePath, message);
  }

  /** A required or optional text field: a string with something other than blanks. */
  Optional<String> text(String field) {
    return field(field, this::textValue);
  }

  /** A slug field such as an id. */
  Optional<String> slug(String field) {
    return field(field, this::slugValue);
  }

  /** Whether the field is present and {@code null}, which an optional value may be written as. */
  boolean isNull(String field) {
    JsonNode value = node.get(field);
    return value != null && value.isNull();
  }

  /** An integer field that fits a {@code long}. */
  Optional<Long> longInteger(String field) {
    return field(
        field,
        (value, at) -> {
          if (!value.isNumber() || !isIntegral(value)) {
            return wrongType(value, at, "an integer");
          }
          BigDecimal number = value.decimalValue();
          if (number.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
              || number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            reportAt(at, String.format("must fit a 64-bit integer, but is %s", plain(number)));
            return Optional.empty();
          }
          return Optional.of(number.longValueExact());
        });
  }

  /** A true-or-false field. */
  Optional<Boolean> bool(String field) {
    return field(
        field,
        (value, at) -> {
          if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
          }
          return wrongType(value, at, "true or false");
        });
  }

  /** An integer field between {@code min} and {@code max}, both included. */
  Optional<Integer> integer(String field, int min, int max) {
    return field(field, (value, at) -> integerValue(value, at, min, max));
  }

  /** An enum field, written as the enum's id. */
  <E extends Enum<E>> Optional<E> enumValue(String field, EnumIds<E> ids) {
    return field(field, (value, at) -> enumValue(value, at, ids));
  }

  /** An array of texts with at least {@code minItems}, each listed once if {@code unique}. */
  Optional<List<String>> texts(String field, boolean unique, int minItems) {
    return array(field, unique, minItems, true, this::textValue);
  }

  /** An array of slugs with at least {@code minItems}, each listed once. */
  Optional<List<String>> slugs(String field, int minItems) {
    return array(field, true, minItems, true, this::slugValue);
  }

  /** An array of enum ids with at least {@code minItems}, each listed once. */
  <E extends Enum<E>> Optional<List<E>> enums(String field, EnumIds<E> ids, int minItems) {
    return array(field, true, minItems, true, (value, at) -> enumValue(value, at, ids));
  }

  /** An object field, opened with its own required and optional fields. */
  Optional<JsonFields> object(String field, Collection<String> required, Collection<String> optional) {
    return field(field, (value, at) -> open(document, problems, at, value, required, optional));
  }

  /**
   * An array of objects, each opened with its own required and optional fields; the list holds
   * every item that is an object, even one with problems, so that the caller finds the rest.
   */
  Optional<List<JsonFields>> objects(
      String field, int minItems, Collection<String> required, Collection<String> optional) {
    return array(
        field,
        false,
        minItems,
        false,
        (value, at) -> open(document, problems, at, value, required, optional));
  }

  /**
   * An object whose keys are slugs and whose values are numbers above {@code exclusiveMin} and at
   * most {@code max}, in file order; at least one entry.
   */
  Optional<Map<String, Double>> weights(String field, double exclusiveMin, double max) {
    return weights(field, exclusiveMin, max, true, 1);
  }

  /**
   * An object whose keys are slugs (if {@code slugKeys}, else any text that is not blank) and whose
   * values are numbers above {@code exclusiveMin} and at most {@code max}, in file order; at least
   * {@code minEntries}.
   */
  Optional<Map<String, Double>> weights(
      String field, double exclusiveMin, double max, boolean slugKeys, int minEntries) {
    return field(
        field,
        (value, at) -> {
          if (!value.isObject()) {
            return wrongType(value, at, "an object");
          }
          if (value.size() < minEntries) {
            reportAt(at, String.format("must have at least %s entry", minEntries));
            return Optional.empty();
          }
          int before = problems.size();
          Map<String, Double> result = new LinkedHashMap<>();
          for (Map.Entry<String, JsonNode> e : value.properties()) {
            String entryPath = JsonDocument.member(at, e.getKey());
            if (slugKeys && !IdRules.isSlug(e.getKey())) {
              problems.add(
                  document.resource(), document.keyMark(entryPath), entryPath, slugMessage(e.getKey()));
            } else if (!slugKeys && isBlank(e.getKey())) {
              problems.add(
                  document.resource(), document.keyMark(entryPath), entryPath, "must not be blank");
            }
            JsonNode weight = e.getValue();
            if (!weight.isNumber()) {
              wrongType(weight, entryPath, "a number");
            } else if (!(weight.doubleValue() > exclusiveMin)) {
              reportAt(entryPath, String.format("must be above %s, but is %s", fmt(exclusiveMin), weight));
            } else if (weight.doubleValue() > max) {
              reportAt(entryPath, String.format("must be at most %s, but is %s", fmt(max), weight));
            } else {
              result.put(e.getKey(), weight.doubleValue());
            }
          }
          return problems.size() == before ? Optional.of(result) : Optional.empty();
        });
  }

  /**
   * An object whose keys are enum ids and whose values are texts, in file order; an unknown key is
   * reported at the key.
   */
  <E extends Enum<E>> Optional<Map<E, String>> textsByEnum(String field, EnumIds<E> ids) {
    return field(
        field,
        (value, at) -> {
          if (!value.isObject()) {
            return wrongType(value, at, "an object");
          }
          int before = problems.size();
          Map<E, String> result = new LinkedHashMap<>();
          for (Map.Entry<String, JsonNode> e : value.properties()) {
            String entryPath = JsonDocument.member(at, e.getKey());
            Optional<E> key = enumValue(TextNode.valueOf(e.getKey()), entryPath, ids);
            Optional<String> text = textValue(e.getValue(), entryPath);
            if (key.isPresent() && text.isPresent()) {
              result.put(key.get(), text.get());
            }
          }
          return problems.size() == before ? Optional.of(result) : Optional.empty();
        });
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private <T> Optional<T> field(String field, BiFunction<JsonNode, String, Optional<T>> reader) {
    JsonNode value = node.get(field);
    if (value == null) {
      return Optional.empty();
    }
    return reader.apply(value, JsonDocument.member(path, field));
  }

  private <T> Optional<List<T>> array(
      String field,
      boolean unique,
      int minItems,
      boolean allOrNothing,
      BiFunction<JsonNode, String, Optional<T>> reader) {
    return field(
        field,
        (value, at) -> {
          if (!value.isArray()) {
            return wrongType(value, at, "an array");
          }
          if (value.size() < minItems) {
            reportAt(at, String.format("must have at least %s item%s", minItems, minItems == 1 ? "" : "s"));
            return Optional.empty();
          }
          int before = problems.size();
          List<T> result = new ArrayList<>();
          Map<JsonNode, Integer> seen = new HashMap<>();
          for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = JsonDocument.element(at, i);
            Integer first = unique ? seen.putIfAbsent(item, i) : null;
            if (first != null) {
              reportAt(
                  itemPath,
                  String.format("%s is listed twice (also at index %s)", shortText(item), first));
              continue;
            }
            reader.apply(item, itemPath).ifPresent(result::add);
          }
          return !allOrNothing || problems.size() == before
              ? Optional.of(result)
              : Optional.empty();
        });
  }

  private Optional<String> textValue(JsonNode value, String at) {
    if (!value.isTextual()) {
      return wrongType(value, at, "a string");
    }
    if (isBlank(value.textValue())) {
      reportAt(at, "must not be blank");
      return Optional.empty();
    }
    return Optional.of(value.textValue());
  }

  private Optional<String> slugValue(JsonNode value, String at) {
    if (!value.isTextual()) {
      return wrongType(value, at, "a string");
    }
    if (!IdRules.isSlug(value.textValue())) {
      reportAt(at, slugMessage(value.textValue()));
      return Optional.empty();
    }
    return Optional.of(value.textValue());
  }

  /**
   * Whether {@code text} has no character but those {@code java.util.regex} counts as {@code \s}
   * (space, tab, line feed, vertical tab, form feed, carriage return); checked by hand, as it runs
   * for every text. Unlike {@link String#isBlank()}, other Unicode spaces count as content.
   */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case ' ', '\t', '\n', '\u000B', '\f', '\r':
          break;
        default:
          return false;
      }
    }
    return true;
  }



  private static String slugMessage(String id) {
    return String.format(
        "\"%s\" is not a valid id: use lowercase letters and digits in words joined by single"
            + " hyphens, such as \"cat-cow\", at most %s characters",
        id, IdRules.MAX_LENGTH);
  }

  private Optional<Integer> integerValue(JsonNode value, String at, int min, int max) {
    if (value.isInt() && value.intValue() >= min && value.intValue() <= max) {
      return Optional.of(value.intValue());
    }
    if (!value.isNumber() || !isIntegral(value)) {
      return wrongType(value, at, "an integer");
    }
    BigDecimal number = value.decimalValue();
    if (number.compareTo(BigDecimal.valueOf(min)) < 0) {
      reportAt(at, String.format("must be at least %s, but is %s", min, plain(number)));
      return Optional.empty();
    }
    if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
      reportAt(at, String.format("must be at most %s, but is %s", max, plain(number)));
      return Optional.empty();
    }
    return Optional.of(number.intValueExact());
  }

  private static boolean isIntegral(JsonNode value) {
    if (value.isIntegralNumber()) {
      return true;
    }
    // JSON Schema counts 20.0 as an integer; so does the loader, to agree with it.
    BigDecimal d = value.decimalValue();
    return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  private <E extends Enum<E>> Optional<E> enumValue(JsonNode value, String at, EnumIds<E> ids) {
    if (!value.isTextual()) {
      return wrongType(value, at, "a string");
    }
    Optional<E> found = ids.find(value.textValue());
    if (!found.isPresent()) {
      List<String> close = closeMatches(value.textValue(), ids.byId().keySet());
      reportAt(
          at,
          String.format(
              "unknown %s \"%s\"; %sexpected one of %s",
              ids.name(),
              value.textValue(),
              close.isEmpty() ? "" : "did you mean \"" + close.get(0) + "\"? ",
              String.join(", ", ids.byId().keySet())));
    }
    return found;
  }

  private <T> Optional<T> wrongType(JsonNode value, String at, String expected) {
    reportAt(at, "expected " + expected + " but found " + describe(value));
    return Optional.empty();
  }

  private void checkNames(Collection<String> required, Collection<String> optional) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String name = e.getKey();
      if (!required.contains(name) && !optional.contains(name)) {
        ImmutableSet<String> known =
            ImmutableSet.<String>builder().addAll(required).addAll(optional).build();
        String at = JsonDocument.member(path, name);
        List<String> close = closeMatches(name, known);
        problems.add(
            document.resource(),
            document.keyMark(at),
            at,
            close.isEmpty()
                ? String.format(
                    "unknown field \"%s\"; the fields are %s", name, String.join(", ", known))
                : String.format("unknown field \"%s\"; did you mean \"%s\"?", name, close.get(0)));
      }
    }
    for (String name : required) {
      if (!node.has(name)) {
        problems.add(
            document.resource(),
            document.valueMark(path),
            JsonDocument.member(path, name),
            String.format("missing required field \"%s\"", name));
      }
    }
  }

  /** How a value looks in a message: its JSON type, and the value if it is short. */
  static String describe(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return "a string (" + shortText(value) + ")";
    }
    if (value.isNumber()) {
      return "a number (" + value + ")";
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "true" : "false";
    }
    return value.isArray() ? "an array" : "an object";
  }

  private static String shortText(JsonNode value) {
    String text = value.toString();
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** Up to three of {@code known} close to {@code unknown}, nearest first. */
  static List<String> closeMatches(String unknown, Collection<String> known) {
    return IdRules.closeMatches(unknown, known);
  }
}
