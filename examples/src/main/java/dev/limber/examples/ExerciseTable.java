package dev.limber.examples;

import dev.limber.core.Dosage;
import dev.limber.core.Exercise;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Writes exercises as an aligned table: id, name, position, kind, laterality and dosage. */
final class ExerciseTable {
  private static final List<String> HEADER =
      List.of("table.id", "table.name", "table.position", "table.kind", "table.laterality", "table.dosage");

  private ExerciseTable() {}

  /**
   * Writes the table with headings and counts in {@code text}'s language; positions, kinds and
   * lateralities stay ids, as the options of {@code limber list} take them.
   */
  static void write(Iterable<Exercise> exercises, PrintWriter out, CliText text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    HEADER.forEach(key -> header.add(text.get(key)));
    rows.add(header);
    for (Exercise e : exercises) {
      rows.add(
          List.of(
              e.id(),
              e.name(),
              e.position().id(),
              e.kind().id(),
              e.laterality().id(),
              dosage(e.dosage(), text)));
    }
    int[] widths = new int[HEADER.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(i == row.size() - 1 ? row.get(i) : TextBlock.padRight(row.get(i), widths[i] + 2));
      }
      out.println(line.toString().stripTrailing());
    }
    out.flush();
  }

  /** The default count with its range, such as {@code 8 breaths (5-10)}. */
  private static String dosage(Dosage dosage, CliText text) {
    String range = dosage.min() == dosage.max() ? "" : " (" + dosage.min() + "-" + dosage.max() + ")";
    return text.count(dosage.defaultCount(), dosage.unit()) + range;
  }
}
