package dev.limber.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Composes balanced, safe, timed routines from a {@link Catalog}.
 *
 * <p>For every request the result is a routine, a referral or infeasible, and every routine keeps
 * these promises:
 *
 * <ol>
 *   <li>its total time, holds plus side switches plus transitions, never exceeds the budget, and
 *       fills it to within a few seconds whenever the safe candidates can;
 *   <li>no exercise a condition says to avoid; one a condition says to modify appears only in its
 *       declared safer form; cautions appear as warnings on the item;
 *   <li>a one-sided exercise appears for the left and then the right side, back to back, with
 *       equal time;
 *   <li>warm-up first, cool-down last, and within each phase positions flow from standing down
 *       to lying on the back, never back and forth;
 *   <li>focus areas receive time in proportion to their weights;
 *   <li>level, equipment and allowed positions are respected, and no exercise appears twice;
 *   <li>the same request and seed give the same routine; another seed or history gives variety;
 *   <li>every item says why it was chosen, when it starts and how long it lasts.
 * </ol>
 *
 * <p>A reported emergency or urgent red flag gives a {@link Referral} and no routine, whatever
 * else was asked; a non-urgent one (see a doctor in the coming weeks) goes with the routine as
 * {@link ComposeResult#advice()}.
 *
 * <p>Immutable and thread-safe: one composer can serve many requests at once.
 *
 * <pre>{@code
 * RoutineComposer composer = RoutineComposer.of(catalog);
 * ComposeResult result = composer.compose(ComposeRequest.builder()
 *     .budgetSeconds(600)
 *     .putFocus("lower-back", 1.0)
 *     .build());
 * result.routine().ifPresent(routine -> routine.items().forEach(System.out::println));
 * }</pre>
 */
public final class RoutineComposer {
  private final Catalog catalog;
  private final ComposerSettings settings;
  private final Screener screener;

  private RoutineComposer(Catalog catalog, ComposerSettings settings) {
    this.catalog = catalog;
    this.settings = settings;
    this.screener = Screener.of(catalog, settings.minAge(), settings.maxAge());
  }

  /** A composer over {@code catalog} with the {@linkplain ComposerSettings#defaults() default settings}. */
  public static RoutineComposer of(Catalog catalog) {
    return of(catalog, ComposerSettings.defaults());
  }

  /** A composer over {@code catalog} with the given settings. */
  public static RoutineComposer of(Catalog catalog, ComposerSettings settings) {
    return new RoutineComposer(checkNotNull(catalog, "catalog"), checkNotNull(settings, "settings"));
  }

  /** The catalog this composer draws from. */
  public Catalog catalog() {
    return catalog;
  }

  /** The settings this composer works to. */
  public ComposerSettings settings() {
    return settings;
  }

  /**
   * Composes a routine for the request.
   *
   * @return a routine; a referral when an emergency or urgent red flag is reported; or infeasible with the reason when
   *     no safe exercise fits
   * @throws IllegalArgumentException if the request names an unknown area, goal, condition, red
   *     flag or exercise; the message names it and lists close matches
   */
  public ComposeResult compose(ComposeRequest request) {
    request = resolve(checkNotNull(request, "request"));
    SafetyAssessment safety =
        SafetyAssessment.of(catalog, request.conditions(), request.cautionPolicy());
    Optional<Referral> referral = screener.screen(request.screening());
    if (referral.isPresent() && referral.get().urgency().stopsRoutine()) {
      return ComposeResult.of(referral.get());
    }
    Map<String, Double> focus = focusOf(request);
    Composition composition = new Composition(catalog, settings, request, safety, focus);
    ComposeResult result = composition.compose();
    return referral.map(result::withAdvice).orElse(result);
  }

  /**
   * Times a curated sequence as a routine: its steps in order, each with its count or the
   * exercise's default, both sides of one-sided exercises, with side switches and transitions.
   * The budget of the routine is its total time. The sequence is taken as it is, for a person
   * with no conditions; see {@link #timeSequence(Sequence, Set)}.
   */
  public Routine timeSequence(Sequence sequence) {
    return timeSequence(sequence, ImmutableSet.of());
  }

  /**
   * Times a curated sequence for a person with the given conditions: a step the conditions
   * exclude is left out (the routine's warnings say which and why), a step they modify appears in
   * its declared safer form or as its safe easier variation, and cautions appear as warnings on
   * the item. Screen red flags with a {@link Screener} first: this method composes no referral.
   *
   * @throws IllegalArgumentException if a condition id is unknown
   */
  public Routine timeSequence(Sequence sequence, Set<String> conditionIds) {
    checkNotNull(sequence, "sequence");
    SafetyAssessment safety = SafetyAssessment.of(catalog, conditionIds, CautionPolicy.WARN);
    Timeline timeline = new Timeline(settings);
    ImmutableList.Builder<String> warnings = ImmutableList.builder();
    for (SequenceStep step : sequence.steps()) {
      Exercise original = catalog.exerciseOrThrow(step.exerciseId());
      ExerciseAssessment assessment = safety.of(original.id());
      if (!assessment.usable()) {
        warnings.add("Left out " + original.name() + ": " + String.join(" ", assessment.reasons()));
        continue;
      }
      Exercise exercise = assessment.substituteId().map(catalog::exerciseOrThrow).orElse(original);
      Dosage dosage = exercise.dosage();
      int count = exercise == original ? step.count().orElse(dosage.defaultCount()) : dosage.defaultCount();
      timeline.add(
          exercise,
          assessment.position(exercise),
          step.phase(),
          count,
          ImmutableList.copyOf(exercise.primaryTargets()),
          "Step of the " + sequence.name() + " sequence.",
          assessment.warnings(),
          assessment.modificationNote(original));
    }
    if (timeline.totalSeconds() == 0) {
      warnings.add("Every step of " + sequence.name() + " is left out for these conditions.");
    }
    return Routine.builder()
        .budgetSeconds(Math.max(1, timeline.totalSeconds()))
        .items(timeline.items())
        .warnings(warnings.build())
        .seed(0)
        .build();
  }

  /**
   * Times the catalog's sequence with that id.
   *
   * @throws IllegalArgumentException if there is no such sequence
   */
  public Routine timeSequence(String sequenceId) {
    Optional<Sequence> sequence = catalog.sequence(checkNotNull(sequenceId, "sequenceId"));
    if (!sequence.isPresent()) {
      throw new IllegalArgumentException(
          Ids.unknown("sequence", sequenceId, catalog.sequences().stream().map(Sequence::id).collect(ImmutableSet.toImmutableSet())));
    }
    return timeSequence(sequence.get());
  }

  /**
   * The request with every area, goal, condition and exercise named by its id: a request may name
   * them by id, name or alias ({@code "abs"}, {@code "slipped disc"}).
   *
   * @throws IllegalArgumentException naming the first unknown one, with close matches
   */
  private ComposeRequest resolve(ComposeRequest request) {
    Map<String, Double> focus = new LinkedHashMap<>();
    request
        .focus()
        .forEach((area, weight) -> focus.merge(catalog.resolveArea("focus area", area), weight, Math::max));
    ComposeRequest.Builder resolved =
        ComposeRequest.builder()
            .from(request)
            .focus(focus)
            .conditions(catalog.resolveConditions(request.conditions()))
            .excluded(catalog.resolveExercises("excluded exercise", request.excluded()))
            .recent(catalog.resolveExercises("recent exercise", request.recent()));
    request.goal().ifPresent(g -> resolved.goal(catalog.resolveGoal(g)));
    return resolved.build();
  }

  private Map<String, Double> focusOf(ComposeRequest request) {
    if (!request.focus().isEmpty()) {
      return request.focus();
    }
    if (request.goal().isPresent()) {
      return catalog.goalMap().get(request.goal().get()).focus();
    }
    ImmutableMap.Builder<String, Double> balanced = ImmutableMap.builder();
    for (TargetArea area : catalog.areas()) {
      if (!area.parentId().isPresent()) {
        balanced.put(area.id(), 1.0);
      }
    }
    return balanced.build();
  }

  /** Builds the timed items of a routine in order, adding transitions and both sides. */
  static final class Timeline {
    private final ComposerSettings settings;
    private final List<RoutineItem> items = new ArrayList<>();
    private int end;

    Timeline(ComposerSettings settings) {
      this.settings = settings;
    }

    void add(
        Exercise exercise,
        Position position,
        Phase phase,
        int count,
        ImmutableList<String> targets,
        String reason,
        ImmutableList<String> warnings,
        Optional<String> modification) {
      boolean unilateral = exercise.laterality() == Laterality.UNILATERAL;
      List<Optional<Side>> sides =
          unilateral ? List.of(Optional.of(Side.LEFT), Optional.of(Side.RIGHT)) : List.of(Optional.empty());
      for (int i = 0; i < sides.size(); i++) {
        int transition = i > 0 ? settings.sideSwitchSeconds() : transitionInto(position);
        int start = end + transition;
        int duration = exercise.dosage().secondsFor(count);
        items.add(
            RoutineItem.builder()
                .exerciseId(exercise.id())
                .name(exercise.name())
                .phase(phase)
                .position(position)
                .side(sides.get(i))
                .transitionSeconds(transition)
                .startSeconds(start)
                .durationSeconds(duration)
                .count(count)
                .unit(exercise.dosage().unit())
                .targets(targets)
                .reason(reason)
                .warnings(warnings)
                .modification(modification)
                .build());
        end = start + duration;
      }
    }

    int transitionInto(Position position) {
      if (items.isEmpty()) {
        return 0;
      }
      return settings.transitionSeconds(items.get(items.size() - 1).position(), position);
    }

    int totalSeconds() {
      return end;
    }

    ImmutableList<RoutineItem> items() {
      return ImmutableList.copyOf(items);
    }
  }
}
