package dev.limber.data;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import dev.limber.core.Catalog;
import dev.limber.core.CatalogException;
import dev.limber.core.Condition;
import dev.limber.core.Exercise;
import dev.limber.core.Goal;
import dev.limber.core.Problem;
import dev.limber.core.RedFlag;
import dev.limber.core.Sequence;
import dev.limber.core.TargetArea;
import dev.limber.data.JsonDocument.Mark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The elements read from some catalog files, with where each came from, and the problems found
 * in them. {@link #build()} turns them into a {@link Catalog}, mapping the catalog's own problems
 * (unknown references, duplicates) back to the file, line and column of the element.
 *
 * <p>Not thread-safe while being filled; the bundled one is filled once and then only read.
 */
final class CatalogSource {
  static final String EXERCISE = "exercise";
  static final String AREA = "area";
  static final String CONDITION = "condition";
  static final String RED_FLAG = "red flag";
  static final String SEQUENCE = "sequence";
  static final String GOAL = "goal";

  /** Where an element is: its document and the JSON path of the element inside it. */
  record Origin(JsonDocument document, String basePath) {
    String pathOf(String elementPath) {
      return basePath + elementPath.substring(1);
    }
  }

  private final List<Exercise> exercises = new ArrayList<>();
  private final List<TargetArea> areas = new ArrayList<>();
  private final List<Condition> conditions = new ArrayList<>();
  private final List<RedFlag> redFlags = new ArrayList<>();
  private final List<Sequence> sequences = new ArrayList<>();
  private final List<Goal> goals = new ArrayList<>();
  private final ListMultimap<String, Origin> origins = ArrayListMultimap.create();
  private final Set<String> brokenIds = new HashSet<>();
  private final ProblemList problems = new ProblemList();

  /** The problems found so far, while reading files. */
  ProblemList problems() {
    return problems;
  }

  /** Adds everything of {@code other}: its elements, origins and problems. */
  void addAll(CatalogSource other) {
    exercises.addAll(other.exercises);
    areas.addAll(other.areas);
    conditions.addAll(other.conditions);
    redFlags.addAll(other.redFlags);
    sequences.addAll(other.sequences);
    goals.addAll(other.goals);
    origins.putAll(other.origins);
    brokenIds.addAll(other.brokenIds);
    problems.addAll(other.problems.sorted());
  }

  void add(Exercise value, Origin origin) {
    exercises.add(value);
    origins.put(key(EXERCISE, value.id()), origin);
  }

  void add(TargetArea value, Origin origin) {
    areas.add(value);
    origins.put(key(AREA, value.id()), origin);
  }

  void add(Condition value, Origin origin) {
    conditions.add(value);
    origins.put(key(CONDITION, value.id()), origin);
  }

  void add(RedFlag value, Origin origin) {
    redFlags.add(value);
    origins.put(key(RED_FLAG, value.id()), origin);
  }

  void add(Sequence value, Origin origin) {
    sequences.add(value);
    origins.put(key(SEQUENCE, value.id()), origin);
  }

  void add(Goal value, Origin origin) {
    goals.add(value);
    origins.put(key(GOAL, value.id()), origin);
  }

  /**
   * Records that an element with this id could not be read, so that references to it are not
   * reported again as unknown ids: the problem is in the element, reported already.
   */
  void broken(String id) {
    brokenIds.add(id);
  }

  /** The catalog, if every file was read without problems and it builds; else every problem. */
  Result build() {
    List<Problem> all = new ArrayList<>(problems.sorted());
    Catalog catalog = null;
    try {
      catalog =
          Catalog.builder()
              .addAllAreas(areas)
              .addAllExercises(exercises)
              .addAllConditions(conditions)
              .addAllRedFlags(redFlags)
              .addAllSequences(sequences)
              .addAllGoals(goals)
              .build();
    } catch (CatalogException e) {
      Map<String, Integer> duplicatesSeen = new HashMap<>();
      for (Problem problem : e.problems()) {
        Problem located = locate(problem, duplicatesSeen);
        if (located != null) {
          all.add(located);
        }
      }
    }
    if (!all.isEmpty()) {
      return new Result(null, ImmutableList.sortedCopyOf(all));
    }
    return new Result(catalog, ImmutableList.of());
  }

  /** A built catalog, or the problems that kept it from building. */
  record Result(@Nullable Catalog catalog, ImmutableList<Problem> problems) {
    Optional<Catalog> optionalCatalog() {
      return Optional.ofNullable(catalog);
    }
  }

  private @Nullable Problem locate(Problem problem, Map<String, Integer> duplicatesSeen) {
    List<Origin> found = origins.get(key(problem.elementKind(), problem.elementId()));
    if (problem.elementKind().isEmpty() || found.isEmpty()) {
      return problem;
    }
    Origin origin = found.get(0);
    String message = problem.message();
    if (problem.path().equals("$.id") && message.startsWith("duplicate")) {
      int nth = duplicatesSeen.merge(key(problem.elementKind(), problem.elementId()), 1, Integer::sum);
      Origin first = origin;
      origin = found.get(Math.min(nth, found.size() - 1));
      Mark firstMark = first.document().valueMark(first.pathOf("$.id"));
      message =
          String.format(
              "%s; it is first defined in %s:%s:%s",
              message, first.document().resource(), firstMark.line(), firstMark.column());
    } else if (refersToBroken(origin, problem.path())) {
      return null;
    }
    String path = origin.pathOf(problem.path());
    Mark mark = origin.document().valueMark(path);
    return Problem.builder()
        .resource(origin.document().resource())
        .line(mark.line())
        .column(mark.column())
        .path(path)
        .message(message)
        .elementKind(problem.elementKind())
        .elementId(problem.elementId())
        .build();
  }

  /** Whether the id a reference problem is about belongs to an element that failed to read. */
  private boolean refersToBroken(Origin origin, String elementPath) {
    if (brokenIds.isEmpty()) {
      return false;
    }
    String path = origin.pathOf(elementPath);
    String referenced =
        origin.document().at(path).filter(n -> n.isTextual()).map(n -> n.textValue())
            .orElse(path.substring(path.lastIndexOf('.') + 1));
    return brokenIds.contains(referenced);
  }

  private static String key(String kind, String id) {
    return kind + '\u0000' + id;
  }
}
