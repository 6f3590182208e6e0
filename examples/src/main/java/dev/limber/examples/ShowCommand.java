package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.Exercise;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code limber show ID}: every fact of one exercise, including its contraindications. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Shows every fact of one exercise, with the contraindications the condition rules and"
            + " the exercise itself give it.",
    footer = {"", "Example:", "  limber show cat-cow"})
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The exercise's id, such as cat-cow.")
  String id = "";

  @Mixin CatalogOptions catalogOptions;

  @Override
  public Integer call() {
    Catalog catalog = catalogOptions.load();
    Exercise exercise;
    try {
      exercise = catalog.exerciseOrThrow(id);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    new ExerciseSheet(catalog, spec.commandLine().getOut()).write(exercise);
    spec.commandLine()
        .getOut()
        .println(
            CliText.of(catalog.locale())
                .get(catalog.pose(exercise.id()).isPresent() ? "sheet.figure" : "sheet.noFigure", exercise.id()));
    return LimberCli.OK;
  }
}
