package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.Exercise;
import dev.limber.core.ExerciseKind;
import dev.limber.core.IdRules;
import dev.limber.core.Position;
import dev.limber.core.TargetArea;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code limber list}: the catalog's exercises as a table, optionally filtered. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the catalog's exercises: id, name, position, kind, laterality and dosage.",
    footer = {"", "Example:", "  limber list --area hips --position supine"})
final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--area",
      paramLabel = "ID",
      description = "Only exercises that target this area or an area inside it, such as hips.")
  @Nullable String area;

  @Option(
      names = "--position",
      paramLabel = "P",
      description =
          "Only exercises done in this position: standing, seated, kneeling, hands-and-knees,"
              + " prone, side-lying or supine.")
  @Nullable Position position;

  @Option(
      names = "--kind",
      paramLabel = "K",
      description =
          "Only exercises of this kind: static-stretch, dynamic-mobility, strength-stability or"
              + " relaxation.")
  @Nullable ExerciseKind kind;

  @Mixin CatalogOptions catalogOptions;

  @Override
  public Integer call() {
    Catalog catalog = catalogOptions.load();
    Collection<Exercise> exercises = catalog.exercises();
    if (area != null) {
      String id;
      try {
        id = catalog.areaOrThrow(area).id();
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      exercises = catalog.exercisesTargeting(id);
    }
    List<Exercise> shown =
        exercises.stream()
            .filter(e -> position == null || e.position() == position)
            .filter(e -> kind == null || e.kind() == kind)
            .sorted(Comparator.comparing(Exercise::id))
            .collect(Collectors.toList());
    if (shown.isEmpty()) {
      spec.commandLine().getOut().println("No exercise matches.");
    } else {
      ExerciseTable.write(shown, spec.commandLine().getOut());
    }
    spec.commandLine().getOut().flush();
    return LimberCli.OK;
  }
}
