package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.data.LimberJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code limber export}: the whole catalog as one JSON object, with every exercise's resolved
 * contraindications.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the whole catalog as one JSON object: exercises (each with the conditions it is"
          + " contraindicated for, with severity), areas, conditions, redFlags, sequences, goals."
    },
    footer = {
      "",
      "Examples:",
      "  limber export > catalog.json",
      "  limber export --figures figures/   # every figure as SVG instead"
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CatalogOptions catalogOptions;

  @Option(
      names = "--figures",
      paramLabel = "DIR",
      description = {
        "Instead of the JSON, write every exercise's figure to DIR as SVG: <id>.svg, and"
            + " <id>-right.svg for a one-sided exercise, <id>-animated.svg for a drill."
      })
  Path figures;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Catalog catalog = catalogOptions.load();
    if (figures != null) {
      int count = FigureFiles.writeAll(catalog, figures, 240).size();
      out.printf("wrote %d figures to %s%n", count, figures);
      out.flush();
      return LimberCli.OK;
    }
    out.println(LimberJson.toJson(catalog));
    out.flush();
    return LimberCli.OK;
  }
}
