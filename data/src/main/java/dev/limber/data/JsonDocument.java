package dev.limber.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One JSON file, parsed strictly into a tree that knows where every value and every field name
 * starts, keyed by JSON path ({@code $.dosage.min}, {@code $.steps[2]}).
 *
 * <p>Strict means: no comments, no trailing commas, nothing after the root value, and no field
 * twice in one object. A syntax error stops the parse (the document then has no {@link #root()});
 * a repeated field is reported and its first value kept.
 *
 * <p>Most files are sound and most of their places are never asked for, so a file is first parsed
 * without tracking places; only a file with a problem is parsed again at once with them, to report
 * it, and the places of a sound file are found by parsing it again on the first question.
 * Immutable after parsing, and thread-safe.
 */
final class JsonDocument {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)
                  .maxStringLength(ReadLimits.MAX_STRING_LENGTH)
                  .maxNameLength(ReadLimits.MAX_NAME_LENGTH)
                  .maxNumberLength(ReadLimits.MAX_NUMBER_LENGTH)
                  .maxDocumentLength(ReadLimits.MAX_FILE_BYTES)
                  .maxTokenCount(ReadLimits.MAX_TOKENS)
                  .build())
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private final String resource;
  private final @Nullable JsonNode root;
  /** The bytes to find the places in; null once they are found. Guarded by this. */
  private byte @Nullable [] bytes;
  /** Where values and field names start; null until asked for. Guarded by this. */
  private @Nullable Marks marks;

  private JsonDocument(
      String resource, @Nullable JsonNode root, byte @Nullable [] bytes, @Nullable Marks marks) {
    this.resource = resource;
    this.root = root;
    this.bytes = bytes;
    this.marks = marks;
  }

  /** Where each value and each field name starts, by JSON path. */
  private record Marks(Map<String, Mark> values, Map<String, Mark> keys) {}

  /** A 1-based line and column in a file. */
  record Mark(int line, int column) {
    static final Mark UNKNOWN = new Mark(0, 0);

    static Mark of(@Nullable JsonLocation location) {
      if (location == null) {
        return UNKNOWN;
      }
      return new Mark(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
    }
  }

  /** Parses {@code bytes}, reporting every syntax problem to {@code problems}. */
  static JsonDocument parse(String resource, byte[] bytes, ProblemList problems) {
    if (bytes.length > ReadLimits.MAX_FILE_BYTES) {
      problems.add(resource, new Mark(1, 1), "$", ReadLimits.tooLarge(bytes.length));
      return new JsonDocument(resource, null, null, new Marks(Map.of(), Map.of()));
    }
    JsonNode sound = new Builder(resource, null, 0).parse(bytes);
    if (sound != null) {
      return new JsonDocument(resource, sound, bytes, null);
    }
    Builder builder = new Builder(resource, problems, bytes.length);
    JsonNode root = builder.parse(bytes);
    return new JsonDocument(resource, root, null, builder.marks());
  }

  private synchronized Marks marks() {
    Marks found = marks;
    if (found == null) {
      byte[] source = Objects.requireNonNull(bytes);
      Builder builder = new Builder(resource, new ProblemList(), source.length);
      builder.parse(source);
      found = builder.marks();
      marks = found;
      bytes = null;
    }
    return found;
  }

  /** The file path or resource name the document came from. */
  String resource() {
    return resource;
  }

  /** The root value, or empty if the file is not valid JSON. */
  Optional<JsonNode> root() {
    return Optional.ofNullable(root);
  }

  /** Where the value at {@code path} starts, or the nearest enclosing value that exists. */
  Mark valueMark(String path) {
    Map<String, Mark> values = marks().values();
    for (@Nullable String at = path; at != null; at = parent(at)) {
      Mark mark = values.get(at);
      if (mark != null) {
        return mark;
      }
    }
    return Mark.UNKNOWN;
  }

  /** Where the field name of the member at {@code path} starts, or where its value starts. */
  Mark keyMark(String path) {
    Mark mark = marks().keys().get(path);
    return mark != null ? mark : valueMark(path);
  }

  /** The path of member {@code key} of the object at {@code path}. */
  static String member(String path, String key) {
    return isSimpleKey(key)
        ? path + "." + key
        : path + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** Whether {@code key} matches {@code [A-Za-z0-9_$-]+}; by hand, as it runs for every member. */
  private static boolean isSimpleKey(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean simple =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '$'
              || c == '-';
      if (!simple) {
        return false;
      }
    }
    return true;
  }

  /** The path of element {@code index} of the array at {@code path}. */
  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  /** The path of the value enclosing the one at {@code path}, or null for the root. */
  static @Nullable String parent(String path) {
    if (path.equals("$")) {
      return null;
    }
    if (path.endsWith("]")) {
      int open = path.lastIndexOf(path.endsWith("']") ? "['" : "[");
      return open > 0 ? path.substring(0, open) : "$";
    }
    int dot = path.lastIndexOf('.');
    return dot > 0 ? path.substring(0, dot) : "$";
  }

  /** The index of the first lone surrogate in {@code text}, or -1 if it is well-formed UTF-16. */
  static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Jackson's message without its source description, with the location in plain words. */
  static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    Matcher m = JACKSON_LOCATION.matcher(message);
    message = m.replaceAll("line $1, column $2");
    int newline = message.indexOf('\n');
    return newline > 0 ? message.substring(0, newline) : message;
  }

  /**
   * Parses one document: with {@code problems}, tracking every place and reporting every problem;
   * without, as fast as it can, giving up (null) at the first problem so that it is parsed again
   * with places to report it.
   */
  private static final class Builder {
    private final String resource;
    private final @Nullable ProblemList problems;
    private final Map<String, Mark> values;
    private final Map<String, Mark> keys;
    private String currentPath = "$";
    private @Nullable JsonParser parser;

    Builder(String resource, @Nullable ProblemList problems, int length) {
      this.resource = resource;
      this.problems = problems;
      // Sized for catalog files at their densest, one value in about 20 bytes, to spare rehashing.
      this.values = problems == null ? Map.of() : new HashMap<>(length / 15 + 16);
      this.keys = problems == null ? Map.of() : new HashMap<>(length / 25 + 16);
    }

    Marks marks() {
      return new Marks(values, keys);
    }

    @Nullable JsonNode parse(byte[] bytes) {
      if (problems == null) {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
          JsonNode root = parser.nextToken() == null ? null : read(parser, null);
          return root == null || parser.nextToken() != null ? null : root;
        } catch (IOException | GiveUp e) {
          return null;
        }
      }
      return parseReporting(bytes, problems);
    }

    private @Nullable JsonNode parseReporting(byte[] bytes, ProblemList problems) {
      try (JsonParser parser = FACTORY.createParser(bytes)) {
        this.parser = parser;
        if (parser.nextToken() == null) {
          problems.add(resource, new Mark(1, 1), "$", "the file is empty; expected a JSON object");
          return null;
        }
        JsonNode root = read(parser, "$");
        JsonToken after;
        try {
          after = parser.nextToken();
        } catch (JsonProcessingException e) {
          trailing(Mark.of(e.getLocation()));
          return null;
        }
        if (after != null) {
          trailing(Mark.of(parser.currentTokenLocation()));
          return null;
        }
        return root;
      } catch (LimitException e) {
        problems.add(resource, e.mark, currentPath, e.getMessage());
        return null;
      } catch (StreamConstraintsException e) {
        // Jackson gives no place for most limits; the value being read when it struck is one.
        Mark mark = Mark.of(e.getLocation());
        if (mark.equals(Mark.UNKNOWN)) {
          mark = values.getOrDefault(currentPath, Mark.UNKNOWN);
        }
        if (mark.equals(Mark.UNKNOWN) && parser != null) {
          mark = Mark.of(parser.currentTokenLocation());
        }
        problems.add(resource, mark, currentPath, ReadLimits.describe(e));
        return null;
      } catch (JsonProcessingException e) {
        problems.add(resource, Mark.of(e.getLocation()), currentPath, "invalid JSON: " + describe(e));
        return null;
      } catch (IOException e) {
        problems.add(resource, Mark.UNKNOWN, "$", "cannot read: " + e);
        return null;
      }
    }

    /**
     * Reports a lone surrogate in {@code text} (which JSON can write as {@code "\\ud800"}): it is
     * no Unicode character, and would be written back as "?", so it is refused where it is.
     */
    private void checkUnicode(String text, @Nullable String at, JsonParser parser) {
      int index = loneSurrogate(text);
      if (index >= 0) {
        report(
            Mark.of(parser.currentTokenLocation()),
            at,
            String.format(
                "the text has a lone surrogate (\\u%04x at character %s), which is not Unicode"
                    + " text; write the character itself",
                (int) text.charAt(index),
                index + 1));
      }
    }

    private void trailing(Mark mark) {
      report(mark, "$", "invalid JSON: unexpected content after the end of the JSON value");
    }

    /** Reports a problem, or gives up the fast parse (where {@code path} is null). */
    private void report(Mark mark, @Nullable String path, String message) {
      if (problems == null || path == null) {
        throw GiveUp.INSTANCE;
      }
      problems.add(resource, mark, path, message);
    }

    /** Reads the value at the current token: at {@code path}, or without places if null. */
    private JsonNode read(JsonParser parser, @Nullable String path) throws IOException {
      if (path != null) {
        currentPath = path;
        values.putIfAbsent(path, Mark.of(parser.currentTokenLocation()));
      }
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT:
          ObjectNode object = NODES.objectNode();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (path == null) {
              checkUnicode(name, null, parser);
              parser.nextToken();
              if (object.putIfAbsent(name, read(parser, null)) != null) {
                throw GiveUp.INSTANCE;
              }
              continue;
            }
            String child = member(path, name);
            Mark keyMark = Mark.of(parser.currentTokenLocation());
            checkUnicode(name, child, parser);
            parser.nextToken();
            if (object.has(name)) {
              Mark first = keys.getOrDefault(child, Mark.UNKNOWN);
              report(
                  keyMark,
                  child,
                  String.format(
                      "duplicate field \"%s\" (first at line %s, column %s); each field may appear"
                          + " only once",
                      name,
                      first.line(),
                      first.column()));
              read(parser, child);
            } else {
              keys.put(child, keyMark);
              object.set(name, read(parser, child));
            }
            currentPath = path;
          }
          return object;
        case START_ARRAY:
          ArrayNode array = NODES.arrayNode();
          int index = 0;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (path == null) {
              array.add(read(parser, null));
            } else {
              array.add(read(parser, element(path, index++)));
              currentPath = path;
            }
          }
          return array;
        case VALUE_STRING:
          String string = parser.getText();
          checkUnicode(string, path, parser);
          return NODES.textNode(string);
        case VALUE_NUMBER_INT:
          // The text is at most MAX_NUMBER_LENGTH digits long, so no conversion here is costly.
          switch (parser.getNumberType()) {
            case INT:
              return NODES.numberNode(parser.getIntValue());
            case LONG:
              return NODES.numberNode(parser.getLongValue());
            default:
              return NODES.numberNode(parser.getBigIntegerValue());
          }
        case VALUE_NUMBER_FLOAT:
          // Checked before any conversion: 1e999999999 is 11 characters, but as a BigDecimal
          // compared, stripped or printed it takes minutes and gigabytes.
          String text = parser.getText();
          if (!ReadLimits.exponentInRange(text)) {
            if (path == null) {
              throw GiveUp.INSTANCE;
            }
            throw new LimitException(
                Mark.of(parser.currentTokenLocation()), ReadLimits.numberOutOfRange(text));
          }
          return NODES.numberNode(parser.getDecimalValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new IllegalStateException("unexpected token " + token + " at " + path);
      }
    }
  }

  /** A limit of {@link ReadLimits} that Jackson does not check itself, met while parsing. */
  private static final class LimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Mark mark;

    LimitException(Mark mark, String message) {
      super(message, null, false, false);
      this.mark = mark;
    }
  }

  /** The fast parse met a problem: the file is parsed again, with places, to report it. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }
}
