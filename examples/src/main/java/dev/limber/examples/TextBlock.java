package dev.limber.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-text layout for the command-line tool: word wrapping, times and padding. */
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

  /** {@code seconds} as {@code mm:ss}, such as {@code 09:45}. */
  static String clock(int seconds) {
    return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
  }

  /** {@code seconds} as a short duration: {@code 45 s}, {@code 2 min} or {@code 2 min 30 s}. */
  static String duration(int seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    int minutes = seconds / 60;
    int rest = seconds % 60;
    return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
  }

  /** {@code text} padded with spaces on the right to {@code width} columns. */
  static String padRight(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  /** {@code text} padded with spaces on the left to {@code width} columns. */
  static String padLeft(String text, int width) {
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }

  /** {@code count} of {@code singular}, in the plural unless the count is one. */
  static String plural(int count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }
}
