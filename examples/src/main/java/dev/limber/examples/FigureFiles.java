package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.Exercise;
import dev.limber.core.Laterality;
import dev.limber.core.Side;
import dev.limber.core.figure.FigureOptions;
import dev.limber.core.figure.Figures;
import dev.limber.core.figure.Pose;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every figure of a catalog to files, and the contact sheet of them all. */
final class FigureFiles {
  private FigureFiles() {}

  /**
   * Writes {@code <id>.svg} for each exercise with a pose, {@code <id>-right.svg} beside it for a
   * one-sided one and {@code <id>-animated.svg} for one that moves.
   *
   * @return the files written, in order
   */
  static List<Path> writeAll(Catalog catalog, Path directory, int size) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    FigureOptions options = FigureOptions.defaults().withSize(size);
    for (Pose pose : catalog.poses()) {
      Exercise exercise = catalog.exerciseOrThrow(pose.exerciseId());
      String id = exercise.id();
      written.add(write(directory.resolve(id + ".svg"),
          Figures.svg(exercise, pose, Side.LEFT, options)));
      if (exercise.laterality() == Laterality.UNILATERAL) {
        written.add(write(directory.resolve(id + "-right.svg"),
            Figures.svg(exercise, pose, Side.RIGHT, options)));
      }
      if (Figures.animates(exercise, pose)) {
        written.add(write(directory.resolve(id + "-animated.svg"),
            Figures.svg(exercise, pose, Side.LEFT, options.withAnimated(true))));
      }
    }
    return written;
  }

  /** One HTML page with every figure (animated where it moves) inline, under its name and id. */
  static String contactSheet(Catalog catalog, int size) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Limber figures</title><style>")
        .append("body{font-family:sans-serif;margin:16px;color:#333}")
        .append(".grid{display:flex;flex-wrap:wrap;gap:12px}")
        .append("figure{margin:0;width:").append(size).append("px;text-align:center;")
        .append("border:1px solid #ddd;border-radius:6px;padding:6px}")
        .append("figcaption{font-size:12px}code{color:#777}</style></head><body>\n")
        .append("<h1>Limber figures</h1>\n<p>")
        .append(catalog.poses().size()).append(" of ").append(catalog.exercises().size())
        .append(" exercises have a pose.</p>\n<div class=\"grid\">\n");
    FigureOptions options = FigureOptions.defaults().withSize(size);
    for (Pose pose : catalog.poses()) {
      Exercise exercise = catalog.exerciseOrThrow(pose.exerciseId());
      html.append("<figure>")
          .append(Figures.svg(exercise, pose, Side.LEFT,
              options.withAnimated(Figures.animates(exercise, pose))))
          .append("<figcaption>").append(escape(exercise.name())).append("<br><code>")
          .append(exercise.id()).append("</code></figcaption></figure>\n");
    }
    html.append("</div>\n</body></html>\n");
    return html.toString();
  }

  private static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
