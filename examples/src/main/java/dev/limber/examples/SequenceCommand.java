package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.ComposeResult;
import dev.limber.core.Routine;
import dev.limber.core.RoutineComposer;
import dev.limber.core.Sequence;
import dev.limber.data.LimberJson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code limber sequence ID}: a curated sequence timed as a routine, for the person's conditions
 * as the API's {@link RoutineComposer#timeSequence(Sequence, java.util.Set)} times it.
 */
@Command(
    name = "sequence",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Times a curated sequence, such as quick-morning or desk-break, step by step.",
      "With --condition, steps your conditions rule out are left out (the notes say why),"
          + " steps they modify appear in their safer form, and cautions are shown."
    },
    footer = {"", "Examples:", "  limber sequence quick-morning", "  limber sequence lower-back-relief --condition osteoporosis"})
final class SequenceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The sequence's id or name, such as quick-morning.")
  String id = "";

  @Option(
      names = "--condition",
      split = ",",
      paramLabel = "ID",
      description = "Your health conditions, such as osteoporosis; names and aliases work too.")
  List<String> conditions = new ArrayList<>();

  @Option(names = "--steps", description = "Print each exercise's steps under it (text format).")
  boolean steps;

  @Mixin CatalogOptions catalogOptions;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: text (default) or json.")
  ComposeCommand.Format format = ComposeCommand.Format.TEXT;

  @Override
  public Integer call() {
    Catalog catalog = catalogOptions.load();
    Sequence sequence;
    Routine routine;
    try {
      sequence = catalog.sequenceOrThrow(id);
      routine = RoutineComposer.of(catalog).timeSequence(sequence, new LinkedHashSet<>(conditions));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (format == ComposeCommand.Format.JSON) {
      spec.commandLine().getOut().println(LimberJson.toJson(ComposeResult.of(routine)));
      spec.commandLine().getOut().flush();
    } else {
      new RoutineReport(catalog, spec.commandLine().getOut(), steps)
          .writeSequence(sequence, routine);
    }
    return LimberCli.OK;
  }
}
