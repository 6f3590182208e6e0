package dev.limber.core;

import org.immutables.value.Value;

/**
 * One problem found in catalog data: where it is and what is wrong.
 *
 * <p>Problems found by the {@link Catalog} itself (a dangling reference, a cycle in the area tree)
 * name the element they are in ({@link #resource()} such as {@code exercise cat-cow}) and a JSON
 * path inside it; a loader that knows the files replaces these with the file name, line and
 * column. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Problem implements Comparable<Problem> {
  /** The file or resource the problem is in, or the element for problems found in memory. */
  public abstract String resource();

  /** The 1-based line, or 0 when unknown. */
  @Value.Default
  public int line() {
    return 0;
  }

  /** The 1-based column, or 0 when unknown. */
  @Value.Default
  public int column() {
    return 0;
  }

  /** The JSON path of the offending value inside the resource, such as {@code $.dosage.min}. */
  @Value.Default
  public String path() {
    return "$";
  }

  /** What is wrong, in plain words. */
  public abstract String message();

  /** The element kind the problem is in ({@code exercise}, {@code area}, ...), or empty. */
  @Value.Default
  public String elementKind() {
    return "";
  }

  /** The id of the element the problem is in, or empty. */
  @Value.Default
  public String elementId() {
    return "";
  }

  /**
   * {@code resource:line:column: message (at path)}, the form editors and terminals link: always
   * one line, as control characters (a line break in an id, say) are written as escapes such as
   * {@code \n} and {@code \u0007}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    escape(resource(), s);
    if (line() > 0) {
      s.append(':').append(line()).append(':').append(column());
    }
    s.append(": ");
    escape(message(), s);
    if (!path().equals("$")) {
      s.append(" (at ");
      escape(path(), s);
      s.append(')');
    }
    return s.toString();
  }

  private static void escape(String text, StringBuilder to) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        to.append("\\n");
      } else if (c == '\r') {
        to.append("\\r");
      } else if (c == '\t') {
        to.append("\\t");
      } else if (Character.isISOControl(c)
          || c == '\u2028'
          || c == '\u2029'
          || Character.isSurrogate(c) && !isPaired(text, i)) {
        to.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        to.append(c);
      }
    }
  }

  /** Whether the surrogate at {@code i} is half of a well-formed pair. */
  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  /** Orders by resource, then line, then column, then message. */
  @Override
  public int compareTo(Problem other) {
    int c = resource().compareTo(other.resource());
    if (c == 0) c = Integer.compare(line(), other.line());
    if (c == 0) c = Integer.compare(column(), other.column());
    if (c == 0) c = path().compareTo(other.path());
    return c != 0 ? c : message().compareTo(other.message());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Problem}; not thread-safe. */
  public static final class Builder extends ImmutableProblem.Builder {}
}
