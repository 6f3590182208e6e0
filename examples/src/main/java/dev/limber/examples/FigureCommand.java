package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.Exercise;
import dev.limber.core.Side;
import dev.limber.core.figure.FigureOptions;
import dev.limber.core.figure.Figures;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code limber figure ID}: the exercise's figure as SVG on standard output. */
@Command(
    name = "figure",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the exercise's figure as one self-contained SVG, drawn from its pose data."
    },
    footer = {
      "",
      "Examples:",
      "  limber figure cat-cow --animated > cat-cow.svg",
      "  limber figure knee-to-chest --side right --size 96"
    })
final class FigureCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The exercise's id, name or alias, such as cat-cow.")
  String id = "";

  @Option(
      names = "--side",
      paramLabel = "SIDE",
      description = "left (default) or right: the side a one-sided exercise works.")
  Side side = Side.LEFT;

  @Option(
      names = "--animated",
      description = "Move through the keyframes of a drill (SVG animation).")
  boolean animated;

  @Option(
      names = "--size",
      paramLabel = "N",
      description = "Width and height in pixels (16 to 4096; default 240); the SVG scales.")
  int size = 240;

  @Mixin CatalogOptions catalogOptions;

  @Override
  public Integer call() {
    if (size < 16 || size > 4096) {
      throw new ParameterException(spec.commandLine(), "--size must be between 16 and 4096, but is " + size);
    }
    Catalog catalog = catalogOptions.load();
    Exercise exercise;
    try {
      exercise = catalog.exerciseOrThrow(id);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Figures figures = Figures.of(catalog);
    if (!figures.has(exercise.id())) {
      throw new ParameterException(
          spec.commandLine(),
          "exercise " + exercise.id() + " has no pose yet, so no figure; add"
              + " poses/" + exercise.id() + ".json (see CONTRIBUTING.md)");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        figures.svg(
            exercise, side, FigureOptions.defaults().withSize(size).withAnimated(animated)));
    out.flush();
    return LimberCli.OK;
  }
}
