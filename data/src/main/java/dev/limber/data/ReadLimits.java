package dev.limber.data;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;

/**
 * The limits on what the loader reads, so that no file, however made, costs more than a moment and
 * a few megabytes: each is checked before the costly step it guards (the file's size before it is
 * read, a number's exponent before it is converted), and each is reported as a problem at its
 * place. The largest bundled file is about 41 KB, its longest text 572 characters, its deepest
 * value 6 levels down; every limit leaves a wide margin above that.
 */
final class ReadLimits {
  /** The largest catalog file read, in bytes (1 MiB). */
  static final int MAX_FILE_BYTES = 1 << 20;

  /** The most JSON tokens (values, field names, brackets) in one file. */
  static final long MAX_TOKENS = 200_000;

  /** The deepest nesting of objects and arrays. */
  static final int MAX_NESTING_DEPTH = 32;

  /** The longest string value, in characters. */
  static final int MAX_STRING_LENGTH = 20_000;

  /** The longest field name, in characters. */
  static final int MAX_NAME_LENGTH = 200;

  /** The longest number, in characters (digits, sign, point and exponent). */
  static final int MAX_NUMBER_LENGTH = 40;

  /** The largest exponent a number may be written with, either sign ({@code 1e100}). */
  static final int MAX_EXPONENT = 100;

  private ReadLimits() {}

  /** The problem for a file of {@code size} bytes that is too large to read. */
  static String tooLarge(long size) {
    return String.format(
        Locale.ROOT,
        "the file is too large to be a catalog file: %s bytes, and the limit is %s (1 MiB)",
        size,
        MAX_FILE_BYTES);
  }

  /**
   * Whether the exponent of {@code number}, a JSON number's text of at most {@link
   * #MAX_NUMBER_LENGTH} characters, is within {@link #MAX_EXPONENT}; true if it has none.
   */
  static boolean exponentInRange(String number) {
    int e = Math.max(number.indexOf('e'), number.indexOf('E'));
    if (e < 0) {
      return true;
    }
    int start = e + 1;
    if (start < number.length() && (number.charAt(start) == '+' || number.charAt(start) == '-')) {
      start++;
    }
    int exponent = 0;
    for (int i = start; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      exponent = exponent * 10 + (c - '0');
      if (exponent > MAX_EXPONENT) {
        return false;
      }
    }
    return true;
  }

  /** The problem for a number whose exponent is out of range. */
  static String numberOutOfRange(String number) {
    return String.format(
        Locale.ROOT,
        "the number %s is out of range: a catalog number is written with an exponent of at most"
            + " %s either way, and every count in a catalog is far smaller",
        number,
        MAX_EXPONENT);
  }

  /** A limit Jackson found, in the loader's words. */
  static String describe(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("nesting depth")) {
      return String.format(
          Locale.ROOT,
          "the JSON is nested too deeply: at most %s levels of objects and arrays are read",
          MAX_NESTING_DEPTH);
    }
    if (message.contains("name length")) {
      return String.format(
          Locale.ROOT, "a field name is too long: at most %s characters", MAX_NAME_LENGTH);
    }
    if (message.contains("string value length")) {
      return String.format(
          Locale.ROOT, "a string is too long: at most %s characters", MAX_STRING_LENGTH);
    }
    if (message.contains("number value length")) {
      return String.format(
          Locale.ROOT, "a number is too long: at most %s characters", MAX_NUMBER_LENGTH);
    }
    if (message.contains("token count")) {
      return String.format(
          Locale.ROOT,
          "the file has too many values: at most %s tokens (values, names and brackets)",
          MAX_TOKENS);
    }
    if (message.contains("document length")) {
      return tooLarge(MAX_FILE_BYTES + 1L);
    }
    return "invalid JSON: " + JsonDocument.describe(e);
  }
}
