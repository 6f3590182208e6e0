package dev.limber.examples;

import dev.limber.data.LimberJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
    footer = {"", "Example:", "  limber export > catalog.json"})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CatalogOptions catalogOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println(LimberJson.toJson(catalogOptions.load()));
    out.flush();
    return LimberCli.OK;
  }
}
