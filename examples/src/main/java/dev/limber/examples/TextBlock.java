package dev.limber.examples;

import java.util.ArrayList;
import java.util.List;

/** Plain-text layout for the command-line tool: word wrapping and padding. */
final class TextBlock {
  /** The width text is wrapped to. */
  static final int WIDTH = 100;

  private TextBlock() {}

  /**
   * {@code text} wrapped to {@link #WIDTH} columns: the first line starts with {@code first}, the
   * others with {@code indent} spaces. Words longer than a line are kept whole.
   */
  static List<String> wrap(String first, int indent, String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int lineStart = first.length();
    for (String word : text.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      boolean empty = line.length() == lineStart;
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(" ".repeat(indent));
        lineStart = indent;
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /** {@code text} padded with spaces on the right to {@code width} columns. */
  static String padRight(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  /** {@code text} padded with spaces on the left to {@code width} columns. */
  static String padLeft(String text, int width) {
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }
}
