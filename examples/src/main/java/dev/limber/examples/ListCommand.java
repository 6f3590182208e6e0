package dev.limber.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import dev.limber.core.Catalog;
import dev.limber.core.CautionPolicy;
import dev.limber.core.ComposeRequest;
import dev.limber.core.Difficulty;
import dev.limber.core.Exercise;
import dev.limber.core.ExerciseAssessment;
import dev.limber.core.ExerciseKind;
import dev.limber.core.Position;
import dev.limber.core.SafetyAssessment;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code limber list}: the catalog's exercises as a table or as JSON, optionally filtered. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "Lists the catalog's exercises: id, name, position, kind, laterality and dosage. The"
            + " filters combine: an exercise is listed if it passes every one given.",
    footer = {
      "",
      "Examples:",
      "  limber list --area hips --position supine",
      "  limber list --condition herniated-disc --no-floor --level beginner --equipment none",
      "  limber list --kind static-stretch --format json"
    })
final class ListCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
              + " plank, floor-seated, prone, side-lying or supine.")
  @Nullable Position position;

  @Option(
      names = "--kind",
      paramLabel = "K",
      description =
          "Only exercises of this kind: static-stretch, dynamic-mobility, strength-stability or"
              + " relaxation.")
  @Nullable ExerciseKind kind;

  @Option(
      names = "--level",
      paramLabel = "L",
      description =
          "Only exercises up to this difficulty, as compose --level: beginner, intermediate or"
              + " advanced.")
  @Nullable Difficulty level;

  @Option(
      names = "--equipment",
      split = ",",
      paramLabel = "ID",
      description =
          "Only exercises that need nothing beyond this equipment, as compose --equipment, such"
              + " as mat,strap; none for exercises that need no equipment.")
  @Nullable List<String> equipment;

  @Option(
      names = "--no-floor",
      description = "Only exercises that do not need getting down to the floor.")
  boolean noFloor;

  @Option(
      names = "--condition",
      split = ",",
      paramLabel = "ID",
      description =
          "Only exercises that are safe for these conditions (id, name or alias), done as written"
              + " or in their declared safer form; those the conditions rule out, or that an easier"
              + " variation replaces, are left out.")
  List<String> conditions = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: text (default) or json.")
  ComposeCommand.Format format = ComposeCommand.Format.TEXT;

  @Mixin CatalogOptions catalogOptions;

  @Override
  public Integer call() {
    Catalog catalog = catalogOptions.load();
    Collection<Exercise> exercises = catalog.exercises();
    if (area != null) {
      exercises = catalog.exercisesTargeting(resolve(() -> catalog.areaOrThrow(area).id()));
    }
    Set<String> available = equipment(catalog);
    SafetyAssessment safety =
        conditions.isEmpty()
            ? null
            : resolve(() -> SafetyAssessment.of(catalog, ImmutableSet.copyOf(conditions), CautionPolicy.WARN));
    List<Exercise> shown =
        exercises.stream()
            .filter(e -> position == null || e.position() == position)
            .filter(e -> kind == null || e.kind() == kind)
            .filter(e -> level == null || e.difficulty().compareTo(level) <= 0)
            .filter(e -> available == null || available.containsAll(e.equipment()))
            .filter(e -> !noFloor || !e.needsFloor())
            .filter(e -> safety == null || doneItself(safety.of(e.id())))
            .sorted(Comparator.comparing(Exercise::id))
            .collect(Collectors.toList());
    PrintWriter out = spec.commandLine().getOut();
    if (format == ComposeCommand.Format.JSON) {
      out.println(json(shown, safety));
    } else if (shown.isEmpty()) {
      out.println("No exercise matches.");
    } else {
      ExerciseTable.write(shown, out, CliText.of(catalog.locale()));
    }
    out.flush();
    return LimberCli.OK;
  }

  /** Whether the assessment lets the exercise itself into a routine, as written or modified. */
  private static boolean doneItself(ExerciseAssessment assessment) {
    return assessment.usable() && assessment.substituteId().isEmpty();
  }

  private @Nullable Set<String> equipment(Catalog catalog) {
    if (equipment == null) {
      return null;
    }
    return ComposeCommand.equipmentIds(catalog, equipment, spec);
  }

  /** The exercises as {@code {"exercises": [...]}}, with each one's verdict under conditions. */
  private static String json(List<Exercise> exercises, @Nullable SafetyAssessment safety) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode items = root.putArray("exercises");
    for (Exercise e : exercises) {
      ObjectNode item = items.addObject();
      item.put("id", e.id());
      item.put("name", e.name());
      item.put("kind", e.kind().id());
      item.put("position", e.position().id());
      item.put("needsFloor", e.needsFloor());
      item.put("difficulty", e.difficulty().id());
      item.put("laterality", e.laterality().id());
      e.equipment().forEach(item.putArray("equipment")::add);
      ObjectNode dosage = item.putObject("dosage");
      dosage.put("unit", e.dosage().unit().id());
      dosage.put("min", e.dosage().min());
      dosage.put("default", e.dosage().defaultCount());
      dosage.put("max", e.dosage().max());
      dosage.put("secondsPerUnit", e.dosage().secondsPerUnit());
      e.primaryTargets().forEach(item.putArray("primaryTargets")::add);
      e.secondaryTargets().forEach(item.putArray("secondaryTargets")::add);
      if (safety != null) {
        ExerciseAssessment assessment = safety.of(e.id());
        item.put("verdict", assessment.verdict().name().toLowerCase(Locale.ROOT));
        assessment.warnings().forEach(item.putArray("warnings")::add);
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain nodes always writes
    }
  }

  private <T> T resolve(Supplier<T> lookup) {
    try {
      return lookup.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
