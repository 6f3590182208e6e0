package dev.limber.examples;

import dev.limber.core.Catalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code limber figures}: the contact sheet of every figure, and which exercises lack one. */
@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    description = {
      "Writes one HTML page with every exercise's figure and its name (--contact-sheet), and"
          + " lists the exercises that have no pose yet."
    },
    footer = {"", "Example:", "  limber figures --contact-sheet figures.html"})
final class FiguresCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--contact-sheet",
      paramLabel = "FILE",
      description = "The HTML file to write.")
  Path contactSheet;

  @Option(
      names = "--size",
      paramLabel = "N",
      description = "Each figure's size in pixels on the sheet (default 160).")
  int size = 160;

  @Mixin CatalogOptions catalogOptions;

  @Override
  public Integer call() throws IOException {
    Catalog catalog = catalogOptions.load();
    PrintWriter out = spec.commandLine().getOut();
    if (contactSheet != null) {
      Files.writeString(
          contactSheet, FigureFiles.contactSheet(catalog, size), StandardCharsets.UTF_8);
      out.printf("wrote %s: %d figures%n", contactSheet, catalog.poses().size());
    }
    long missing =
        catalog.exercises().stream().filter(e -> catalog.pose(e.id()).isEmpty()).count();
    out.printf("%d of %d exercises have no pose yet%n", missing, catalog.exercises().size());
    out.flush();
    return LimberCli.OK;
  }
}
