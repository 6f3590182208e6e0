package dev.limber.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import dev.limber.core.ExerciseAssessment.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The working state of one {@link RoutineComposer#compose} call: the safe candidates, the
 * exercises chosen so far and the time they take. Not thread-safe; used by one call only.
 *
 * <p>The composer fills the warm-up, then the cool-down, then the main phase, each greedily by a
 * score (how much the exercise serves focus areas still short of their share of time, its fit to
 * the phase, variety and a seeded tie-break); then it orders the items, times them, and shrinks or
 * grows the counts (within each exercise's dosage range) and adds exercises until the budget is
 * filled or nothing more fits.
 */
final class Composition {
  private static final double NEW_POSITION_FACTOR = 0.7;
  private static final double FILLER_SCORE = 0.02;

  private final Catalog catalog;
  private final ComposerSettings settings;
  private final ComposeRequest request;
  /** Focus area ids with their weights, as asked for, from a goal, or balanced by default. */
  private final Map<String, Double> focus;
  /** Focus area ids with their weights' share of the total, summing to 1. */
  private final Map<String, Double> focusShare;
  private final List<Candidate> candidates;
  private final List<Chosen> chosen = new ArrayList<>();
  private final Set<String> used = new HashSet<>();

  /** An exercise picked for a phase, with its count. */
  private static final class Chosen {
    final Candidate candidate;
    final Phase phase;
    final double score;
    final int order;
    int count;

    Chosen(Candidate candidate, Phase phase, double score, int order, int count) {
      this.candidate = candidate;
      this.phase = phase;
      this.score = score;
      this.order = order;
      this.count = count;
    }
  }

  Composition(
      Catalog catalog,
      ComposerSettings settings,
      ComposeRequest request,
      SafetyAssessment safety,
      Map<String, Double> focus) {
    this.catalog = catalog;
    this.settings = settings;
    this.request = request;
    this.focus = focus;
    double total = focus.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> share = new LinkedHashMap<>();
    focus.forEach((area, weight) -> share.put(area, weight / total));
    this.focusShare = share;
    this.candidates = candidates(safety);
  }

  ComposeResult compose() {
    if (candidates.isEmpty()) {
      return ComposeResult.infeasible(
          "no exercise in the catalog is safe for the conditions given and fits the level,"
              + " equipment and positions asked for");
    }
    int budget = request.budgetSeconds();
    int warmUp = (int) Math.round(budget * settings.warmUpShare());
    int coolDown = (int) Math.round(budget * settings.coolDownShare());
    // The main phase first, so that the warm-up can lead into its first position and the
    // cool-down follow on from its last: the whole routine then flows down to the floor.
    fill(Phase.MAIN, budget - warmUp - coolDown - 2 * settings.positionChangeSeconds());
    fill(Phase.WARM_UP, warmUp);
    fill(Phase.COOL_DOWN, coolDown);
    fill(Phase.MAIN, budget - plannedTotal());
    fit(budget);
    if (chosen.isEmpty()) {
      return ComposeResult.infeasible(
          "no safe exercise fits in " + budget + " seconds; the shortest needs more time");
    }
    RoutineComposer.Timeline timeline = timeline();
    assert timeline.totalSeconds() == plannedTotal();
    return ComposeResult.of(
        Routine.builder()
            .budgetSeconds(budget)
            .items(timeline.items())
            .warnings(routineWarnings())
            .focus(ImmutableMap.copyOf(focus))
            .seed(request.seed())
            .build());
  }

  private List<Candidate> candidates(SafetyAssessment safety) {
    ImmutableSet<String> preferredTags =
        request.goal().map(g -> catalog.goalMap().get(g).preferredTags()).orElse(ImmutableSet.of());
    Map<String, Set<String>> inside = new LinkedHashMap<>();
    focusShare.keySet().forEach(area -> inside.put(area, catalog.selfAndDescendants(area)));
    List<Candidate> result = new ArrayList<>();
    for (Exercise original : catalog.exercises()) {
      ExerciseAssessment assessment = safety.all().get(original.id());
      if (assessment.verdict() == Verdict.EXCLUDED || request.excluded().contains(original.id())) {
        continue;
      }
      Exercise exercise = assessment.substituteId().map(catalog::exerciseOrThrow).orElse(original);
      if (request.excluded().contains(exercise.id())) {
        continue;
      }
      Position position = assessment.position(exercise);
      if (!admits(exercise, position)) {
        continue;
      }
      Optional<String> modification = assessment.modificationNote(original);
      ImmutableSet.Builder<String> primary = ImmutableSet.builder();
      ImmutableSet.Builder<String> secondary = ImmutableSet.builder();
      inside.forEach(
          (area, areas) -> {
            if (exercise.primaryTargets().stream().anyMatch(areas::contains)) {
              primary.add(area);
            } else if (exercise.secondaryTargets().stream().anyMatch(areas::contains)) {
              secondary.add(area);
            }
          });
      int recentIndex = request.recent().indexOf(exercise.id());
      double recentPenalty = recentIndex < 0 ? 1.0 : 0.3 + 0.5 * recentIndex / (recentIndex + 3.0);
      boolean preferred = exercise.tags().stream().anyMatch(preferredTags::contains);
      result.add(
          new Candidate(
              exercise,
              assessment.substituteId().isPresent() ? Optional.of(original) : Optional.empty(),
              position,
              assessment.warnings(),
              modification,
              primary.build(),
              secondary.build(),
              jitter(exercise.id()),
              recentPenalty,
              preferred));
    }
    return result;
  }

  private boolean admits(Exercise exercise, Position position) {
    return exercise.difficulty().compareTo(request.level()) <= 0
        && request.equipment().containsAll(exercise.equipment())
        && request.positions().contains(position)
        && request.positions().contains(exercise.position())
        && !(request.noFloor() && exercise.needsFloor());
  }

  private double jitter(String exerciseId) {
    long hash =
        Hashing.murmur3_128()
            .newHasher()
            .putLong(request.seed())
            .putString(exerciseId, StandardCharsets.UTF_8)
            .hash()
            .asLong();
    double unit = (hash >>> 11) * 0x1.0p-53;
    return 0.85 + 0.3 * unit;
  }

  /** Greedily adds exercises suited to {@code phase} while they fit in {@code phaseBudget}. */
  private void fill(Phase phase, int phaseBudget) {
    int spent = 0;
    while (true) {
      Set<Position> positions = positionsIn(phase);
      Map<String, Double> allocated = allocated();
      int[] bounds = flowBounds();
      Candidate best = null;
      int bestCount = 0;
      int bestCost = 0;
      double bestScore = 0;
      for (Candidate c : candidates) {
        if (!c.exercise.phases().contains(phase) || isUsed(c)) {
          continue;
        }
        int transition = positions.isEmpty() || positions.contains(c.position)
            ? settings.setupSeconds()
            : settings.positionChangeSeconds();
        int count = startCount(c, allocated);
        int cost = c.workSeconds(count, settings.sideSwitchSeconds()) + transition;
        if (spent + cost > phaseBudget) {
          count = c.exercise.dosage().min();
          cost = c.workSeconds(count, settings.sideSwitchSeconds()) + transition;
          if (spent + cost > phaseBudget) {
            continue;
          }
        }
        double score = score(c, phase, allocated, bounds);
        if (!positions.isEmpty() && !positions.contains(c.position)) {
          score *= NEW_POSITION_FACTOR;
        }
        if (best == null || score > bestScore || (score == bestScore && c.id().compareTo(best.id()) < 0)) {
          best = c;
          bestScore = score;
          bestCount = count;
          bestCost = cost;
        }
      }
      if (best == null) {
        return;
      }
      if (need(best, allocated) == 0) {
        // The best left serves no area short of its share: give the time to the exercises
        // already chosen for such areas first, and add a filler only when they are full.
        int grown = grow(phaseBudget - spent, true);
        if (grown > 0) {
          spent += grown;
          continue;
        }
      }
      add(best, phase, bestScore, bestCount);
      spent += bestCost;
    }
  }

  /**
   * The count to start an exercise at: its default, or less (down to its minimum) when its focus
   * area has less than that left of its share; the minimum for an exercise that serves no area
   * short of its share.
   */
  private int startCount(Candidate c, Map<String, Double> allocated) {
    Dosage dosage = c.exercise.dosage();
    double room = -1;
    for (String area : c.primaryFocus) {
      room = Math.max(room, focusShare.get(area) * request.budgetSeconds() - allocated.getOrDefault(area, 0.0));
    }
    if (room < 0) {
      return c.primaryFocus.isEmpty() && c.secondaryFocus.isEmpty() ? dosage.min() : dosage.defaultCount();
    }
    int fits = (int) (room / c.stepSeconds());
    return Math.max(dosage.min(), Math.min(dosage.defaultCount(), fits));
  }

  private void add(Candidate candidate, Phase phase, double score, int count) {
    chosen.add(new Chosen(candidate, phase, score, chosen.size(), count));
    used.add(candidate.id());
    candidate.replaced.ifPresent(r -> used.add(r.id()));
  }

  private boolean isUsed(Candidate c) {
    return used.contains(c.id()) || c.replaced.map(r -> used.contains(r.id())).orElse(false);
  }

  /** Seconds of work each focus area has so far: full for a primary target, half for a secondary. */
  private Map<String, Double> allocated() {
    Map<String, Double> allocated = new HashMap<>();
    for (Chosen c : chosen) {
      double seconds = c.candidate.workSeconds(c.count, settings.sideSwitchSeconds());
      c.candidate.primaryFocus.forEach(a -> allocated.merge(a, seconds, Double::sum));
      c.candidate.secondaryFocus.forEach(a -> allocated.merge(a, seconds * 0.5, Double::sum));
    }
    return allocated;
  }

  private double score(Candidate c, Phase phase, Map<String, Double> allocated, int[] bounds) {
    int budget = request.budgetSeconds();
    double value = 0;
    for (String area : c.primaryFocus) {
      value += focusShare.get(area) * deficit(area, budget, allocated);
    }
    for (String area : c.secondaryFocus) {
      value += 0.4 * focusShare.get(area) * deficit(area, budget, allocated);
    }
    value = Math.max(value, FILLER_SCORE);
    value *= phaseFit(c.exercise, phase) * flowFit(c.position, phase, bounds);
    if (c.preferredTag) {
      value *= 1.3;
    }
    return value * c.recentPenalty * c.jitter;
  }

  /** How far {@code area} is from its share of the time, from 1 (nothing yet) down to 0.05. */
  private double deficit(String area, int budget, Map<String, Double> allocated) {
    double target = Math.max(60, focusShare.get(area) * budget * 0.8);
    return Math.max(0.05, 1 - allocated.getOrDefault(area, 0.0) / target);
  }

  private static double phaseFit(Exercise exercise, Phase phase) {
    switch (phase) {
      case WARM_UP:
        return exercise.kind() == ExerciseKind.DYNAMIC_MOBILITY ? 1.5 : 0.8;
      case COOL_DOWN:
        return exercise.kind() == ExerciseKind.RELAXATION
            ? 1.5
            : exercise.kind() == ExerciseKind.STATIC_STRETCH ? 1.1 : 0.6;
      default:
        return exercise.kind() == ExerciseKind.RELAXATION ? 0.5 : 1.0;
    }
  }

  /**
   * The ranks the phases reach so far: the warm-up's highest, the main phase's lowest and
   * highest, and the cool-down's lowest ({@code -1} or {@code Integer.MAX_VALUE} when empty).
   */
  private int[] flowBounds() {
    int warmUpMax = -1;
    int mainMin = Integer.MAX_VALUE;
    int mainMax = -1;
    int coolDownMin = Integer.MAX_VALUE;
    for (Chosen c : chosen) {
      int rank = c.candidate.position.flowRank();
      switch (c.phase) {
        case WARM_UP:
          warmUpMax = Math.max(warmUpMax, rank);
          break;
        case MAIN:
          mainMin = Math.min(mainMin, rank);
          mainMax = Math.max(mainMax, rank);
          break;
        default:
          coolDownMin = Math.min(coolDownMin, rank);
      }
    }
    return new int[] {warmUpMax, mainMin, mainMax, coolDownMin};
  }

  /**
   * How well a position keeps the routine flowing from standing down to the floor: a warm-up no
   * lower than where the main phase starts, a cool-down no higher than where it ends, and main
   * work between the two. Without a main phase yet, the warm-up leans to standing and the
   * cool-down to lying down.
   */
  private static double flowFit(Position position, Phase phase, int[] bounds) {
    int rank = position.flowRank();
    double scaled = rank / (double) (Position.values().length - 1);
    switch (phase) {
      case WARM_UP:
        return bounds[1] == Integer.MAX_VALUE ? 1.15 - 0.3 * scaled : rank <= bounds[1] ? 1.15 - 0.3 * scaled : 0.2;
      case COOL_DOWN:
        return bounds[2] < 0 ? 0.85 + 0.3 * scaled : rank >= bounds[2] ? 0.85 + 0.3 * scaled : 0.2;
      default:
        return rank >= bounds[0] && rank <= bounds[3] ? 1.0 : 0.5;
    }
  }

  private Set<Position> positionsIn(Phase phase) {
    Set<Position> result = new HashSet<>();
    for (Chosen c : chosen) {
      if (c.phase == phase) {
        result.add(c.candidate.position);
      }
    }
    return result;
  }

  /** Shrinks, drops, grows and adds until the timed total is within the budget and fills it. */
  private void fit(int budget) {
    for (int round = 0; round < 1000; round++) {
      int total = plannedTotal();
      if (total > budget) {
        shrink(total - budget);
        continue;
      }
      int gap = budget - total;
      if (gap == 0 || grow(gap, false) > 0) {
        if (gap == 0) {
          return;
        }
        continue;
      }
      int before = chosen.size();
      for (Phase phase : List.of(Phase.MAIN, Phase.COOL_DOWN, Phase.WARM_UP)) {
        if (chosen.size() == before) {
          fill(phase, gap);
        }
      }
      if (chosen.size() == before) {
        return;
      }
    }
  }

  /** Takes {@code excess} seconds off: counts first, down to their minimum, then whole items. */
  private void shrink(int excess) {
    Optional<Chosen> roomiest =
        chosen.stream()
            .filter(c -> c.count > c.candidate.exercise.dosage().min())
            .max(Comparator.comparingInt((Chosen c) -> (c.count - c.candidate.exercise.dosage().min()) * c.candidate.stepSeconds())
                .thenComparing(c -> -c.order));
    if (roomiest.isPresent()) {
      Chosen c = roomiest.get();
      int steps = Math.max(1, (excess + c.candidate.stepSeconds() - 1) / c.candidate.stepSeconds());
      c.count = Math.max(c.candidate.exercise.dosage().min(), c.count - steps);
      return;
    }
    Chosen weakest =
        chosen.stream()
            .min(Comparator.comparingDouble((Chosen c) -> c.score).thenComparing(c -> -c.order))
            .get();
    chosen.remove(weakest);
    used.remove(weakest.candidate.id());
    weakest.candidate.replaced.ifPresent(r -> used.remove(r.id()));
  }

  /**
   * Adds units to counts one at a time, each to the item whose focus areas are furthest below
   * their share of the budget (evening out durations between equals), until {@code gap} seconds
   * are used or nothing more fits; with {@code focusOnly}, only to items whose areas are short.
   *
   * @return the seconds added
   */
  private int grow(int gap, boolean focusOnly) {
    Map<String, Double> served = allocated();
    int added = 0;
    while (true) {
      Chosen best = null;
      double bestNeed = -1;
      for (Chosen c : chosen) {
        if (c.count >= c.candidate.exercise.dosage().max() || c.candidate.stepSeconds() > gap) {
          continue;
        }
        double need = need(c.candidate, served);
        if (focusOnly && need == 0) {
          continue;
        }
        if (best == null || need > bestNeed + 1e-12 || (Math.abs(need - bestNeed) <= 1e-12 && evener(c, best))) {
          best = c;
          bestNeed = need;
        }
      }
      if (best == null) {
        return added;
      }
      best.count++;
      int step = best.candidate.stepSeconds();
      gap -= step;
      added += step;
      best.candidate.primaryFocus.forEach(a -> served.merge(a, (double) step, Double::sum));
      best.candidate.secondaryFocus.forEach(a -> served.merge(a, step * 0.5, Double::sum));
    }
  }

  /** How much one more second of {@code c} is worth: its focus areas' shortfall from their share. */
  private double need(Candidate c, Map<String, Double> served) {
    double need = 0;
    for (String area : c.primaryFocus) {
      need += shortfall(area, served);
    }
    for (String area : c.secondaryFocus) {
      need += 0.4 * shortfall(area, served);
    }
    return need;
  }

  private double shortfall(String area, Map<String, Double> served) {
    double share = focusShare.get(area);
    return share * Math.max(0, 1 - served.getOrDefault(area, 0.0) / (share * request.budgetSeconds()));
  }

  /** Between two equally needed items, whether {@code a} should grow before {@code b}. */
  private static boolean evener(Chosen a, Chosen b) {
    int aSeconds = a.candidate.exercise.dosage().secondsFor(a.count);
    int bSeconds = b.candidate.exercise.dosage().secondsFor(b.count);
    if (aSeconds != bSeconds) {
      return aSeconds < bSeconds;
    }
    return a.score != b.score ? a.score > b.score : a.order < b.order;
  }

  /** The chosen exercises in routine order: by phase, then position flow, then choice order. */
  private List<Chosen> ordered() {
    List<Chosen> ordered = new ArrayList<>(chosen);
    ordered.sort(
        Comparator.comparing((Chosen c) -> c.phase)
            .thenComparingInt(c -> c.candidate.position.flowRank())
            .thenComparingInt(c -> c.order));
    return ordered;
  }

  /**
   * The total the timeline would have, worked out without building its items: work, side
   * switches, and a setup or position change before every exercise but the first.
   */
  private int plannedTotal() {
    int total = 0;
    Position previous = null;
    for (Chosen c : ordered()) {
      if (previous != null) {
        total += settings.transitionSeconds(previous, c.candidate.position);
      }
      total += c.candidate.workSeconds(c.count, settings.sideSwitchSeconds());
      previous = c.candidate.position;
    }
    return total;
  }

  private RoutineComposer.Timeline timeline() {
    RoutineComposer.Timeline timeline = new RoutineComposer.Timeline(settings);
    for (Chosen c : ordered()) {
      timeline.add(
          c.candidate.exercise,
          c.candidate.position,
          c.phase,
          c.count,
          targets(c.candidate),
          reason(c),
          c.candidate.warnings,
          c.candidate.modification);
    }
    return timeline;
  }

  private ImmutableList<String> targets(Candidate c) {
    if (!c.primaryFocus.isEmpty() || !c.secondaryFocus.isEmpty()) {
      return ImmutableList.<String>builder().addAll(c.primaryFocus).addAll(c.secondaryFocus).build();
    }
    return c.exercise.primaryTargets();
  }

  private String reason(Chosen c) {
    List<String> focus = new ArrayList<>(c.candidate.primaryFocus);
    focus.addAll(c.candidate.secondaryFocus);
    String serves =
        focus.isEmpty()
            ? "rounds out the session (" + names(c.candidate.exercise.primaryTargets()) + ")"
            : "serves your focus on " + names(focus);
    switch (c.phase) {
      case WARM_UP:
        return "Warm-up: " + kindPhrase(c.candidate.exercise) + " that " + serves + ".";
      case COOL_DOWN:
        return "Cool-down: " + kindPhrase(c.candidate.exercise) + " that " + serves + ".";
      default:
        return "Main: " + kindPhrase(c.candidate.exercise) + " that " + serves + ".";
    }
  }

  private static String kindPhrase(Exercise exercise) {
    switch (exercise.kind()) {
      case DYNAMIC_MOBILITY:
        return "gentle mobility";
      case STRENGTH_STABILITY:
        return "light strength and stability work";
      case RELAXATION:
        return "relaxation";
      default:
        return "a slow stretch";
    }
  }

  private String names(List<String> areaIds) {
    return areaIds.stream()
        .map(id -> catalog.area(id).map(TargetArea::name).orElse(id).toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  private ImmutableList<String> routineWarnings() {
    ImmutableList.Builder<String> warnings = ImmutableList.builder();
    Map<String, Double> allocated = allocated();
    for (String area : focusShare.keySet()) {
      if (allocated.getOrDefault(area, 0.0) == 0) {
        warnings.add(
            "No safe exercise that fits this request serves "
                + catalog.area(area).map(TargetArea::name).orElse(area).toLowerCase(java.util.Locale.ROOT)
                + ".");
      }
    }
    return warnings.build();
  }

}
