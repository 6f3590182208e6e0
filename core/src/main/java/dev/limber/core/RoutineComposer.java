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
 *   <li>its total time, holds plus side switches, rests between sets and transitions, never
 *       exceeds the budget, and fills it to within a few seconds whenever the safe candidates can
 *       (otherwise {@link ComposeResult#shortfall()} says by how much and why);
 *   <li>no exercise a condition says to avoid; one a condition says to modify appears only in its
 *       declared safer form; cautions appear as warnings on the item;
 *   <li>a one-sided exercise appears for the left and then the right side, back to back, with
 *       equal time; in sets, the sides alternate (left, right, left, right);
 *   <li>warm-up first, cool-down last (every routine of {@link
 *       ComposerSettings#coolDownFromSeconds()} or more has both where the safe candidates allow
 *       them), and
 *       positions flow from standing down to lying on the back across the whole routine, never
 *       back up;
 *   <li>focus areas receive time by their weights, as the objective below values it;
 *   <li>level, equipment and allowed positions are respected; an exercise appears only as
 *       consecutive sets of itself, and at most one member of a family (an exercise with its
 *       easier and harder variations) is in a routine;
 *   <li>the same request and seed give the same routine; another seed or history gives variety;
 *   <li>every item says why it was chosen, when it starts and how long it lasts.
 * </ol>
 *
 * <p><b>The objective.</b> Among the routines that keep these promises, the composer seeks one
 * that maximises, with the weights of {@link ComposerSettings}:
 *
 * <pre>
 *   sum over focus areas a of  share(a) * g(coverage(a) / target(a))
 * + spineBalanceWeight * (directions of the spine moved)          [a session with no focus]
 * + sum over items of ( phaseFitWeight * fits * t + varietyWeight * preference * t
 *                      + preferredTagWeight * preferred * t - cautionWeight * cautioned * t
 *                      - recentWeight * recency * t - newExerciseWeight )
 * - transitionWeight * (seconds of position changes, setups, side switches and rests) / budget
 * </pre>
 *
 * <p>where {@code t} is an item's share of the budget; {@code share(a)} is the area's weight over
 * the total; {@code target(a)} is its share of the main phase, at least {@code doseSeconds}
 * (ACSM: about 60 s per muscle group); {@code g(x) = min(x, 1) + overTargetValue * min(max(x - 1,
 * 0), 1)}, diminishing returns past the target and none past twice it; {@code coverage(a)} adds
 * each item's effective seconds, in full for a primary target and at {@code secondaryTargetValue}
 * for a secondary one, where an exercise's seconds per side count in full up to {@code
 * doseSeconds} and at {@code beyondDoseValue} past it, so that time goes first to the right holds
 * and then to more sets of them (ACSM: 2-4 repetitions), not to a tour of the catalog;
 * {@code preference} is the request's seeded preference for the exercise, in [0, 1), which makes
 * different seeds choose differently between equally good exercises. Without a focus or goal the
 * focus is every top-level area, equally weighted.
 *
 * <p>The search is greedy with local improvement: it seeds the cool-down with its lowest
 * position, fills the main phase, the warm-up and the cool-down to their shares of the budget by
 * the move with the best gain per second (a new exercise, one more set, or one more unit of a
 * count), fills the rest of the budget, swaps exercises while that raises the objective, and
 * then improves the whole routine by local search (resize, drop, add, swap, two items at once,
 * and a re-sizing of every item together by dynamic programming over the seconds used, which
 * also finds the items to drop), from several starts, each of the later ones keeping one of the
 * most valuable exercises in its routine, within a fixed effort so that a request costs about the same whatever the
 * size of the catalog (a catalog or focus area of more than 200 exercises is sampled in an order
 * drawn from the request's seed). Its result is measured against the exact optimum of the same
 * objective (the benchmarks module's {@code QualityReport}).
 *
 * <p>A focused request none of whose areas anything safe and admissible can serve is {@link
 * ComposeResult.Outcome#INFEASIBLE}, with each area's {@link Limit} in {@link
 * ComposeResult#unserved()}, unless the request asks for a general session instead ({@link
 * ComposeRequest#generalIfUnserved()}).
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
    ComposeResult result = composeFor(request, safety);
    return referral.map(result::withAdvice).orElse(result);
  }

  /**
   * Composes for the focus; when nothing safe and admissible can serve any focus area, answers
   * infeasible with each area's limit, or, if the request asks for it, composes a balanced
   * session that still reports the focus as unserved.
   */
  private ComposeResult composeFor(ComposeRequest request, SafetyAssessment safety) {
    boolean balanced = request.focus().isEmpty() && !request.goal().isPresent();
    Composition focused = new Composition(catalog, settings, request, safety, focusOf(request), balanced);
    if (balanced || focused.servesAnyFocus()) {
      return focused.compose();
    }
    ImmutableList<UnservedFocus> unserved = focused.unserved();
    MessageRenderer renderer = MessageRenderer.of(catalog);
    if (!request.generalIfUnserved()) {
      Message reason =
          Message.of(
              MessageCode.INFEASIBLE_FOCUS,
              "unserved",
              unserved.stream()
                  .map(u -> Message.of(MessageCode.FOCUS_LIMIT, "area", u.areaId(), "limit", u.limit()))
                  .collect(ImmutableList.toImmutableList()));
      return ComposeResult.infeasible(renderer.render(reason), reason, unserved);
    }
    ComposeResult general = new Composition(catalog, settings, request, safety, balancedFocus(), true).compose();
    if (!general.routine().isPresent()) {
      return general.withUnserved(unserved);
    }
    Routine.Builder routine = Routine.builder().from(general.routineOrThrow());
    for (UnservedFocus u : unserved) {
      Message warning = Message.of(MessageCode.BALANCED_INSTEAD, "area", u.areaId(), "limit", u.limit());
      routine.addWarnings(renderer.render(warning)).addWarningMessages(warning);
    }
    return ComposeResult.of(routine.build(), unserved, general.shortfall());
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
    MessageRenderer renderer = MessageRenderer.of(catalog);
    Timeline timeline = new Timeline(settings, renderer);
    ImmutableList.Builder<Message> warnings = ImmutableList.builder();
    for (SequenceStep step : sequence.steps()) {
      Exercise original = catalog.exerciseOrThrow(step.exerciseId());
      ExerciseAssessment assessment = safety.of(original.id());
      if (!assessment.usable()) {
        warnings.add(
            Message.of(MessageCode.LEFT_OUT, "exercise", original.id(), "reasons", assessment.reasonMessages()));
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
          Message.of(MessageCode.ITEM_REASON_SEQUENCE, "sequence", sequence.id()),
          assessment.warningMessages(),
          assessment.modificationNote(original));
    }
    if (timeline.totalSeconds() == 0) {
      warnings.add(Message.of(MessageCode.SEQUENCE_ALL_LEFT_OUT, "sequence", sequence.id()));
    }
    return Routine.builder()
        .budgetSeconds(Math.max(1, timeline.totalSeconds()))
        .items(timeline.items())
        .warningMessages(warnings.build())
        .warnings(renderer.renderAll(warnings.build()))
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
    return balancedFocus();
  }

  /** Every top-level area, equally weighted. */
  private Map<String, Double> balancedFocus() {
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
    private final MessageRenderer renderer;
    private final List<RoutineItem> items = new ArrayList<>();
    private int end;

    Timeline(ComposerSettings settings, MessageRenderer renderer) {
      this.settings = settings;
      this.renderer = renderer;
    }

    void add(
        Exercise exercise,
        Position position,
        Phase phase,
        int count,
        ImmutableList<String> targets,
        Message reason,
        ImmutableList<Message> warnings,
        Optional<Message> modification) {
      add(exercise, position, phase, count, 1, targets, reason, warnings, modification);
    }

    /**
     * Adds {@code sets} sets of the exercise, one item per set and side, sides alternating: a side
     * switch before every side but the first, a rest between the sets of a two-sided exercise.
     */
    void add(
        Exercise exercise,
        Position position,
        Phase phase,
        int count,
        int sets,
        ImmutableList<String> targets,
        Message reason,
        ImmutableList<Message> warnings,
        Optional<Message> modification) {
      boolean unilateral = exercise.laterality() == Laterality.UNILATERAL;
      List<Optional<Side>> sides =
          unilateral ? List.of(Optional.of(Side.LEFT), Optional.of(Side.RIGHT)) : List.of(Optional.empty());
      int duration = exercise.dosage().secondsFor(count);
      String reasonText = renderer.render(reason);
      ImmutableList<String> warningTexts = renderer.renderAll(warnings);
      Optional<String> modificationText = modification.map(renderer::render);
      for (int set = 1; set <= sets; set++) {
        for (int i = 0; i < sides.size(); i++) {
          int transition;
          if (set == 1 && i == 0) {
            transition = transitionInto(position);
          } else {
            transition = unilateral ? settings.sideSwitchSeconds() : settings.setRestSeconds();
          }
          int start = end + transition;
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
                  .set(set)
                  .sets(sets)
                  .targets(targets)
                  .reason(reasonText)
                  .reasonMessage(reason)
                  .warnings(warningTexts)
                  .warningMessages(warnings)
                  .modification(modificationText)
                  .modificationMessage(modification)
                  .build());
          end = start + duration;
        }
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
