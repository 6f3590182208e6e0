package dev.limber.examples;

import com.google.common.collect.ImmutableSet;
import dev.limber.core.Catalog;
import dev.limber.core.CautionPolicy;
import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.Difficulty;
import dev.limber.core.Exercise;
import dev.limber.core.IdRules;
import dev.limber.core.RoutineComposer;
import dev.limber.core.ScreeningAnswers;
import dev.limber.data.LimberJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code limber compose}: composes a timed routine and prints it as text or JSON. */
@Command(
    name = "compose",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Composes a safe, timed routine for the minutes you have.",
      "A red flag gives a referral instead of a routine (exit code 0).",
      "General guidance on exercise, not medical advice."
    },
    footer = {
      "",
      "Examples:",
      "  limber compose --minutes 10 --focus lower-back",
      "  limber compose --minutes 15 --focus lower-back:2,hips --no-floor",
      "  limber compose --minutes 10 --goal back-relief --condition herniated-disc",
      "  limber compose --minutes 10 --focus neck --format json",
      "",
      "The ids of areas, goals, conditions and red flags are in 'limber export'."
    })
final class ComposeCommand implements Callable<Integer> {
  /** The longest routine asked for on the command line. */
  static final int MAX_MINUTES = ComposeRequest.MAX_BUDGET_SECONDS / 60;

  /** What {@code --format} accepts: {@code text} or {@code json}, in any case. */
  enum Format {
    TEXT,
    JSON;

    /**
     * The format named {@code id}, in any case.
     *
     * @throws IllegalArgumentException if there is none
     */
    static Format fromId(String id) {
      for (Format format : values()) {
        if (format.name().equalsIgnoreCase(id)) {
          return format;
        }
      }
      throw new IllegalArgumentException("'" + id + "' is not a format; use text or json");
    }
  }

  /** One {@code --focus} entry: an area id and its weight. */
  record FocusWeight(String areaId, double weight) {}

  @Spec CommandSpec spec;

  @Option(
      names = "--minutes",
      required = true,
      paramLabel = "N",
      description = "Minutes the routine may take, 1 to " + MAX_MINUTES + ".")
  int minutes;

  @Option(
      names = "--focus",
      split = ",",
      paramLabel = "AREA[:WEIGHT]",
      converter = FocusConverter.class,
      description =
          "Areas to focus on, with relative weights (default 1), such as lower-back:2,hips."
              + " Without --focus or --goal, a balanced whole-body routine.")
  List<FocusWeight> focus = new ArrayList<>();

  @Option(
      names = "--goal",
      paramLabel = "NAME",
      description = "A named goal, such as back-relief or desk-break; its areas apply without --focus.")
  @Nullable String goal;

  @Option(
      names = "--condition",
      split = ",",
      paramLabel = "ID",
      description = "Your health conditions, such as herniated-disc or osteoporosis.")
  List<String> conditions = new ArrayList<>();

  @Option(
      names = "--red-flag",
      split = ",",
      paramLabel = "ID",
      description = "Warning symptoms you have, such as saddle-numbness; gives a referral.")
  List<String> redFlags = new ArrayList<>();

  @Option(
      names = "--age",
      paramLabel = "N",
      description = "Your age in years, for the first-episode age check.")
  @Nullable Integer age;

  @Option(
      names = "--first-episode",
      description = "This is the first time you have this pain (checked with --age).")
  boolean firstEpisode;

  @Option(
      names = "--level",
      paramLabel = "L",
      description = "The hardest exercises to include: beginner (default), intermediate or advanced.")
  Difficulty level = Difficulty.BEGINNER;

  @Option(
      names = "--equipment",
      split = ",",
      paramLabel = "ID",
      description =
          "Equipment you have, such as mat,strap (default: mat,chair,wall); none for none.")
  @Nullable List<String> equipment;

  @Option(names = "--no-floor", description = "Leave out everything that needs getting down to the floor.")
  boolean noFloor;

  @Option(
      names = "--strict-cautions",
      description = "Leave out exercises your conditions call for caution with, instead of warning.")
  boolean strictCautions;

  @Option(
      names = "--general",
      description =
          "If nothing safe can serve any --focus area, compose a balanced whole-body routine"
              + " instead of answering that nothing fits (the areas left out are named).")
  boolean general;

  @Option(names = "--steps", description = "Print each exercise's steps under it (text format).")
  boolean steps;

  @Option(
      names = "--exclude",
      split = ",",
      paramLabel = "ID",
      description = "Exercises never to include.")
  List<String> excluded = new ArrayList<>();

  @Option(
      names = "--recent",
      split = ",",
      paramLabel = "ID",
      description = "Exercises done recently, most recent first; others are preferred for variety.")
  List<String> recent = new ArrayList<>();

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed for choices between equally good exercises (default 0); same seed, same routine.")
  long seed;

  @Mixin CatalogOptions catalogOptions;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: text (default) or json.")
  Format format = Format.TEXT;

  @Override
  public Integer call() {
    if (minutes < 1 || minutes > MAX_MINUTES) {
      throw usage("--minutes (" + minutes + ") must be between 1 and " + MAX_MINUTES);
    }
    if (firstEpisode && age == null) {
      throw usage("--first-episode needs --age, to check the age range");
    }
    Catalog catalog = catalogOptions.load();
    ComposeRequest request;
    ComposeResult result;
    try {
      request = request(catalog);
      result = RoutineComposer.of(catalog).compose(request);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (format == Format.JSON) {
      spec.commandLine().getOut().println(LimberJson.toJson(result, request));
      spec.commandLine().getOut().flush();
    } else {
      new RoutineReport(catalog, spec.commandLine().getOut(), steps).write(result, request.goal());
    }
    return result.outcome() == ComposeResult.Outcome.INFEASIBLE ? LimberCli.INFEASIBLE : LimberCli.OK;
  }

  private ComposeRequest request(Catalog catalog) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (FocusWeight f : focus) {
      if (weights.put(f.areaId(), f.weight()) != null) {
        throw usage("--focus names " + f.areaId() + " more than once");
      }
    }
    ScreeningAnswers.Builder screening = ScreeningAnswers.builder().addAllRedFlags(redFlags);
    if (age != null) {
      screening.age(age).firstEpisode(firstEpisode);
    }
    return ComposeRequest.builder()
        .budgetSeconds(minutes * 60)
        .putAllFocus(weights)
        .goal(Optional.ofNullable(goal))
        .addAllConditions(conditions)
        .screening(screening.build())
        .level(level)
        .equipment(equipment(catalog))
        .noFloor(noFloor)
        .generalIfUnserved(general)
        .addAllExcluded(excluded)
        .addAllRecent(recent)
        .cautionPolicy(strictCautions ? CautionPolicy.EXCLUDE : CautionPolicy.WARN)
        .seed(seed)
        .build();
  }

  private Set<String> equipment(Catalog catalog) {
    if (equipment == null) {
      return ComposeRequest.DEFAULT_EQUIPMENT;
    }
    return equipmentIds(catalog, equipment, spec);
  }

  /**
   * The equipment ids an {@code --equipment} option gives: none for {@code none}; otherwise each
   * must be the default equipment or needed by some exercise of the catalog.
   *
   * @throws ParameterException naming an unknown id, with close matches
   */
  static Set<String> equipmentIds(Catalog catalog, List<String> ids, CommandSpec spec) {
    if (ids.equals(List.of("none"))) {
      return ImmutableSet.of();
    }
    Set<String> known = new TreeSet<>(ComposeRequest.DEFAULT_EQUIPMENT);
    catalog.exercises().stream().map(Exercise::equipment).forEach(known::addAll);
    for (String id : ids) {
      if (!known.contains(id)) {
        throw new ParameterException(spec.commandLine(), IdRules.unknownMessage("equipment", id, known));
      }
    }
    return ImmutableSet.copyOf(ids);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Parses {@code AREA[:WEIGHT]}. */
  static final class FocusConverter implements ITypeConverter<FocusWeight> {
    private static final java.util.regex.Pattern DECIMAL =
        java.util.regex.Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,6})?");

    @Override
    public FocusWeight convert(String value) {
      int colon = value.indexOf(':');
      String area = colon < 0 ? value : value.substring(0, colon);
      if (area.isBlank()) {
        throw new TypeConversionException("'" + value + "' names no area");
      }
      if (colon < 0) {
        return new FocusWeight(area, 1.0);
      }
      String weight = value.substring(colon + 1);
      double w = parseOrNaN(weight);
      if (!(w > 0 && w <= 100)) {
        throw new TypeConversionException(
            "the weight of " + area + " (" + weight + ") must be a number above 0 and at most 100");
      }
      return new FocusWeight(area, w);
    }

    /** A plain decimal such as 2 or 0.5; not hex, an exponent, a sign, Infinity or NaN. */
    private static double parseOrNaN(String number) {
      if (!DECIMAL.matcher(number).matches()) {
        return Double.NaN;
      }
      try {
        return Double.parseDouble(number);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
  }
}
