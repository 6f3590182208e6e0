package dev.limber.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import dev.limber.core.figure.Pose;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A validated, indexed set of exercises, target areas, conditions, red flags, sequences, goals
 * and everyday advice.
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
  private final ImmutableMap<String, Advice> advice;
  private final ImmutableMap<String, Pose> poses;
  private final ImmutableListMultimap<String, String> childAreas;
  private final ImmutableSetMultimap<String, Exercise> byArea;
  private final ImmutableSetMultimap<String, Exercise> byPrimaryArea;
  private final ImmutableSetMultimap<Position, Exercise> byPosition;
  private final ImmutableSetMultimap<MovementPattern, Exercise> byPattern;
  private final ImmutableListMultimap<String, Contraindication> contraindications;
  private final Names exerciseNames;
  private final Names areaNames;
  private final Names conditionNames;
  private final Names redFlagNames;
  private final Names sequenceNames;
  private final Names goalNames;
  private final Locale locale;
  /** Each exercise's family, worked out on first use (see {@link #families()}). */
  private volatile @Nullable ImmutableMap<String, ImmutableSet<String>> families;

  private Catalog(Builder builder) {
    this.locale = builder.locale;
    this.exercises = sortedById(builder.exercises, Exercise::id);
    this.areas = sortedById(builder.areas, TargetArea::id);
    this.conditions = sortedById(builder.conditions, Condition::id);
    this.redFlags = sortedById(builder.redFlags, RedFlag::id);
    this.sequences = sortedById(builder.sequences, Sequence::id);
    this.goals = sortedById(builder.goals, Goal::id);
    this.advice = sortedById(builder.advice, Advice::id);
    this.poses = sortedById(builder.poses, Pose::exerciseId);

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
    this.exerciseNames =
        Names.of("exercise", exercises.values(), Exercise::id, e -> withName(e.name(), e.aliases()));
    this.areaNames =
        Names.of("area", areas.values(), TargetArea::id, a -> withName(a.name(), a.aliases()));
    this.conditionNames =
        Names.of("condition", conditions.values(), Condition::id, c -> withName(c.name(), c.aliases()));
    this.redFlagNames = Names.of("red flag", redFlags.values(), RedFlag::id, f -> List.of(f.name()));
    this.sequenceNames = Names.of("sequence", sequences.values(), Sequence::id, q -> List.of(q.name()));
    this.goalNames = Names.of("goal", goals.values(), Goal::id, g -> List.of(g.name()));
  }

  private static List<String> withName(String name, List<String> aliases) {
    List<String> all = new ArrayList<>(aliases);
    all.add(0, name);
    return all;
  }

  /**
   * The locale the catalog's texts are in: {@link Locale#ENGLISH} unless it was built for another
   * (such as by the data module's loader from a locale overlay). A {@link MessageRenderer} made
   * {@linkplain MessageRenderer#of(Catalog) for the catalog} words its messages in this locale, and
   * the composer words the texts of its results so.
   */
  public Locale locale() {
    return locale;
  }

  /** Every exercise, by id. */
  public ImmutableCollection<Exercise> exercises() {
    return exercises.values();
  }

  /**
   * The exercise with that id, name or alias (case, spacing and punctuation aside), if any; an
   * exact id wins over a name or alias.
   */
  public Optional<Exercise> exercise(String idNameOrAlias) {
    Exercise exact = exercises.get(checkNotNull(idNameOrAlias, "idNameOrAlias"));
    return exact != null ? Optional.of(exact) : exerciseNames.find(idNameOrAlias).map(exercises::get);
  }

  /**
   * The exercise with that id, name or alias.
   *
   * @throws IllegalArgumentException if there is none; the message lists close matches
   */
  public Exercise exerciseOrThrow(String idNameOrAlias) {
    Exercise exact = exercises.get(checkNotNull(idNameOrAlias, "idNameOrAlias"));
    return exact != null ? exact : exercises.get(exerciseNames.resolve("exercise", idNameOrAlias));
  }

  /** Every target area, by id. */
  public ImmutableCollection<TargetArea> areas() {
    return areas.values();
  }

  /**
   * The area with that id, name or alias (case, spacing and punctuation aside), if any; an exact
   * id wins over a name or alias.
   */
  public Optional<TargetArea> area(String idNameOrAlias) {
    return areaNames.find(idNameOrAlias).map(areas::get);
  }

  /**
   * The area with that id, name or alias.
   *
   * @throws IllegalArgumentException if there is none; the message lists close matches
   */
  public TargetArea areaOrThrow(String idNameOrAlias) {
    return areas.get(areaNames.resolve("area", idNameOrAlias));
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

  /**
   * The condition with that id, name or alias (case, spacing and punctuation aside), if any; an exact
   * id wins over a name or alias.
   */
  public Optional<Condition> condition(String idNameOrAlias) {
    return conditionNames.find(idNameOrAlias).map(conditions::get);
  }

  /**
   * The condition with that id, name or alias.
   *
   * @throws IllegalArgumentException if there is none; the message lists close matches
   */
  public Condition conditionOrThrow(String idNameOrAlias) {
    return conditions.get(conditionNames.resolve("condition", idNameOrAlias));
  }

  /** Every red flag, by id. */
  public ImmutableCollection<RedFlag> redFlags() {
    return redFlags.values();
  }

  /**
   * The red flag with that id, name or alias (case, spacing and punctuation aside), if any; an exact
   * id wins over a name or alias.
   */
  public Optional<RedFlag> redFlag(String idNameOrAlias) {
    return redFlagNames.find(idNameOrAlias).map(redFlags::get);
  }

  /**
   * The red flag with that id, name or alias.
   *
   * @throws IllegalArgumentException if there is none; the message lists close matches
   */
  public RedFlag redFlagOrThrow(String idNameOrAlias) {
    return redFlags.get(redFlagNames.resolve("red flag", idNameOrAlias));
  }

  /** Every curated sequence, by id. */
  public ImmutableCollection<Sequence> sequences() {
    return sequences.values();
  }

  /**
   * The sequence with that id, name or alias (case, spacing and punctuation aside), if any; an exact
   * id wins over a name or alias.
   */
  public Optional<Sequence> sequence(String idNameOrAlias) {
    return sequenceNames.find(idNameOrAlias).map(sequences::get);
  }

  /**
   * The sequence with that id, name or alias.
   *
   * @throws IllegalArgumentException if there is none; the message lists close matches
   */
  public Sequence sequenceOrThrow(String idNameOrAlias) {
    return sequences.get(sequenceNames.resolve("sequence", idNameOrAlias));
  }

  /** Every goal, by id. */
  public ImmutableCollection<Goal> goals() {
    return goals.values();
  }

  /**
   * The goal with that id, name or alias (case, spacing and punctuation aside), if any; an exact
   * id wins over a name or alias.
   */
  public Optional<Goal> goal(String idNameOrAlias) {
    return goalNames.find(idNameOrAlias).map(goals::get);
  }

  /**
   * The goal with that id, name or alias.
   *
   * @throws IllegalArgumentException if there is none; the message lists close matches
   */
  public Goal goalOrThrow(String idNameOrAlias) {
    return goals.get(goalNames.resolve("goal", idNameOrAlias));
  }

  /**
   * Each exercise's family: itself and the exercises it names, or that name it, as an easier or
   * harder variation. A routine holds no two exercises of which one is in the other's family.
   * Worked out once per catalog, on first use.
   */
  ImmutableMap<String, ImmutableSet<String>> families() {
    ImmutableMap<String, ImmutableSet<String>> result = families;
    if (result == null) {
      Map<String, Set<String>> family = new HashMap<>();
      for (Exercise e : exercises.values()) {
        family.computeIfAbsent(e.id(), k -> new HashSet<>()).add(e.id());
        for (String v : e.easierVariations()) {
          family.get(e.id()).add(v);
          family.computeIfAbsent(v, k -> new HashSet<>()).add(e.id());
        }
        for (String v : e.harderVariations()) {
          family.get(e.id()).add(v);
          family.computeIfAbsent(v, k -> new HashSet<>()).add(e.id());
        }
      }
      ImmutableMap.Builder<String, ImmutableSet<String>> builder = ImmutableMap.builder();
      family.forEach((id, members) -> builder.put(id, ImmutableSet.copyOf(members)));
      result = builder.build();
      families = result;
    }
    return result;
  }

  /**
   * Every contraindication of the exercise: its explicit ones and those the condition rules imply
   * for its movement patterns and targets, strongest first. An exercise may have several for one
   * condition.
   *
   * @throws IllegalArgumentException if the exercise is unknown
   */
  public ImmutableList<Contraindication> contraindications(String exerciseId) {
    checkNotNull(exerciseId, "exerciseId");
    return contraindications.get(exerciseOrThrow(exerciseId).id());
  }

  /**
   * Gaps in the catalog's safety data that do not stop it from building but let a rule promise
   * more than it delivers, each as a {@link Problem} on the element at fault:
   *
   * <ul>
   *   <li>an exercise that neither lists nor waives a pattern its facts imply ({@link
   *       Exercise#unlistedPatterns()}; the loader rejects such files, a catalog built in code is
   *       only linted);
   *   <li>a condition rule that reaches no exercise: its condition's text promises what the
   *       catalog never applies (tag the exercises that load the pattern, or drop the rule);
   *   <li>a movement pattern that is not {@linkplain MovementPattern#informational()
   *       informational} yet no condition rule names it.
   * </ul>
   *
   * <p>The bundled catalog has none; {@code limber validate} reports them for contributors.
   */
  public ImmutableList<Problem> lint() {
    ImmutableList.Builder<Problem> found = ImmutableList.builder();
    for (Exercise exercise : exercises.values()) {
      for (MovementPattern missing : exercise.unlistedPatterns()) {
        found.add(
            lintProblem(
                "exercise",
                exercise.id(),
                "$.movementPatterns",
                String.format(
                    "\"%s\" is implied by the exercise's facts but neither listed nor waived",
                    missing.id())));
      }
    }
    EnumSet<MovementPattern> ruled = EnumSet.noneOf(MovementPattern.class);
    for (Condition condition : conditions.values()) {
      for (int i = 0; i < condition.rules().size(); i++) {
        ConditionRule rule = condition.rules().get(i);
        rule.pattern().ifPresent(ruled::add);
        boolean reaches =
            rule.pattern().map(p -> !byPattern.get(p).isEmpty()).orElse(false)
                || rule.area().map(a -> !byArea.get(a).isEmpty()).orElse(false);
        if (!reaches) {
          String key = rule.pattern().map(MovementPattern::id).orElseGet(() -> rule.area().get());
          found.add(
              lintProblem(
                  "condition",
                  condition.id(),
                  "$.rules[" + i + "]." + (rule.pattern().isPresent() ? "pattern" : "area"),
                  String.format(
                      "the %s rule on \"%s\" reaches no exercise, so the condition promises what"
                          + " the catalog never applies; tag the exercises that %s it, or drop the rule",
                      rule.severity().id(),
                      key,
                      rule.pattern().isPresent() ? "load" : "target")));
        }
      }
    }
    if (!conditions.isEmpty()) {
      for (MovementPattern pattern : MovementPattern.values()) {
        if (!pattern.informational() && !ruled.contains(pattern)) {
          found.add(
              lintProblem(
                  "",
                  "",
                  "$",
                  String.format(
                      "no condition rule names the movement pattern \"%s\", which is not"
                          + " informational",
                      pattern.id())));
        }
      }
    }
    return found.build();
  }

  private static Problem lintProblem(String kind, String id, String path, String message) {
    return Problem.builder()
        .resource(kind.isEmpty() ? "catalog" : kind + " " + id)
        .elementKind(kind)
        .elementId(id)
        .path(path)
        .message(message)
        .build();
  }

  /**
   * The ids of the conditions given by id, name or alias, in order.
   *
   * @throws IllegalArgumentException naming the first unknown one, with close matches
   */
  ImmutableSet<String> resolveConditions(Collection<String> idsNamesOrAliases) {
    return conditionNames.resolveAll("condition", idsNamesOrAliases);
  }

  /** As {@link #resolveConditions} for red flags. */
  ImmutableSet<String> resolveRedFlags(Collection<String> idsNamesOrAliases) {
    return redFlagNames.resolveAll("red flag", idsNamesOrAliases);
  }

  /** As {@link #resolveConditions} for exercises; {@code role} names them in the message. */
  ImmutableSet<String> resolveExercises(String role, Collection<String> idsNamesOrAliases) {
    return exerciseNames.resolveAll(role, idsNamesOrAliases);
  }

  /** The id of the area with that id, name or alias; {@code role} names it in the message. */
  String resolveArea(String role, String idNameOrAlias) {
    return areaNames.resolve(role, idNameOrAlias);
  }

  /** The id of the goal with that id, name or alias. */
  String resolveGoal(String idNameOrAlias) {
    return goalNames.resolve("goal", idNameOrAlias);
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

  /** Every piece of everyday advice (such as setting up a desk), by id. */
  public ImmutableCollection<Advice> advice() {
    return advice.values();
  }

  /** The advice with that id, if any. */
  public Optional<Advice> advice(String id) {
    return Optional.ofNullable(advice.get(checkNotNull(id, "id")));
  }

  /**
   * The advice with that id.
   *
   * @throws IllegalArgumentException if there is none; the message lists close matches
   */
  public Advice adviceOrThrow(String id) {
    Advice found = advice.get(checkNotNull(id, "id"));
    if (found == null) {
      throw new IllegalArgumentException(IdRules.unknownMessage("advice", id, advice.keySet()));
    }
    return found;
  }

  ImmutableMap<String, Goal> goalMap() {
    return goals;
  }

  private ImmutableListMultimap<String, Contraindication> resolveContraindications() {
    Map<String, List<Contraindication>> found = new HashMap<>();
    for (Exercise exercise : exercises.values()) {
      found.put(exercise.id(), new ArrayList<>(exercise.contraindications()));
    }
    // Rule by rule, in order: each rule's contraindication is built once, for all it reaches.
    for (Condition condition : conditions.values()) {
      for (ConditionRule rule : condition.rules()) {
        Contraindication contraindication =
            Contraindication.builder()
                .conditionId(condition.id())
                .severity(rule.severity())
                .reason(rule.reason())
                .instead(rule.instead())
                .pattern(rule.pattern())
                .build();
        Set<Exercise> reached = new LinkedHashSet<>();
        rule.pattern().ifPresent(p -> reached.addAll(byPattern.get(p)));
        rule.area().ifPresent(a -> reached.addAll(exercisesTargeting(a)));
        for (Exercise exercise : reached) {
          found.get(exercise.id()).add(contraindication);
        }
      }
    }
    ImmutableListMultimap.Builder<String, Contraindication> result = ImmutableListMultimap.builder();
    for (Exercise exercise : exercises.values()) {
      List<Contraindication> all = found.get(exercise.id());
      all.sort(
          Comparator.comparing(Contraindication::severity)
              .thenComparing(Contraindication::conditionId));
      result.putAll(exercise.id(), all);
    }
    return result.build();
  }

  private static <T> ImmutableMap<String, T> sortedById(List<T> values, Function<T, String> id) {
    return values.stream()
        .sorted(Comparator.comparing(id))
        .collect(ImmutableMap.toImmutableMap(id, v -> v));
  }

  /**
   * The pose to draw the exercise with this id (see {@link dev.limber.core.figure.Figures}), if
   * it has one.
   */
  public Optional<Pose> pose(String exerciseId) {
    return Optional.ofNullable(poses.get(checkNotNull(exerciseId, "exerciseId")));
  }

  /** Every pose, by exercise id. */
  public ImmutableCollection<Pose> poses() {
    return poses.values();
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
    private final List<Advice> advice = new ArrayList<>();
    private Locale locale = Locale.ENGLISH;
    private final List<Pose> poses = new ArrayList<>();

    private Builder() {}

    /**
     * The locale the elements' texts are in; {@link Locale#ENGLISH} by default. See {@link
     * Catalog#locale()}.
     */
    public Builder locale(Locale locale) {
      this.locale = checkNotNull(locale, "locale");
      return this;
    }

    /** Adds poses, one per exercise at most; each is {@linkplain Pose#check checked} on build. */
    public Builder addPoses(Pose... values) {
      checkNotNull(values, "values");
      return addAllPoses(Arrays.asList(values));
    }

    /** Adds poses, one per exercise at most; each is {@linkplain Pose#check checked} on build. */
    public Builder addAllPoses(Iterable<Pose> values) {
      checkNotNull(values, "values");
      values.forEach(v -> poses.add(checkNotNull(v, "pose")));
      return this;
    }

    /** Adds exercises. */
    public Builder addExercises(Exercise... values) {
      checkNotNull(values, "values");
      return addAllExercises(Arrays.asList(values));
    }

    /** Adds exercises. */
    public Builder addAllExercises(Iterable<Exercise> values) {
      checkNotNull(values, "values");
      values.forEach(v -> exercises.add(checkNotNull(v, "exercise")));
      return this;
    }

    /** Adds target areas. */
    public Builder addAreas(TargetArea... values) {
      checkNotNull(values, "values");
      return addAllAreas(Arrays.asList(values));
    }

    /** Adds target areas. */
    public Builder addAllAreas(Iterable<TargetArea> values) {
      checkNotNull(values, "values");
      values.forEach(v -> areas.add(checkNotNull(v, "area")));
      return this;
    }

    /** Adds conditions. */
    public Builder addConditions(Condition... values) {
      checkNotNull(values, "values");
      return addAllConditions(Arrays.asList(values));
    }

    /** Adds conditions. */
    public Builder addAllConditions(Iterable<Condition> values) {
      checkNotNull(values, "values");
      values.forEach(v -> conditions.add(checkNotNull(v, "condition")));
      return this;
    }

    /** Adds red flags. */
    public Builder addRedFlags(RedFlag... values) {
      checkNotNull(values, "values");
      return addAllRedFlags(Arrays.asList(values));
    }

    /** Adds red flags. */
    public Builder addAllRedFlags(Iterable<RedFlag> values) {
      checkNotNull(values, "values");
      values.forEach(v -> redFlags.add(checkNotNull(v, "redFlag")));
      return this;
    }

    /** Adds sequences. */
    public Builder addSequences(Sequence... values) {
      checkNotNull(values, "values");
      return addAllSequences(Arrays.asList(values));
    }

    /** Adds sequences. */
    public Builder addAllSequences(Iterable<Sequence> values) {
      checkNotNull(values, "values");
      values.forEach(v -> sequences.add(checkNotNull(v, "sequence")));
      return this;
    }

    /** Adds advice. */
    public Builder addAdvice(Advice... values) {
      checkNotNull(values, "values");
      return addAllAdvice(Arrays.asList(values));
    }

    /** Adds advice. */
    public Builder addAllAdvice(Iterable<Advice> values) {
      checkNotNull(values, "values");
      values.forEach(v -> advice.add(checkNotNull(v, "advice")));
      return this;
    }

    /** Adds goals. */
    public Builder addGoals(Goal... values) {
      checkNotNull(values, "values");
      return addAllGoals(Arrays.asList(values));
    }

    /** Adds goals. */
    public Builder addAllGoals(Iterable<Goal> values) {
      checkNotNull(values, "values");
      values.forEach(v -> goals.add(checkNotNull(v, "goal")));
      return this;
    }

    /**
     * Adds every element of {@code catalog}, to extend it with more. The builder's {@linkplain
     * #locale(Locale) locale} stays as set: set it too when extending a catalog in another
     * language.
     */
    public Builder addAll(Catalog catalog) {
      checkNotNull(catalog, "catalog");
      addAllExercises(catalog.exercises());
      addAllAreas(catalog.areas());
      addAllConditions(catalog.conditions());
      addAllRedFlags(catalog.redFlags());
      addAllSequences(catalog.sequences());
      addAllGoals(catalog.goals());
      addAllAdvice(catalog.advice());
      addAllPoses(catalog.poses());
      return this;
    }

    /**
     * Validates and indexes the elements.
     *
     * @throws CatalogException with every problem found: duplicate ids, unknown references, an
     *     area tree with a cycle, a sequence count outside its exercise's dosage
     */
    public Catalog build() {
      List<Problem> problems = new ArrayList<>(new CatalogValidation(this).problems());
      problems.addAll(poseProblems());
      if (!problems.isEmpty()) {
        throw new CatalogException(problems);
      }
      return new Catalog(this);
    }

    List<Exercise> exercises() {
      return exercises;
    }

    /** Poses of unknown exercises, second poses of one exercise, and each pose's own check. */
    private List<Problem> poseProblems() {
      Map<String, Exercise> byId = index(exercises, Exercise::id);
      Set<String> seen = new HashSet<>();
      List<Problem> found = new ArrayList<>();
      for (Pose pose : poses) {
        String id = pose.exerciseId();
        Problem.Builder problem =
            Problem.builder().resource("pose " + id).path("$.exercise").elementKind("pose").elementId(id);
        Exercise exercise = byId.get(id);
        if (!seen.add(id)) {
          found.add(problem.message("duplicate pose of exercise \"" + id + "\"").build());
        } else if (exercise == null) {
          found.add(problem.message(IdRules.unknownMessage("exercise", id, byId.keySet())).build());
        } else {
          found.addAll(pose.check(exercise));
        }
      }
      return found;
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

    List<Advice> advice() {
      return advice;
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
