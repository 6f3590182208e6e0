package dev.limber.data;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import dev.limber.core.Advice;
import dev.limber.core.Catalog;
import dev.limber.core.CatalogException;
import dev.limber.core.Condition;
import dev.limber.core.Exercise;
import dev.limber.core.Goal;
import dev.limber.core.IdRules;
import dev.limber.core.Problem;
import dev.limber.core.RedFlag;
import dev.limber.core.Sequence;
import dev.limber.core.TargetArea;
import dev.limber.core.figure.Pose;
import dev.limber.data.JsonDocument.Mark;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The elements read from some catalog files, with where each came from, and the problems found
 * in them. {@link #build()} turns them into a {@link Catalog}, mapping the catalog's own problems
 * (unknown references, duplicates) back to the file, line and column of the element.
 *
 * <p>It also keeps the references of the elements that could not be read (a bad value keeps an
 * element from being built), so that {@link #build()} reports their unknown ids in the same run,
 * as the catalog does for the elements that were built.
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
  static final String ADVICE = "advice";
  static final String POSE = "pose";

  /**
   * Where an element is: its document, the JSON path of the element inside it, and the references
   * to other elements written in it, by their JSON path in the document.
   */
  record Origin(JsonDocument document, String basePath, Map<String, Reference> references) {
    Origin {
      references = Map.copyOf(references);
    }

    String pathOf(String elementPath) {
      return basePath + elementPath.substring(1);
    }
  }

  /**
   * One reference to another element, by id, as a file has it.
   *
   * @param kind the kind of element referred to: {@link #AREA}, {@link #EXERCISE} or {@link
   *     #CONDITION}
   * @param noun how a message names it, such as {@code area} or {@code parent area}
   * @param id the id referred to, a valid slug
   * @param document the file the reference is in
   * @param path the JSON path of the id in the file
   */
  record Reference(String kind, String noun, String id, JsonDocument document, String path) {
    /** Where the id is in the file. */
    Mark mark() {
      return document.valueMark(path);
    }
  }

  private final List<Exercise> exercises = new ArrayList<>();
  private final List<TargetArea> areas = new ArrayList<>();
  private final List<Condition> conditions = new ArrayList<>();
  private final List<RedFlag> redFlags = new ArrayList<>();
  private final List<Sequence> sequences = new ArrayList<>();
  private final List<Goal> goals = new ArrayList<>();
  private final List<Advice> advice = new ArrayList<>();
  private final List<Pose> poses = new ArrayList<>();
  private final ListMultimap<String, Origin> origins = ArrayListMultimap.create();
  /** The kind and id ({@link #key}) of each element that could not be read. */
  private final Set<String> brokenIds = new HashSet<>();
  /**
   * The references of the elements that could not be read, by the {@link #key} of the element, or
   * by the empty string for an element whose id could not be read either.
   */
  private final ListMultimap<String, Reference> unbuiltReferences = ArrayListMultimap.create();
  private final ProblemList problems = new ProblemList();
  /** The elements that say they replace a bundled element, by {@link #key}, with where they say so. */
  private final Map<String, Reference> replacements = new LinkedHashMap<>();

  /** The problems found so far, while reading files. */
  ProblemList problems() {
    return problems;
  }

  /** Adds everything of {@code other}: its elements, origins and problems. */
  void addAll(CatalogSource other) {
    addAllExcept(other, key -> false);
  }

  /**
   * Adds everything of {@code other} but the elements {@code replacements} has an element of the
   * same kind and id for (read or not), as if the files of {@code replacements} took the place of
   * those elements in {@code other}; the problems of {@code other} are all kept.
   */
  void addAllReplacedBy(CatalogSource other, CatalogSource replacements) {
    addAllExcept(
        other,
        key -> replacements.replacements.containsKey(key) || replacements.editsInPlace(key, other));
  }

  /**
   * Whether this source's element {@code key} comes from the file of {@code bundled}'s element
   * edited where it is (a path ending in the bundled resource's own, as in the repository's
   * source tree), or could not be read at all; a copy elsewhere is a new file, and so a duplicate.
   */
  private boolean editsInPlace(String key, CatalogSource bundled) {
    if (!origins.containsKey(key)) {
      return brokenIds.contains(key);
    }
    for (Origin mine : origins.get(key)) {
      String resource = mine.document().resource().replace('\\', '/');
      for (Origin theirs : bundled.origins.get(key)) {
        if (resource.endsWith("/" + theirs.document().resource())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Adds everything of {@code bundled} but the elements that {@code overrides} says, with {@code
   * "replaces"}, it replaces on purpose.
   */
  void addAllOverriddenBy(CatalogSource bundled, CatalogSource overrides) {
    addAllExcept(bundled, overrides.replacements::containsKey);
  }

  /**
   * Records that the element of this kind and id replaces the bundled one on purpose, as its
   * {@code "replaces"} at {@code path} of {@code document} says.
   */
  void replaces(String kind, String id, JsonDocument document, String path) {
    replacements.put(
        key(kind, id), new Reference(kind, kind, id, document, path));
  }

  /**
   * A problem for each element that says it replaces a bundled element that {@code bundled} does
   * not have (null: the bundled catalog is not loaded at all).
   */
  List<Problem> unmatchedReplacements(@Nullable CatalogSource bundled) {
    List<Problem> unmatched = new ArrayList<>();
    for (Map.Entry<String, Reference> e : replacements.entrySet()) {
      if (bundled == null || !bundled.defines(e.getKey())) {
        Reference r = e.getValue();
        unmatched.add(
            Problem.builder()
                .resource(r.document().resource())
                .line(r.mark().line())
                .column(r.mark().column())
                .path(r.path())
                .message(
                    bundled == null
                        ? String.format(
                            "replaces the bundled %s \"%s\", but the bundled catalog is not loaded",
                            r.kind(), r.id())
                        : String.format(
                            "replaces the bundled %s \"%s\", but the bundled catalog has no %s with"
                                + " that id; remove \"replaces\" to add it as a new one",
                            r.kind(), r.id(), r.kind()))
                .build());
      }
    }
    return unmatched;
  }

  /** Adds everything of {@code other} but the elements whose {@link #key} is {@code replaced}. */
  private void addAllExcept(CatalogSource other, Predicate<String> replaced) {
    keep(exercises, other.exercises, EXERCISE, Exercise::id, replaced);
    keep(areas, other.areas, AREA, TargetArea::id, replaced);
    keep(conditions, other.conditions, CONDITION, Condition::id, replaced);
    keep(redFlags, other.redFlags, RED_FLAG, RedFlag::id, replaced);
    keep(sequences, other.sequences, SEQUENCE, Sequence::id, replaced);
    keep(goals, other.goals, GOAL, Goal::id, replaced);
    keep(advice, other.advice, ADVICE, Advice::id, replaced);
    keep(poses, other.poses, POSE, Pose::exerciseId, replaced);
    other.origins.entries().stream()
        .filter(e -> !replaced.test(e.getKey()))
        .forEach(e -> origins.put(e.getKey(), e.getValue()));
    other.brokenIds.stream().filter(k -> !replaced.test(k)).forEach(brokenIds::add);
    other.unbuiltReferences.entries().stream()
        .filter(e -> e.getKey().isEmpty() || !replaced.test(e.getKey()))
        .forEach(e -> unbuiltReferences.put(e.getKey(), e.getValue()));
    problems.addAll(other.problems.sorted());
  }

  private static <T> void keep(
      List<T> into, List<T> from, String kind, Function<T, String> id, Predicate<String> replaced) {
    from.stream().filter(v -> !replaced.test(key(kind, id.apply(v)))).forEach(into::add);
  }

  /** Whether an element of this kind and id ({@link #key}) was read, or failed to read. */
  private boolean defines(String key) {
    return origins.containsKey(key) || brokenIds.contains(key);
  }

  void add(Exercise value, Origin origin) {
    add(exercises, value, EXERCISE, value.id(), origin);
  }

  void add(TargetArea value, Origin origin) {
    add(areas, value, AREA, value.id(), origin);
  }

  void add(Condition value, Origin origin) {
    add(conditions, value, CONDITION, value.id(), origin);
  }

  void add(RedFlag value, Origin origin) {
    add(redFlags, value, RED_FLAG, value.id(), origin);
  }

  void add(Sequence value, Origin origin) {
    add(sequences, value, SEQUENCE, value.id(), origin);
  }

  void add(Goal value, Origin origin) {
    add(goals, value, GOAL, value.id(), origin);
  }

  void add(Advice value, Origin origin) {
    add(advice, value, ADVICE, value.id(), origin);
  }

  void add(Pose value, Origin origin) {
    add(poses, value, POSE, value.exerciseId(), origin);
  }

  private <T> void add(List<T> into, T value, String kind, String id, Origin origin) {
    into.add(value);
    origins.put(key(kind, id), origin);
  }

  /**
   * Records that an element of this kind and id could not be read, so that references to it are
   * not reported again as unknown ids: the problem is in the element, reported already.
   */
  void broken(String kind, String id) {
    brokenIds.add(key(kind, id));
  }

  /**
   * Records the references of an element that could not be read, of this kind and id (null if its
   * id could not be read either), so that {@link #build()} reports those to ids in no element,
   * which the catalog cannot, as it never sees the element.
   */
  void unbuiltReferences(String kind, @Nullable String id, Collection<Reference> references) {
    unbuiltReferences.putAll(id == null ? "" : key(kind, id), references);
  }

  /** The catalog, if every file was read without problems and it builds; else every problem. */
  Result build() {
    return build(false);
  }

  /**
   * As {@link #build()}; with {@code lint}, a catalog that builds is also {@linkplain
   * Catalog#lint() linted} and each finding reported as a problem at its place in the files.
   */
  Result build(boolean lint) {
    List<Problem> all = new ArrayList<>(problems.sorted());
    all.addAll(unknownReferencesOfUnbuiltElements());
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
              .addAllAdvice(advice)
              .addAllPoses(poses)
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
    if (lint && catalog != null) {
      Map<String, Integer> duplicatesSeen = new HashMap<>();
      for (Problem finding : catalog.lint()) {
        Problem located = locate(finding, duplicatesSeen);
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

  /**
   * The references of elements that could not be read whose id is in no element of the kind,
   * whether read or not, worded as the catalog words its own.
   */
  private List<Problem> unknownReferencesOfUnbuiltElements() {
    if (unbuiltReferences.isEmpty()) {
      return List.of();
    }
    Map<String, Set<String>> known = new HashMap<>();
    known.put(AREA, ids(areas, TargetArea::id, AREA));
    known.put(EXERCISE, ids(exercises, Exercise::id, EXERCISE));
    known.put(CONDITION, ids(conditions, Condition::id, CONDITION));
    List<Problem> unknown = new ArrayList<>();
    for (Reference reference : unbuiltReferences.values()) {
      Set<String> ids = known.get(reference.kind());
      if (ids != null && !ids.contains(reference.id())) {
        unknown.add(
            Problem.builder()
                .resource(reference.document().resource())
                .line(reference.mark().line())
                .column(reference.mark().column())
                .path(reference.path())
                .message(IdRules.unknownMessage(reference.noun(), reference.id(), ids))
                .build());
      }
    }
    return unknown;
  }

  /** The ids of the elements of a kind: those read, and those that could not be read. */
  private <T> Set<String> ids(List<T> elements, Function<T, String> id, String kind) {
    Set<String> ids = new TreeSet<>();
    elements.forEach(e -> ids.add(id.apply(e)));
    String prefix = key(kind, "");
    brokenIds.stream()
        .filter(k -> k.startsWith(prefix))
        .forEach(k -> ids.add(k.substring(prefix.length())));
    return ids;
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
      if (first.document().resource().startsWith(BundledCatalog.ROOT)) {
        message +=
            String.format(
                "; to replace the bundled %s on purpose, add \"replaces\": \"%s\" to yours",
                problem.elementKind(), problem.elementId());
      }
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

  /**
   * Whether the problem at {@code elementPath} is about a reference to an element that failed to
   * read: an element of the kind referred to, with the id referred to.
   */
  private boolean refersToBroken(Origin origin, String elementPath) {
    if (brokenIds.isEmpty()) {
      return false;
    }
    Reference reference = origin.references().get(origin.pathOf(elementPath));
    return reference != null && brokenIds.contains(key(reference.kind(), reference.id()));
  }

  /** The key of an element in {@link #origins} and {@link #brokenIds}. */
  private static String key(String kind, String id) {
    return kind + '\u0000' + id;
  }
}
