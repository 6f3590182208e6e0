package dev.limber.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A validated, indexed set of exercises, target areas, conditions, red flags, sequences and goals.
 *
 * <p>Building checks every reference (areas, parents, variations, conditions, sequence steps,
 * goals) and throws one {@link CatalogException} with every problem found; a catalog that builds
 * has no dangling reference and an area taxonomy that is a tree. It then indexes exercises by id,
 * by area (an exercise targeting the piriformis is found under the hips too), by position and by
 * movement pattern, and resolves once the contraindications each condition implies for each
 * exercise.
 *
 * <p>Immutable and thread-safe; share one instance. Iteration orders are by id.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.builder()
 *     .addAreas(lowerBack)
 *     .addExercises(catCow)
 *     .build();
 * catalog.exercisesTargeting("lower-back"); // [catCow]
 * }</pre>
 */
public final class Catalog {
  private final ImmutableMap<String, Exercise> exercises;
  private final ImmutableMap<String, TargetArea> areas;
  private final ImmutableMap<String, Condition> conditions;
  private final ImmutableMap<String, RedFlag> redFlags;
  private final ImmutableMap<String, Sequence> sequences;
  private final ImmutableMap<String, Goal> goals;
  private final ImmutableListMultimap<String, String> childAreas;
  private final ImmutableSetMultimap<String, Exercise> byArea;
  private final ImmutableSetMultimap<String, Exercise> byPrimaryArea;
  private final ImmutableSetMultimap<Position, Exercise> byPosition;
  private final ImmutableSetMultimap<MovementPattern, Exercise> byPattern;
  private final ImmutableListMultimap<String, Contraindication> contraindications;

  private Catalog(Builder builder) {
    this.exercises = sortedById(builder.exercises, Exercise::id);
    this.areas = sortedById(builder.areas, TargetArea::id);
    this.conditions = sortedById(builder.conditions, Condition::id);
    this.redFlags = sortedById(builder.redFlags, RedFlag::id);
    this.sequences = sortedById(builder.sequences, Sequence::id);
    this.goals = sortedById(builder.goals, Goal::id);

    ImmutableListMultimap.Builder<String, String> children = ImmutableListMultimap.builder();
    for (TargetArea area : areas.values()) {
      area.parentId().ifPresent(parent -> children.put(parent, area.id()));
    }
    this.childAreas = children.build();

    ImmutableSetMultimap.Builder<String, Exercise> area = ImmutableSetMultimap.builder();
    ImmutableSetMultimap.Builder<String, Exercise> primary = ImmutableSetMultimap.builder();
    ImmutableSetMultimap.Builder<Position, Exercise> position = ImmutableSetMultimap.builder();
    ImmutableSetMultimap.Builder<MovementPattern, Exercise> pattern = ImmutableSetMultimap.builder();
    Map<String, ImmutableList<String>> ancestors = new HashMap<>();
    for (Exercise exercise : exercises.values()) {
      for (String target : exercise.allTargets()) {
        for (String ancestor : ancestors.computeIfAbsent(target, this::selfAndAncestors)) {
          area.put(ancestor, exercise);
        }
      }
      for (String target : exercise.primaryTargets()) {
        for (String ancestor : ancestors.computeIfAbsent(target, this::selfAndAncestors)) {
          primary.put(ancestor, exercise);
        }
      }
      position.put(exercise.position(), exercise);
      for (MovementPattern p : exercise.movementPatterns()) {
        pattern.put(p, exercise);
      }
    }
    this.byArea = area.build();
    this.byPrimaryArea = primary.build();
    this.byPosition = position.build();
    this.byPattern = pattern.build();
    this.contraindications = resolveContraindications();
  }

  /** Every exercise, by id. */
  public ImmutableCollection<Exercise> exercises() {
    return exercises.values();
  }

  /** The exercise with that id, if any. */
  public Optional<Exercise> exercise(String id) {
    return Optional.ofNullable(exercises.get(checkNotNull(id, "id")));
  }

  /**
   * The exercise with that id.
   *
   * @throws IllegalArgumentException if there is none; the message lists close matches
   */
  public Exercise exerciseOrThrow(String id) {
    Exercise exercise = exercises.get(checkNotNull(id, "id"));
    if (exercise == null) {
      throw new IllegalArgumentException(Ids.unknown("exercise", id, exercises.keySet()));
    }
    return exercise;
  }

  /** Every target area, by id. */
  public ImmutableCollection<TargetArea> areas() {
    return areas.values();
  }

  /** The area with that id, if any. */
  public Optional<TargetArea> area(String id) {
    return Optional.ofNullable(areas.get(checkNotNull(id, "id")));
  }

  /** The areas directly inside {@code areaId}, by id. */
  public ImmutableList<String> childAreas(String areaId) {
    return childAreas.get(checkNotNull(areaId, "areaId"));
  }

  /** {@code areaId} and every area inside it, at any depth. */
  public ImmutableSet<String> selfAndDescendants(String areaId) {
    ImmutableSet.Builder<String> result = ImmutableSet.builder();
    Deque<String> pending = new ArrayDeque<>(List.of(checkNotNull(areaId, "areaId")));
    while (!pending.isEmpty()) {
      String next = pending.pop();
      result.add(next);
      pending.addAll(childAreas.get(next));
    }
    return result.build();
  }

  /** {@code areaId} and every area it lies inside, nearest first. */
  public ImmutableList<String> selfAndAncestors(String areaId) {
    ImmutableList.Builder<String> result = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    for (Optional<String> at = Optional.of(checkNotNull(areaId, "areaId"));
        at.isPresent() && seen.add(at.get());
        at = Optional.ofNullable(areas.get(at.get())).flatMap(TargetArea::parentId)) {
      result.add(at.get());
    }
    return result.build();
  }

  /** The areas no other area lies inside, by id. */
  public ImmutableList<TargetArea> leafAreas() {
    return areas.values().stream()
        .filter(a -> !childAreas.containsKey(a.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Exercises that target {@code areaId} or any area inside it, primarily or secondarily. */
  public ImmutableSet<Exercise> exercisesTargeting(String areaId) {
    return byArea.get(checkNotNull(areaId, "areaId"));
  }

  /** Exercises whose primary targets include {@code areaId} or any area inside it. */
  public ImmutableSet<Exercise> exercisesPrimarilyTargeting(String areaId) {
    return byPrimaryArea.get(checkNotNull(areaId, "areaId"));
  }

  /** Exercises done in {@code position}. */
  public ImmutableSet<Exercise> exercisesIn(Position position) {
    return byPosition.get(checkNotNull(position, "position"));
  }

  /** Exercises that load {@code pattern}. */
  public ImmutableSet<Exercise> exercisesLoading(MovementPattern pattern) {
    return byPattern.get(checkNotNull(pattern, "pattern"));
  }

  /** Every condition, by id. */
  public ImmutableCollection<Condition> conditions() {
    return conditions.values();
  }

  /** The condition with that id, if any. */
  public Optional<Condition> condition(String id) {
    return Optional.ofNullable(conditions.get(checkNotNull(id, "id")));
  }

  /** Every red flag, by id. */
  public ImmutableCollection<RedFlag> redFlags() {
    return redFlags.values();
  }

  /** The red flag with that id, if any. */
  public Optional<RedFlag> redFlag(String id) {
    return Optional.ofNullable(redFlags.get(checkNotNull(id, "id")));
  }

  /** Every curated sequence, by id. */
  public ImmutableCollection<Sequence> sequences() {
    return sequences.values();
  }

  /** The sequence with that id, if any. */
  public Optional<Sequence> sequence(String id) {
    return Optional.ofNullable(sequences.get(checkNotNull(id, "id")));
  }

  /** Every goal, by id. */
  public ImmutableCollection<Goal> goals() {
    return goals.values();
  }

  /** The goal with that id, if any. */
  public Optional<Goal> goal(String id) {
    return Optional.ofNullable(goals.get(checkNotNull(id, "id")));
  }

  /**
   * Every contraindication of the exercise: its explicit ones and those the condition rules imply
   * for its movement patterns and targets, strongest first. An exercise may have several for one
   * condition.
   *
   * @throws IllegalArgumentException if the exercise is unknown
   */
  public ImmutableList<Contraindication> contraindications(String exerciseId) {
    exerciseOrThrow(exerciseId);
    return contraindications.get(exerciseId);
  }

  /**
   * Checks that every id in {@code ids} names an element of the given kind in this catalog.
   *
   * @throws IllegalArgumentException naming the first unknown id, with close matches
   */
  void checkKnown(String kind, Collection<String> ids, Map<String, ?> known) {
    for (String id : ids) {
      if (!known.containsKey(id)) {
        throw new IllegalArgumentException(Ids.unknown(kind, id, known.keySet()));
      }
    }
  }

  ImmutableMap<String, TargetArea> areaMap() {
    return areas;
  }

  ImmutableMap<String, Condition> conditionMap() {
    return conditions;
  }

  ImmutableMap<String, Exercise> exerciseMap() {
    return exercises;
  }

  ImmutableMap<String, RedFlag> redFlagMap() {
    return redFlags;
  }

  ImmutableMap<String, Goal> goalMap() {
    return goals;
  }

  private ImmutableListMultimap<String, Contraindication> resolveContraindications() {
    ImmutableListMultimap.Builder<String, Contraindication> result = ImmutableListMultimap.builder();
    for (Exercise exercise : exercises.values()) {
      List<Contraindication> found = new ArrayList<>(exercise.contraindications());
      for (Condition condition : conditions.values()) {
        for (ConditionRule rule : condition.rules()) {
          boolean applies =
              rule.pattern().map(exercise.movementPatterns()::contains).orElse(false)
                  || rule.area().map(a -> exercisesTargeting(a).contains(exercise)).orElse(false);
          if (applies) {
            found.add(
                Contraindication.builder()
                    .conditionId(condition.id())
                    .severity(rule.severity())
                    .reason(rule.reason())
                    .instead(rule.instead())
                    .pattern(rule.pattern())
                    .build());
          }
        }
      }
      found.sort(
          Comparator.comparing(Contraindication::severity)
              .thenComparing(Contraindication::conditionId));
      result.putAll(exercise.id(), found);
    }
    return result.build();
  }

  private static <T> ImmutableMap<String, T> sortedById(List<T> values, Function<T, String> id) {
    return values.stream()
        .sorted(Comparator.comparing(id))
        .collect(ImmutableMap.toImmutableMap(id, v -> v));
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the elements of a catalog; {@link #build()} validates and indexes them. Not
   * thread-safe.
   */
  public static final class Builder {
    private final List<Exercise> exercises = new ArrayList<>();
    private final List<TargetArea> areas = new ArrayList<>();
    private final List<Condition> conditions = new ArrayList<>();
    private final List<RedFlag> redFlags = new ArrayList<>();
    private final List<Sequence> sequences = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();

    private Builder() {}

    /** Adds exercises. */
    public Builder addExercises(Exercise... values) {
      return addAllExercises(Arrays.asList(values));
    }

    /** Adds exercises. */
    public Builder addAllExercises(Iterable<Exercise> values) {
      values.forEach(v -> exercises.add(checkNotNull(v, "exercise")));
      return this;
    }

    /** Adds target areas. */
    public Builder addAreas(TargetArea... values) {
      return addAllAreas(Arrays.asList(values));
    }

    /** Adds target areas. */
    public Builder addAllAreas(Iterable<TargetArea> values) {
      values.forEach(v -> areas.add(checkNotNull(v, "area")));
      return this;
    }

    /** Adds conditions. */
    public Builder addConditions(Condition... values) {
      return addAllConditions(Arrays.asList(values));
    }

    /** Adds conditions. */
    public Builder addAllConditions(Iterable<Condition> values) {
      values.forEach(v -> conditions.add(checkNotNull(v, "condition")));
      return this;
    }

    /** Adds red flags. */
    public Builder addRedFlags(RedFlag... values) {
      return addAllRedFlags(Arrays.asList(values));
    }

    /** Adds red flags. */
    public Builder addAllRedFlags(Iterable<RedFlag> values) {
      values.forEach(v -> redFlags.add(checkNotNull(v, "redFlag")));
      return this;
    }

    /** Adds sequences. */
    public Builder addSequences(Sequence... values) {
      return addAllSequences(Arrays.asList(values));
    }

    /** Adds sequences. */
    public Builder addAllSequences(Iterable<Sequence> values) {
      values.forEach(v -> sequences.add(checkNotNull(v, "sequence")));
      return this;
    }

    /** Adds goals. */
    public Builder addGoals(Goal... values) {
      return addAllGoals(Arrays.asList(values));
    }

    /** Adds goals. */
    public Builder addAllGoals(Iterable<Goal> values) {
      values.forEach(v -> goals.add(checkNotNull(v, "goal")));
      return this;
    }

    /** Adds every element of {@code catalog}, to extend it with more. */
    public Builder addAll(Catalog catalog) {
      addAllExercises(catalog.exercises());
      addAllAreas(catalog.areas());
      addAllConditions(catalog.conditions());
      addAllRedFlags(catalog.redFlags());
      addAllSequences(catalog.sequences());
      addAllGoals(catalog.goals());
      return this;
    }

    /**
     * Validates and indexes the elements.
     *
     * @throws CatalogException with every problem found: duplicate ids, unknown references, an
     *     area tree with a cycle, a sequence count outside its exercise's dosage
     */
    public Catalog build() {
      List<Problem> problems = new CatalogValidation(this).problems();
      if (!problems.isEmpty()) {
        throw new CatalogException(problems);
      }
      return new Catalog(this);
    }

    List<Exercise> exercises() {
      return exercises;
    }

    List<TargetArea> areas() {
      return areas;
    }

    List<Condition> conditions() {
      return conditions;
    }

    List<RedFlag> redFlags() {
      return redFlags;
    }

    List<Sequence> sequences() {
      return sequences;
    }

    List<Goal> goals() {
      return goals;
    }
  }

  /** Indexes values by id, keeping the first of duplicates. */
  static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
    Map<String, T> result = new LinkedHashMap<>();
    for (T value : values) {
      result.putIfAbsent(id.apply(value), value);
    }
    return result;
  }
}
