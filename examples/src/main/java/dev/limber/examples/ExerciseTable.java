package dev.limber.examples;

import dev.limber.core.Exercise;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Writes exercises as an aligned table: id, name, position, kind, laterality and dosage. */
final class ExerciseTable {
  private static final List<String> HEADER =
      List.of("ID", "NAME", "POSITION", "KIND", "LATERALITY", "DOSAGE");

  private ExerciseTable() {}

  static void write(Iterable<Exercise> exercises, PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Exercise e : exercises) {
      rows.add(
          List.of(
              e.id(),
              e.name(),
              e.position().id(),
              e.kind().id(),
              e.laterality().id(),
              Wording.dosage(e.dosage())));
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
}
