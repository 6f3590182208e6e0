package dev.limber.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.limber.core.ExerciseAssessment.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The working state of one {@link RoutineComposer#compose} call: the safe candidates, the items
 * chosen so far, and the objective they reach (see {@link RoutineComposer} for the objective). Not
 * thread-safe; used by one call only.
 *
 * <p>The search is greedy with local improvement, from several starts (the best kept). Each
 * seeds the cool-down and the warm-up (or not, or begins with one valuable candidate), fills the
 * main phase, the warm-up and the cool-down to their shares of the budget by the move with the
 * best gain per second (a new exercise, one more set of a chosen one, or more of its count), fills
 * what is left of the budget by the least costly moves, swaps chosen exercises for unused ones
 * while that raises the objective, repairs the fill one change at a time when greedy filling falls
 * short, {@linkplain #polish polishes} the whole routine by local search, and ends by {@linkplain
 * #resizeAll re-sizing} every item together. The starts after the first three each keep one
 * valuable candidate ({@link #pinned}) in their routine; they, and the local search, stop when
 * {@link #EFFORT} is spent.
 */
final class Composition {
  /** A budget left unfilled by more than this many seconds is reported as a shortfall. */
  static final int FILL_TOLERANCE = 10;

  /** How many candidates the search keeps per phase, and per focus area and phase. */
  static final int SHORTLIST = 40;

  /**
   * How many candidates a request takes from the exercises serving each focus area, and from the
   * whole catalog: a catalog (or an area) with more exercises than this is sampled in an order
   * drawn from the request's seed, so that composing costs about the same for a hundred thousand
   * exercises as for a thousand. The bundled catalog is far below it and always seen whole.
   */
  static final int SCAN = 200;

  private static final int PHASES = Phase.values().length;
  private static final int POSITIONS = Position.values().length;

  private static final List<MovementPattern> SPINE_DIRECTIONS =
      List.of(
          MovementPattern.SPINAL_FLEXION,
          MovementPattern.SPINAL_EXTENSION,
          MovementPattern.SPINAL_ROTATION,
          MovementPattern.SPINAL_LATERAL_FLEXION);

  private final Catalog catalog;
  private final ComposerSettings settings;
  private final ComposeRequest request;
  private final SafetyAssessment safety;
  private final int budget;
  /** Focus area ids with their weights, as asked for, from a goal, or balanced by default. */
  private final Map<String, Double> focus;
  /** Focus area ids with their weights' share of the total, summing to 1. */
  private final Map<String, Double> focusShare;
  /** Seconds of coverage each focus area aims at: its share of the main phase, at least a dose. */
  private final Map<String, Double> target = new HashMap<>();
  private final boolean balanced;
  private final boolean shortSession;
  private final List<Candidate> candidates;
  private final List<Item> items = new ArrayList<>();
  /** The ids of the exercises in the routine, and of those they replaced. */
  private final Set<String> used = new HashSet<>();
  /** Effective seconds each focus area has so far. */
  private final double[] coverage;
  /** The focus areas in the order of {@link #focusShare}, with their shares and targets by index. */
  private final String[] areaIds;
  private final double[] areaShare;
  private final double[] areaTarget;
  /** How many items move the spine in each of {@link #SPINE_DIRECTIONS}. */
  private final int[] directions = new int[SPINE_DIRECTIONS.size()];
  /** The sum of the items' own terms ({@link #itemTerms}). */
  private double terms;
  private int nextOrder;
  /** How many items each phase has in each position, by {@link #cell}: the transitions follow from it. */
  private final int[] cells = new int[PHASES * POSITIONS];
  /** The items' seconds of work, switches and rests. */
  private int work;

  /** An exercise in the routine: its phase, count per side and set, and number of sets. */
  static final class Item {
    final Candidate candidate;
    final Phase phase;
    final int order;
    int count;
    int sets;

    Item(Candidate candidate, Phase phase, int order, int count, int sets) {
      this.candidate = candidate;
      this.phase = phase;
      this.order = order;
      this.count = count;
      this.sets = sets;
    }
  }

  /** One step of the search: its cost in seconds and its gain in objective. */
  private static final class Move {
    final Candidate candidate;
    final Item item;
    final Phase phase;
    final int count;
    final int sets;
    final int seconds;
    final double gain;

    Move(Candidate candidate, Item item, Phase phase, int count, int sets, int seconds, double gain) {
      this.candidate = candidate;
      this.item = item;
      this.phase = phase;
      this.count = count;
      this.sets = sets;
      this.seconds = seconds;
      this.gain = gain;
    }

    double rate() {
      return gain / Math.max(1, seconds);
    }
  }

  Composition(
      Catalog catalog,
      ComposerSettings settings,
      ComposeRequest request,
      SafetyAssessment safety,
      Map<String, Double> focus,
      boolean balanced) {
    this.catalog = catalog;
    this.settings = settings;
    this.request = request;
    this.safety = safety;
    this.budget = request.budgetSeconds();
    this.focus = focus;
    this.balanced = balanced;
    this.shortSession = budget < settings.shortSessionSeconds();
    double total = focus.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> share = new LinkedHashMap<>();
    focus.forEach((area, weight) -> share.put(area, weight / total));
    this.focusShare = share;
    double mainSeconds = budget * (1 - warmUpShare() - coolDownShare());
    share.forEach((area, s) -> target.put(area, Math.max(settings.doseSeconds(), s * mainSeconds)));
    this.areaIds = share.keySet().toArray(new String[0]);
    this.areaShare = new double[areaIds.length];
    this.areaTarget = new double[areaIds.length];
    for (int j = 0; j < areaIds.length; j++) {
      areaShare[j] = share.get(areaIds[j]);
      areaTarget[j] = target.get(areaIds[j]);
    }
    this.coverage = new double[areaIds.length];
    this.candidates = candidates();
  }

  private double warmUpShare() {
    return shortSession ? 0 : settings.warmUpShare();
  }

  private double coolDownShare() {
    return budget < settings.coolDownFromSeconds() ? Math.min(0.1, settings.coolDownShare()) : settings.coolDownShare();
  }

  /** Whether some safe, admissible exercise serves a focus area. */
  boolean servesAnyFocus() {
    return candidates.stream().anyMatch(c -> !c.primaryFocus.isEmpty() || !c.secondaryFocus.isEmpty());
  }

  ComposeResult compose() {
    if (candidates.isEmpty()) {
      return infeasible(Message.of(MessageCode.INFEASIBLE_NOTHING_SAFE), unserved());
    }
    // Three starts: seeding both outer phases lets the main phase flow from the one into the
    // other; seeding only the cool-down, or neither, avoids a warm-up whose position would shut
    // the main phase out. Then, while the search's effort lasts, starts that begin with one
    // candidate each, the most valuable first. The best routine of all is kept.
    effort = EFFORT;
    List<Runnable> starts = new ArrayList<>();
    boolean coolDownDue = budget >= settings.coolDownFromSeconds();
    starts.add(() -> search(coolDownDue, true));
    if (coolDownDue) {
      starts.add(() -> search(true, false));
    }
    starts.add(() -> search(false, false));
    List<Candidate> byWorth = new ArrayList<>(candidates);
    byWorth.sort(Comparator.comparingDouble((Candidate c) -> -worth(c)).thenComparing(Candidate::id));
    for (Candidate c : byWorth) {
      for (Phase phase : c.exercise.phases()) {
        starts.add(() -> {
          include(new Item(c, phase, nextOrder++, c.exercise.dosage().defaultCount(), 1));
          pinned = c;
          search(false, false);
          pinned = null;
        });
      }
    }
    List<Item> best = null;
    double[] bestKey = null;
    for (int start = 0; start < starts.size(); start++) {
      boolean promisesKept = bestKey != null && bestKey[0] == (coolDownDue ? 2 : 0) && bestKey[1] == 1;
      if (start > 0 && effort <= 0 && (start >= 3 || promisesKept)) {
        break;
      }
      reset();
      int before = looked;
      startLooked = looked;
      starts.get(start).run();
      effort -= looked - before;
      double[] key = key();
      if (bestKey == null || compare(key, bestKey) > 0) {
        bestKey = key;
        best = copy(items);
      }
    }
    reset();
    best.forEach(this::include);
    if (items.isEmpty()) {
      return infeasible(Message.of(MessageCode.INFEASIBLE_TOO_SHORT, "seconds", budget), unserved());
    }
    RoutineComposer.Timeline timeline = timeline();
    int total = timeline.totalSeconds();
    Optional<Shortfall> shortfall =
        budget - total > FILL_TOLERANCE ? Optional.of(Shortfall.of(budget - total, shortfallLimit())) : Optional.empty();
    ImmutableList<UnservedFocus> unserved = balanced ? ImmutableList.of() : unserved();
    ImmutableList<Message> warnings = routineWarnings(unserved, shortfall);
    Routine routine =
        Routine.builder()
            .budgetSeconds(budget)
            .items(timeline.items())
            .warningMessages(warnings)
            .warnings(MessageRenderer.of(catalog).renderAll(warnings))
            .focus(ImmutableMap.copyOf(focus))
            .seed(request.seed())
            .build();
    return ComposeResult.of(routine, unserved, shortfall);
  }

  /** One start of the search: seeds, phase fills, the rest of the budget, local improvement. */
  private void search(boolean seedCoolDown, boolean seedWarmUp) {
    int warmUp = (int) Math.round(budget * warmUpShare());
    int coolDown = (int) Math.round(budget * coolDownShare());
    if (seedCoolDown) {
      seed(Phase.COOL_DOWN, coolDown);
    }
    if (seedWarmUp && warmUp > 0) {
      seed(Phase.WARM_UP, warmUp);
    }
    fill(Phase.MAIN, budget - warmUp - coolDown - 2 * settings.positionChangeSeconds());
    if (warmUp > 0) {
      fill(Phase.WARM_UP, warmUp);
    }
    fill(Phase.COOL_DOWN, coolDown);
    if (budget >= settings.coolDownFromSeconds() && !has(Phase.COOL_DOWN)) {
      seed(Phase.COOL_DOWN, budget - total());
    }
    if (budget >= settings.coolDownFromSeconds() && !has(Phase.WARM_UP)) {
      seed(Phase.WARM_UP, budget - total());
    }
    fillBudget();
    improve();
    fillBudget();
    if (budget - total() > FILL_TOLERANCE) {
      repairFill();
      fillBudget();
    }
    polish();
    fillBudget();
    resize();
  }

  /**
   * Local search over the whole routine by the best single change, repeated while one improves
   * on (a cool-down where one is due, the budget filled, the objective), in that order: resize an
   * item (any count and number of sets), drop one, add a candidate, or put a candidate in an
   * item's place. It spends the composition's {@link #EFFORT}, the
   * resizes, drops and additions first, so that large catalogs cost no more than small ones.
   */
  private void polish() {
    while (effort > 0) {
      int evaluations = 0;
      Step best = new Step(key());
      for (Item item : new ArrayList<>(items)) {
        evaluations += resizes(item, best);
        exclude(item);
        best.consider(this, () -> exclude(item));
        evaluations++;
        include(item);
      }
      for (Candidate c : candidates) {
        for (Phase phase : c.exercise.phases()) {
          if (feasible(c, phase, null)) {
            evaluations += additions(c, phase, null, best);
          }
        }
      }
      if (best.change == null) {
        for (Item item : new ArrayList<>(items)) {
          exclude(item);
          for (Candidate c : candidates) {
            if (evaluations >= effort) {
              break;
            }
            if (feasible(c, item.phase, null)) {
              evaluations += additions(c, item.phase, item, best);
            }
          }
          include(item);
        }
      }
      effort -= evaluations;
      if (best.change == null && effort > 0) {
        effort -= pairs(best);
      }
      if (best.change == null && effort > 0) {
        effort -= rebuilds(best);
      }
      if (best.change == null) {
        return;
      }
      best.change.run();
    }
  }

  /**
   * Two items changed together (each resized or dropped), for a budget too tight for either
   * change alone; returns the plans looked at.
   */
  private int pairs(Step best) {
    List<Item> plan = new ArrayList<>(items);
    int looked = 0;
    for (int i = 0; i < plan.size() && looked < effort; i++) {
      Item a = plan.get(i);
      int countA = a.count;
      int setsA = a.sets;
      for (int[] optionA : options(a)) {
        apply(a, optionA);
        for (int j = i + 1; j < plan.size(); j++) {
          Item b = plan.get(j);
          int countB = b.count;
          int setsB = b.sets;
          for (int[] optionB : options(b)) {
            apply(b, optionB);
            best.consider(this, () -> {
              apply(a, optionA);
              apply(b, optionB);
            });
            looked++;
            undo(b, optionB, countB, setsB);
          }
        }
        undo(a, optionA, countA, setsA);
      }
    }
    return looked;
  }

  /** An item's other sizes as {count, sets}, and its removal as {0, 0}. */
  private List<int[]> options(Item item) {
    List<int[]> options = new ArrayList<>();
    options.add(new int[] {0, 0});
    int room = budget - total() + item.candidate.workSeconds(item.count, item.sets, settings);
    for (int s = 1; s <= item.candidate.exercise.dosage().maxSets(); s++) {
      for (int n : counts(item.candidate, s, room)) {
        if (n != item.count || s != item.sets) {
          options.add(new int[] {n, s});
        }
      }
    }
    return options;
  }

  private void apply(Item item, int[] option) {
    if (option[0] == 0) {
      exclude(item);
    } else {
      change(item, option[0], option[1]);
    }
  }

  private void undo(Item item, int[] option, int count, int sets) {
    if (option[0] == 0) {
      include(item);
    } else {
      change(item, count, sets);
    }
  }

  /**
   * Changes of several items at once, for when no single change helps (a tight budget, say): drop
   * an item, add a candidate, or put a candidate in an item's place, then shrink what no longer
   * fits and fill what is left as {@link #fillBudget} does. Returns the plans looked at, counting
   * each refill as one per candidate.
   */
  private int rebuilds(Step best) {
    List<Item> start = copy(items);
    int looked = 0;
    List<Runnable> starts = new ArrayList<>();
    for (int i = 0; i < start.size(); i++) {
      int index = i;
      starts.add(() -> exclude(items.get(index)));
    }
    for (Candidate c : candidates) {
      for (Phase phase : c.exercise.phases()) {
        starts.add(() -> {
          if (feasible(c, phase, null)) {
            include(new Item(c, phase, nextOrder++, c.exercise.dosage().defaultCount(), 1));
          }
        });
      }
    }
    for (int i = 0; i < start.size(); i++) {
      int index = i;
      for (Candidate c : candidates) {
        starts.add(() -> {
          Item out = items.get(index);
          exclude(out);
          if (feasible(c, out.phase, null)) {
            include(new Item(c, out.phase, out.order, c.exercise.dosage().defaultCount(), 1));
          } else {
            include(out);
          }
        });
      }
    }
    // The most valuable plans found, whatever their fill, are re-sized together afterwards.
    List<List<Item>> promising = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Runnable first : starts) {
      if (looked >= effort) {
        break;
      }
      restore(start);
      first.run();
      int before = this.looked;
      fillBudget();
      looked += 1 + this.looked - before;
      List<Item> result = copy(items);
      best.consider(this, () -> restore(result));
      double value = objective();
      int at = 0;
      while (at < values.size() && values.get(at) >= value) {
        at++;
      }
      if (at < RESIZED) {
        promising.add(at, result);
        values.add(at, value);
        if (promising.size() > RESIZED) {
          promising.remove(RESIZED);
          values.remove(RESIZED);
        }
      }
    }
    for (List<Item> plan : promising) {
      restore(plan);
      int before = this.looked;
      resize();
      looked += this.looked - before;
      List<Item> result = copy(items);
      best.consider(this, () -> restore(result));
    }
    restore(start);
    return looked;
  }

  /**
   * Re-sizes the items chosen, together: the count and sets of every item, or its removal, that
   * give the best objective with the budget filled to within {@link #FILL_TOLERANCE} (and the
   * warm-up and cool-down kept where they are due), or failing that the fullest routine; found by
   * dynamic programming over the items in routine order, the state being the seconds used, which
   * outer phases are in, and the position of the last item kept, so that the transitions are exact. The
   * area terms are worked out along each partial plan (exact for the plan found, though the
   * concave terms make the programme a close approximation of the best). The items are changed
   * (or taken out) as found, and what is left of the budget {@linkplain #fillBudget filled}; the
   * work is counted in {@link #looked}. Returns whether a plan within the budget was found (the
   * routine is unchanged if not).
   */
  private boolean resizeAll() {
    int k = items.size();
    if (k == 0) {
      return false;
    }
    List<Item> plan = ordered(items);
    int a = areaIds.length;
    // the outer phases the routine must keep: bit 0 a cool-down, bit 1 a warm-up
    int keep = budget < settings.coolDownFromSeconds() ? 0 : (has(Phase.COOL_DOWN) ? 1 : 0) | (has(Phase.WARM_UP) ? 2 : 0);
    // Seconds are counted in units of `unit`, rounded up, so that long budgets keep the programme
    // small; below ten minutes a unit is a second and the programme is exact in time.
    int unit = Math.max(1, (budget + DP_SECONDS - 1) / DP_SECONDS);
    int capacity = budget / unit;
    // options[i]: {count, sets, units}, the first being the item's removal
    int[][][] options = new int[k][][];
    for (int i = 0; i < k; i++) {
      Candidate c = plan.get(i).candidate;
      List<int[]> list = new ArrayList<>();
      list.add(new int[] {0, 0, 0});
      for (int sets = 1; sets <= c.exercise.dosage().maxSets(); sets++) {
        for (int n : counts(c, sets, budget)) {
          int units = (c.workSeconds(n, sets, settings) + unit - 1) / unit;
          if (units <= capacity && list.size() < 256) {
            list.add(new int[] {n, sets, units});
          }
        }
      }
      options[i] = list.toArray(new int[0][]);
    }
    int setupUnits = (settings.setupSeconds() + unit - 1) / unit;
    int changeUnits = (settings.positionChangeSeconds() + unit - 1) / unit;
    // state = (units * 4 + the outer phases in, as in `keep`) * LAST + (position of the last item kept, or none);
    // only the states reached are visited
    int last = POSITIONS + 1;
    int states = (capacity + 1) * 4 * last;
    if (dpValue == null || dpValue.length < states) {
      dpValue = new double[states];
      dpNext = new double[states];
      dpCover = new double[states][];
      dpNextCover = new double[states][];
      dpActive = new int[states];
      dpNextActive = new int[states];
      dpFrom = new int[states];
      dpOption = new int[states];
      java.util.Arrays.fill(dpValue, Double.NEGATIVE_INFINITY);
      java.util.Arrays.fill(dpNext, Double.NEGATIVE_INFINITY);
    }
    double[] value = dpValue;
    double[] next = dpNext;
    double[][] cover = dpCover;
    double[][] nextCover = dpNextCover;
    int[] active = dpActive;
    int[] nextActive = dpNextActive;
    int[] fromState = dpFrom;
    int[] option = dpOption;
    int reached = 1;
    active[0] = POSITIONS;
    value[POSITIONS] = 0;
    cover[POSITIONS] = new double[a];
    // layers[i]: the states reached at item i, each as (state << 32 | the state it came from << 8
    // | the option taken), sorted
    long[][] layers = new long[k][];
    int work = 0;
    double perTransitionSecond = settings.transitionWeight() / budget;
    int setupSeconds = settings.setupSeconds();
    int changeSeconds = settings.positionChangeSeconds();
    for (int i = 0; i < k; i++) {
      Item item = plan.get(i);
      Candidate c = item.candidate;
      int position = c.position.ordinal();
      int outer = item.phase == Phase.COOL_DOWN ? 1 : item.phase == Phase.WARM_UP ? 2 : 0;
      double[] weight = new double[a];
      for (int j : c.secondaryIndex) {
        weight[j] = settings.secondaryTargetValue();
      }
      for (int j : c.primaryIndex) {
        weight[j] = 1;
      }
      int nextReached = 0;
      int[][] opts = options[i];
      for (int r = 0; r < reached; r++) {
        int state = active[r];
        int lastPosition = state % last;
        int flag = state / last % 4;
        int units = state / last / 4;
        int transition = lastPosition == POSITIONS ? 0 : lastPosition == position ? setupUnits : changeUnits;
        int transitionSeconds = lastPosition == POSITIONS ? 0 : lastPosition == position ? setupSeconds : changeSeconds;
        for (int o = c == pinned ? 1 : 0; o < opts.length; o++) {
          int[] opt = opts[o];
          double v = value[state];
          double[] cov = cover[state];
          int target;
          work++;
          if (opt[0] == 0) {
            target = state;
          } else {
            int to = units + opt[2] + transition;
            if (to > capacity) {
              continue;
            }
            v += itemTerms(c, item.phase, opt[0], opt[1]) - perTransitionSecond * transitionSeconds;
            double eff = effective(c, opt[0], opt[1]);
            cov = cov.clone();
            for (int j = 0; j < a; j++) {
              if (weight[j] != 0) {
                v += areaValue(j, cov[j] + eff * weight[j]) - areaValue(j, cov[j]);
                cov[j] += eff * weight[j];
              }
            }
            target = (to * 4 + (flag | outer)) * last + position;
          }
          if (next[target] == Double.NEGATIVE_INFINITY) {
            nextActive[nextReached++] = target;
          }
          if (v > next[target] + 1e-12) {
            next[target] = v;
            nextCover[target] = cov;
            fromState[target] = state;
            option[target] = o;
          }
        }
      }
      clear(value, cover, active, reached);
      long[] layer = new long[nextReached];
      for (int r = 0; r < nextReached; r++) {
        int target = nextActive[r];
        layer[r] = (long) target << 32 | (long) fromState[target] << 8 | option[target];
      }
      java.util.Arrays.sort(layer);
      layers[i] = layer;
      double[] swapValue = value;
      value = next;
      next = swapValue;
      double[][] swapCover = cover;
      cover = nextCover;
      nextCover = swapCover;
      int[] swapActive = active;
      active = nextActive;
      nextActive = swapActive;
      reached = nextReached;
    }
    looked += work / DP_WORK;
    // the best end: filled by value, else the fullest
    int best = -1;
    for (int r = 0; r < reached; r++) {
      int state = active[r];
      if ((state / last % 4 & keep) != keep) {
        continue;
      }
      int seconds = state / last / 4 * unit;
      int bestSeconds = best / last / 4 * unit;
      boolean filled = budget - seconds <= FILL_TOLERANCE;
      boolean bestFilled = best >= 0 && budget - bestSeconds <= FILL_TOLERANCE;
      if (best < 0
          || filled && !bestFilled
          || filled && value[state] > value[best] + 1e-12
          || !filled && !bestFilled && (seconds > bestSeconds || seconds == bestSeconds && value[state] > value[best] + 1e-12)) {
        best = state;
      }
    }
    if (best < 0) {
      clear(value, cover, active, reached);
      return false;
    }
    int[][] sizes = new int[k][];
    for (int i = k - 1, state = best; i >= 0; i--) {
      long[] layer = layers[i];
      int lo = 0;
      int hi = layer.length - 1;
      while (layer[(lo + hi) >>> 1] >>> 32 != state) {
        if (layer[(lo + hi) >>> 1] >>> 32 < state) {
          lo = ((lo + hi) >>> 1) + 1;
        } else {
          hi = ((lo + hi) >>> 1) - 1;
        }
      }
      long entry = layer[(lo + hi) >>> 1];
      sizes[i] = options[i][(int) (entry & 0xff)];
      state = (int) (entry >>> 8 & 0xffffff);
    }
    clear(value, cover, active, reached);
    double[] before = key();
    for (int i = 0; i < k; i++) {
      Item item = plan.get(i);
      if (sizes[i][0] == 0) {
        exclude(item);
      } else {
        change(item, sizes[i][0], sizes[i][1]);
      }
    }
    fillBudget();
    return true;
  }

  /** Resets the first {@code reached} states of {@code active} to not reached, for the next use. */
  private static void clear(double[] value, double[][] cover, int[] active, int reached) {
    for (int r = 0; r < reached; r++) {
      value[active[r]] = Double.NEGATIVE_INFINITY;
      cover[active[r]] = null;
    }
  }

  /** {@link #resizeAll} if that improves the routine's {@link #key}; returns the work done. */
  private int resize() {
    int before = looked;
    double[] key = key();
    List<Item> kept = copy(items);
    if (resizeAll() && (total() > budget || compare(key(), key) <= 0)) {
      restore(kept);
    }
    return looked - before;
  }

  /** Makes {@code plan} the routine. */
  private void restore(List<Item> plan) {
    reset();
    for (Item item : plan) {
      include(new Item(item.candidate, item.phase, item.order, item.count, item.sets));
      nextOrder = Math.max(nextOrder, item.order + 1);
    }
  }

  /**
   * How many plans the local search of one composition looks at, in all its starts: enough for
   * several starts on a small request, one on a large one, so that the search's cost is bounded
   * whatever the catalog.
   */
  static final int EFFORT = 20_000;

  /** Buffers of {@link #resizeAll}, kept between calls; values not reached are minus infinity. */
  private double @Nullable [] dpValue;
  private double[] dpNext;
  private double[][] dpCover;
  private double[][] dpNextCover;
  private int[] dpActive;
  private int[] dpNextActive;
  private int[] dpFrom;
  private int[] dpOption;

  /** The seconds of budget above which {@link #resizeAll} counts time in coarser units. */
  private static final int DP_SECONDS = 600;

  /**
   * How many partial plans of {@link #resizeAll} count as one plan looked at, for the accounting
   * of {@link #EFFORT}: a partial plan adds one item's terms, where a plan looked at is worked out
   * whole.
   */
  private static final int DP_WORK = 8;

  /** How many of the plans that {@link #rebuilds} finds are {@linkplain #resize re-sized}. */
  private static final int RESIZED = 3;

  /** What is left of {@link #EFFORT} in this composition. */
  private int effort;

  /** How many moves the greedy steps have looked at, for the accounting of {@link #EFFORT}. */
  private int looked;

  /** {@link #looked} when the current start began. */
  private int startLooked;

  /**
   * The candidate a start began with, which its search keeps in the routine, so that each such
   * start explores routines around a different exercise; null for the other starts.
   */
  private @Nullable Candidate pinned;

  /** Whether the routine holds the {@link #pinned} candidate, if there is one. */
  private boolean keepsPin() {
    if (pinned == null) {
      return true;
    }
    for (Item item : items) {
      if (item.candidate == pinned) {
        return true;
      }
    }
    return false;
  }

  /** The best change found so far in one step of local search. */
  private static final class Step {
    double[] key;
    Runnable change;

    Step(double[] key) {
      this.key = key;
    }

    /** Records {@code change}, which leads to the current plan, if that plan is the best so far. */
    void consider(Composition composition, Runnable change) {
      if (composition.total() > composition.budget || !composition.keepsPin()) {
        return;
      }
      double[] key = composition.key();
      boolean better = key[0] != this.key[0] ? key[0] > this.key[0]
          : key[1] != this.key[1] ? key[1] > this.key[1]
          : key[2] > this.key[2] + 1e-9;
      if (better) {
        this.key = key;
        this.change = change;
      }
    }
  }

  /**
   * What a plan is worth to the search, compared in this order: the warm-up and cool-down where
   * due ({@link #frame}), the budget filled, the objective.
   */
  private double[] key() {
    return new double[] {frame(), budget - total() <= FILL_TOLERANCE ? 1 : 0, objective()};
  }

  /** Counts for a resize or a new item: every count of a narrow range, else a few and the largest that fits. */
  private List<Integer> counts(Candidate c, int sets, int room) {
    Dosage d = c.exercise.dosage();
    List<Integer> counts = new ArrayList<>();
    if (d.max() - d.min() <= 8) {
      for (int n = d.min(); n <= d.max(); n++) {
        counts.add(n);
      }
      return counts;
    }
    counts.add(d.min());
    counts.add(d.defaultCount());
    counts.add(d.max());
    int n = d.min();
    while (n < d.max() && c.workSeconds(n + 1, sets, settings) <= room) {
      n++;
    }
    if (!counts.contains(n)) {
      counts.add(n);
    }
    return counts;
  }

  /** Tries every other count and number of sets of {@code item}; returns the plans looked at. */
  private int resizes(Item item, Step best) {
    int count = item.count;
    int sets = item.sets;
    int room = budget - total() + item.candidate.workSeconds(count, sets, settings);
    int looked = 0;
    for (int s = 1; s <= item.candidate.exercise.dosage().maxSets(); s++) {
      for (int n : counts(item.candidate, s, room)) {
        if (n == count && s == sets) {
          continue;
        }
        change(item, n, s);
        int fn = n;
        int fs = s;
        best.consider(this, () -> change(item, fn, fs));
        looked++;
      }
    }
    change(item, count, sets);
    return looked;
  }

  /**
   * Tries {@code c} in {@code phase} at each count and number of sets, in {@code replacing}'s
   * place when that is given (the caller has taken it out); returns the plans looked at.
   */
  private int additions(Candidate c, Phase phase, @Nullable Item replacing, Step best) {
    int room = budget - total();
    int looked = 0;
    for (int s = 1; s <= c.exercise.dosage().maxSets(); s++) {
      for (int n : counts(c, s, room)) {
        Item added = new Item(c, phase, replacing != null ? replacing.order : nextOrder, n, s);
        include(added);
        int fn = n;
        int fs = s;
        best.consider(
            this,
            () -> {
              if (replacing != null) {
                exclude(replacing);
              }
              include(new Item(c, phase, replacing != null ? replacing.order : nextOrder++, fn, fs));
            });
        exclude(added);
        looked++;
      }
    }
    return looked;
  }

  /**
   * When greedy filling leaves more than the tolerance unfilled, searches one change at a time
   * (resize an item, add an exercise, or swap one for another) for the one that fills the most,
   * the objective breaking ties, until the budget is filled or no change fills more.
   */
  private void repairFill() {
    for (int round = 0; round < 100; round++) {
      int total = total();
      if (budget - total <= FILL_TOLERANCE) {
        return;
      }
      int[] bestTotal = {total};
      double[] bestValue = {objective()};
      Runnable[] best = {null};
      for (Item item : new ArrayList<>(items)) {
        Dosage d = item.candidate.exercise.dosage();
        int count = item.count;
        int sets = item.sets;
        int room = budget - total + item.candidate.workSeconds(count, sets, settings);
        for (int s = 1; s <= d.maxSets(); s++) {
          // the largest count of s sets that fits the item's time plus the gap, and one less
          int n = d.min();
          while (n < d.max() && item.candidate.workSeconds(n + 1, s, settings) <= room) {
            n++;
          }
          for (int m = Math.max(d.min(), n - 1); m <= n; m++) {
            change(item, m, s);
            int fs = s;
            int fm = m;
            consider(bestTotal, bestValue, best, () -> change(item, fm, fs));
            change(item, count, sets);
          }
        }
      }
      // a candidate added, and every item re-sized with it
      List<Item> now = copy(items);
      for (Phase phase : Phase.values()) {
        for (Candidate c : candidates) {
          if (looked - startLooked >= EFFORT || !feasible(c, phase, null)) {
            continue;
          }
          include(new Item(c, phase, nextOrder, c.exercise.dosage().min(), 1));
          if (resizeAll()) {
            List<Item> result = copy(items);
            consider(bestTotal, bestValue, best, () -> restore(result));
          }
          restore(now);
        }
      }
      for (Phase phase : Phase.values()) {
        for (Candidate c : candidates) {
          if (!feasible(c, phase, null)) {
            continue;
          }
          Dosage d = c.exercise.dosage();
          for (int s = 1; s <= d.maxSets(); s++) {
            for (int n : new int[] {d.min(), d.defaultCount(), d.max()}) {
              Item added = new Item(c, phase, nextOrder, n, s);
              include(added);
              consider(bestTotal, bestValue, best, () -> include(new Item(c, phase, nextOrder++, added.count, added.sets)));
              exclude(added);
            }
          }
        }
      }
      if (best[0] == null && items.size() <= 12) {
        resizePairs(bestTotal, bestValue, best);
      }
      if (best[0] == null) {
        for (Item item : new ArrayList<>(items)) {
          exclude(item);
          for (Candidate c : candidates) {
            if (!feasible(c, item.phase, null)) {
              continue;
            }
            Dosage d = c.exercise.dosage();
            for (int s = 1; s <= d.maxSets(); s++) {
              for (int n : new int[] {d.min(), d.defaultCount(), d.max()}) {
                Item swapped = new Item(c, item.phase, item.order, n, s);
                include(swapped);
                consider(bestTotal, bestValue, best, () -> {
                  exclude(item);
                  include(new Item(c, item.phase, item.order, swapped.count, swapped.sets));
                });
                exclude(swapped);
              }
            }
          }
          include(item);
        }
      }
      if (best[0] == null) {
        return;
      }
      best[0].run();
    }
  }

  /**
   * Resizes two items at once: every count and sets of the one (a few counts when its range is
   * wide), and the largest count of each number of sets of the other that then fits; for the small
   * routines where one change at a time cannot close the gap.
   */
  private void resizePairs(int[] bestTotal, double[] bestValue, Runnable[] best) {
    for (Item a : new ArrayList<>(items)) {
      Dosage da = a.candidate.exercise.dosage();
      int countA = a.count;
      int setsA = a.sets;
      List<Integer> counts = new ArrayList<>();
      if (da.max() - da.min() <= 10) {
        for (int n = da.min(); n <= da.max(); n++) {
          counts.add(n);
        }
      } else {
        counts.addAll(List.of(da.min(), da.defaultCount(), da.max()));
      }
      for (int sa = 1; sa <= da.maxSets(); sa++) {
        for (int na : counts) {
          change(a, na, sa);
          for (Item b : new ArrayList<>(items)) {
            if (b == a) {
              continue;
            }
            Dosage db = b.candidate.exercise.dosage();
            int countB = b.count;
            int setsB = b.sets;
            int room = budget - total() + b.candidate.workSeconds(countB, setsB, settings);
            for (int sb = 1; sb <= db.maxSets(); sb++) {
              int nb = db.min();
              while (nb < db.max() && b.candidate.workSeconds(nb + 1, sb, settings) <= room) {
                nb++;
              }
              change(b, nb, sb);
              int fa = na;
              int fsa = sa;
              int fb = nb;
              int fsb = sb;
              consider(bestTotal, bestValue, best, () -> {
                change(a, fa, fsa);
                change(b, fb, fsb);
              });
              change(b, countB, setsB);
            }
          }
          change(a, countA, setsA);
        }
      }
    }
  }

  /** Records {@code change} as the best so far if the current plan fills more (or as much, better). */
  private void consider(int[] bestTotal, double[] bestValue, Runnable[] best, Runnable change) {
    looked++;
    int total = total();
    boolean filled = budget - total <= FILL_TOLERANCE;
    if (total > budget || !filled && total < bestTotal[0] || !keepsPin()) {
      return;
    }
    double value = objective();
    boolean bestFilled = budget - bestTotal[0] <= FILL_TOLERANCE;
    if (filled && !bestFilled
        || filled && value > bestValue[0] + 1e-12
        || !bestFilled && (total > bestTotal[0] || value > bestValue[0] + 1e-12)) {
      bestTotal[0] = total;
      bestValue[0] = value;
      best[0] = change;
    }
  }

  /**
   * How many of the outer phases a routine must have where it can the routine has: from {@code
   * coolDownFromSeconds}, a warm-up and a cool-down (0 for shorter budgets).
   */
  private int frame() {
    if (budget < settings.coolDownFromSeconds()) {
      return 0;
    }
    return (has(Phase.WARM_UP) ? 1 : 0) + (has(Phase.COOL_DOWN) ? 1 : 0);
  }

  /** Whether some item of the routine is in {@code phase}. */
  private boolean has(Phase phase) {
    for (Item item : items) {
      if (item.phase == phase) {
        return true;
      }
    }
    return false;
  }

  private static int compare(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      int c = Double.compare(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static List<Item> copy(List<Item> plan) {
    List<Item> copy = new ArrayList<>();
    for (Item item : plan) {
      copy.add(new Item(item.candidate, item.phase, item.order, item.count, item.sets));
    }
    return copy;
  }

  /** Empties the routine and its sums. */
  private void reset() {
    items.clear();
    used.clear();
    java.util.Arrays.fill(coverage, 0);
    java.util.Arrays.fill(directions, 0);
    terms = 0;
    nextOrder = 0;
    java.util.Arrays.fill(cells, 0);
    work = 0;
  }

  // ---------------------------------------------------------------- candidates

  /**
   * The candidates: every exercise of the catalog, or of a large catalog a seeded sample (see
   * {@link #SCAN}), that is safe for the request (as itself, in a declared safer form, or through
   * a safe easier variation that stands in for it), admitted by its filters, and not excluded;
   * then the {@linkplain #shortlist shortlist} of them.
   */
  private List<Candidate> candidates() {
    ImmutableSet<String> preferredTags =
        request.goal().map(g -> catalog.goalMap().get(g).preferredTags()).orElse(ImmutableSet.of());
    Map<String, Set<String>> inside = new LinkedHashMap<>();
    focusShare.keySet().forEach(area -> inside.put(area, catalog.selfAndDescendants(area)));
    Map<String, Integer> recentIndex = new HashMap<>();
    for (int i = request.recent().size() - 1; i >= 0; i--) {
      recentIndex.put(request.recent().get(i), i);
    }
    Set<String> seen = new HashSet<>();
    List<Candidate> result = new ArrayList<>();
    java.util.function.Predicate<Exercise> take =
        original -> {
          if (!seen.add(original.id())) {
            return false;
          }
          Candidate c = candidate(original, inside, recentIndex, preferredTags);
          if (c != null) {
            result.add(c);
          }
          return c != null;
        };
    // Those serving each focus area first, then any, so that the warm-up and cool-down have
    // candidates too.
    for (String area : focusShare.keySet()) {
      scan(catalog.exercisesTargeting(area).asList(), area, take);
    }
    scan(catalog.exercises().asList(), "", take);
    result.sort(Comparator.comparing(Candidate::id));
    return shortlist(result);
  }

  /**
   * Offers {@code exercises} to {@code take}: all of them when there are no more than {@link
   * #SCAN}, otherwise in an order drawn from the request's seed until {@code SCAN} have been
   * taken or {@code 8 * SCAN} offered.
   */
  private void scan(List<Exercise> exercises, String salt, java.util.function.Predicate<Exercise> take) {
    int n = exercises.size();
    if (n <= SCAN) {
      exercises.forEach(take::test);
      return;
    }
    long mixed = mix(request.seed() * 31 + salt.hashCode());
    int start = (int) Math.floorMod(mixed, (long) n);
    int stride = coprimeStride(n, mixed >>> 32);
    int taken = 0;
    for (int offered = 0, i = start; offered < n && offered < 8 * SCAN && taken < SCAN; offered++) {
      if (take.test(exercises.get(i))) {
        taken++;
      }
      i = (int) ((i + (long) stride) % n);
    }
  }

  /** A step in [1, n) that visits every index of a list of {@code n} once. */
  private static int coprimeStride(int n, long random) {
    int stride = 1 + (int) Math.floorMod(random, (long) (n - 1));
    while (gcd(stride, n) != 1) {
      stride = stride % (n - 1) + 1;
    }
    return stride;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** SplitMix64's finaliser: a well-spread 64-bit value from any input. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** {@code original} as a candidate for this request, or null if it is unsafe, filtered or excluded. */
  private @Nullable Candidate candidate(
      Exercise original,
      Map<String, Set<String>> inside,
      Map<String, Integer> recentIndex,
      ImmutableSet<String> preferredTags) {
    if (request.excluded().contains(original.id())) {
      return null;
    }
    ExerciseAssessment assessment = safety.of(original);
    if (assessment.verdict() == Verdict.EXCLUDED) {
      return null;
    }
    Exercise exercise = assessment.substituteId().map(catalog::exerciseOrThrow).orElse(original);
    if (request.excluded().contains(exercise.id())) {
      return null;
    }
    Position position = assessment.position(exercise);
    if (!admits(exercise, position) || (shortSession && exercise.kind() == ExerciseKind.STRENGTH_STABILITY)) {
      return null;
    }
    ImmutableSet.Builder<String> primary = ImmutableSet.builder();
    ImmutableSet.Builder<String> secondary = ImmutableSet.builder();
    for (Map.Entry<String, Set<String>> e : inside.entrySet()) {
      if (!Collections.disjoint(exercise.primaryTargets(), e.getValue())) {
        primary.add(e.getKey());
      } else if (!Collections.disjoint(exercise.secondaryTargets(), e.getValue())) {
        secondary.add(e.getKey());
      }
    }
    boolean preferred = false;
    for (String tag : exercise.tags()) {
      preferred |= preferredTags.contains(tag);
    }
    Integer recent = recentIndex.get(exercise.id());
    double recency = recent == null ? 0 : 1.0 / (1 + recent / 5.0);
    Candidate candidate =
        new Candidate(
            exercise,
            assessment.substituteId().isPresent() ? Optional.of(original) : Optional.empty(),
            position,
            assessment.warningMessages(),
            assessment.modificationNote(original),
            primary.build(),
            secondary.build(),
            familyOf(exercise, original),
            preference(exercise.id()),
            recency,
            preferred);
    candidate.primaryIndex = areaIndexes(candidate.primaryFocus);
    candidate.secondaryIndex = areaIndexes(candidate.secondaryFocus);
    return candidate;
  }

  /** The indexes in {@link #areaIds} of {@code areas}. */
  private int[] areaIndexes(Set<String> areas) {
    int[] indexes = new int[areas.size()];
    int i = 0;
    for (int j = 0; j < areaIds.length; j++) {
      if (areas.contains(areaIds[j])) {
        indexes[i++] = j;
      }
    }
    return indexes;
  }

  /**
   * Keeps, for each phase, the {@link #SHORTLIST} best candidates for each focus area and the
   * {@code SHORTLIST} best of all, by what a second of each is worth on its own (its focus
   * shares, the seeded preference, less cautions and recency): the search then costs the same
   * for a catalog of a thousand exercises as of a hundred thousand, and the bundled catalog keeps
   * nearly every candidate.
   */
  private List<Candidate> shortlist(List<Candidate> all) {
    if (all.size() <= SHORTLIST) {
      return all;
    }
    Map<Candidate, Double> worth = new HashMap<>();
    all.forEach(c -> worth.put(c, worth(c)));
    Comparator<Candidate> byWorth =
        Comparator.comparingDouble((Candidate c) -> -worth.get(c)).thenComparing(Candidate::id);
    Set<Candidate> kept = new java.util.LinkedHashSet<>();
    for (Phase phase : Phase.values()) {
      List<Candidate> inPhase = new ArrayList<>();
      for (Candidate c : all) {
        if (c.exercise.phases().contains(phase)) {
          inPhase.add(c);
        }
      }
      inPhase.sort(byWorth);
      kept.addAll(inPhase.subList(0, Math.min(SHORTLIST, inPhase.size())));
      for (String area : focusShare.keySet()) {
        int taken = 0;
        for (Candidate c : inPhase) {
          if (taken == SHORTLIST) {
            break;
          }
          if (c.primaryFocus.contains(area) || c.secondaryFocus.contains(area)) {
            kept.add(c);
            taken++;
          }
        }
      }
    }
    List<Candidate> result = new ArrayList<>(kept);
    result.sort(Comparator.comparing(Candidate::id));
    return result;
  }

  /** What a second of a candidate is worth on its own, for the shortlist. */
  private double worth(Candidate c) {
    double value = 0;
    for (String area : c.primaryFocus) {
      value += focusShare.get(area) / target.get(area);
    }
    for (String area : c.secondaryFocus) {
      value += settings.secondaryTargetValue() * focusShare.get(area) / target.get(area);
    }
    value += (settings.varietyWeight() * c.preference
            - (c.cautioned() ? settings.cautionWeight() : 0)
            - settings.recentWeight() * c.recency)
        / budget;
    return value;
  }

  private ImmutableSet<String> familyOf(Exercise exercise, Exercise original) {
    ImmutableMap<String, ImmutableSet<String>> families = catalog.families();
    if (exercise == original) {
      return families.getOrDefault(exercise.id(), ImmutableSet.of(exercise.id()));
    }
    return ImmutableSet.<String>builder()
        .addAll(families.getOrDefault(exercise.id(), ImmutableSet.of(exercise.id())))
        .addAll(families.getOrDefault(original.id(), ImmutableSet.of(original.id())))
        .build();
  }

  private boolean admits(Exercise exercise, Position position) {
    return exercise.difficulty().compareTo(request.level()) <= 0
        && request.equipment().containsAll(exercise.equipment())
        && request.positions().contains(position)
        && request.positions().contains(exercise.position())
        && !(request.noFloor() && exercise.needsFloor());
  }

  /** The request's seeded preference for an exercise, in [0, 1). */
  private double preference(String exerciseId) {
    // String.hashCode is specified by the language, so the preference is the same on every JVM.
    long hash = mix(mix(request.seed()) + exerciseId.hashCode());
    return (hash >>> 11) * 0x1.0p-53;
  }

  // ---------------------------------------------------------------- the objective

  /**
   * The objective of a plan of items (see {@link RoutineComposer}): focus coverage with
   * diminishing returns, the spine's directions for a balanced session, phase fit, seeded
   * variety and preferred tags, less transitions, cautions, recent exercises and the number of
   * exercises. Worked out from scratch; the search keeps the same sums incrementally.
   */
  double objective(List<Item> plan) {
    double[] coverage = new double[areaIds.length];
    int[] directions = new int[SPINE_DIRECTIONS.size()];
    double value = 0;
    for (Item item : plan) {
      addCoverage(coverage, item.candidate, effective(item.candidate, item.count, item.sets));
      value += itemTerms(item.candidate, item.phase, item.count, item.sets);
      countDirections(directions, item.candidate, 1);
    }
    for (int j = 0; j < coverage.length; j++) {
      value += areaValue(j, coverage[j]);
    }
    return value + spineValue(directions) - settings.transitionWeight() * transitionSeconds(plan) / budget;
  }

  /** The objective of the items chosen, from the sums kept as they change. */
  double objective() {
    double value = terms + spineValue(directions) - settings.transitionWeight() * transitions() / budget;
    for (int j = 0; j < coverage.length; j++) {
      value += areaValue(j, coverage[j]);
    }
    return value;
  }

  /**
   * An area's value: its share times its coverage over its target, counted in full up to the
   * target and at {@code overTargetValue} up to twice it.
   */
  private double areaValue(int area, double coverage) {
    double x = coverage / areaTarget[area];
    return areaShare[area] * (Math.min(x, 1) + settings.overTargetValue() * Math.min(Math.max(x - 1, 0), 1));
  }

  /**
   * Effective seconds of one item towards an area it serves as a primary target: on each side,
   * a set counts in full up to the exercise's default count and at {@code beyondDoseValue} past
   * it, and the sets together count in full up to {@code doseSeconds} and at {@code
   * beyondDoseValue} past it.
   */
  private double effective(Candidate c, int count, int sets) {
    Dosage d = c.exercise.dosage();
    double rho = settings.beyondDoseValue();
    double set = d.secondsFor(Math.min(count, d.defaultCount())) + rho * d.secondsFor(Math.max(count - d.defaultCount(), 0));
    double perSide = sets * set;
    double dose = settings.doseSeconds();
    return c.sides * (Math.min(perSide, dose) + rho * Math.max(perSide - dose, 0));
  }

  private void addCoverage(double[] into, Candidate c, double effective) {
    for (int area : c.primaryIndex) {
      into[area] += effective;
    }
    for (int area : c.secondaryIndex) {
      into[area] += settings.secondaryTargetValue() * effective;
    }
  }

  /** How the areas' value changes when {@code c}'s effective seconds change by {@code delta}. */
  private double coverageDelta(Candidate c, double delta) {
    double change = 0;
    for (int area : c.primaryIndex) {
      double now = coverage[area];
      change += areaValue(area, now + delta) - areaValue(area, now);
    }
    for (int area : c.secondaryIndex) {
      double now = coverage[area];
      change += areaValue(area, now + settings.secondaryTargetValue() * delta) - areaValue(area, now);
    }
    return change;
  }

  private void countDirections(int[] into, Candidate c, int sign) {
    for (int d = 0; d < SPINE_DIRECTIONS.size(); d++) {
      if (c.exercise.movementPatterns().contains(SPINE_DIRECTIONS.get(d))) {
        into[d] += sign;
      }
    }
  }

  private double spineValue(int[] counts) {
    if (!balanced) {
      return 0;
    }
    int covered = 0;
    for (int count : counts) {
      if (count > 0) {
        covered++;
      }
    }
    return settings.spineBalanceWeight() * covered;
  }

  /** How the spine term changes if {@code c} joins (+1) or leaves (-1). */
  private double spineDelta(Candidate c, int sign) {
    if (!balanced) {
      return 0;
    }
    int change = 0;
    for (int d = 0; d < SPINE_DIRECTIONS.size(); d++) {
      if (c.exercise.movementPatterns().contains(SPINE_DIRECTIONS.get(d))) {
        int after = directions[d] + sign;
        change += (after > 0 ? 1 : 0) - (directions[d] > 0 ? 1 : 0);
      }
    }
    return settings.spineBalanceWeight() * change;
  }

  /** The terms of one item that do not depend on the others. */
  private double itemTerms(Candidate c, Phase phase, int count, int sets) {
    double share = (double) c.workSeconds(count, sets, settings) / budget;
    double value = -settings.newExerciseWeight();
    value -= settings.transitionWeight() * c.pauseSeconds(sets, settings) / budget;
    if (phaseFits(c.exercise, phase)) {
      value += settings.phaseFitWeight() * share;
    }
    value += settings.varietyWeight() * c.preference * share;
    if (c.preferredTag) {
      value += settings.preferredTagWeight() * share;
    }
    if (c.cautioned()) {
      value -= settings.cautionWeight() * share;
    }
    value -= settings.recentWeight() * c.recency * share;
    return value;
  }

  private static boolean phaseFits(Exercise exercise, Phase phase) {
    switch (phase) {
      case WARM_UP:
        return exercise.kind() == ExerciseKind.DYNAMIC_MOBILITY;
      case COOL_DOWN:
        return exercise.kind() == ExerciseKind.RELAXATION || exercise.kind() == ExerciseKind.STATIC_STRETCH;
      default:
        return exercise.kind() == ExerciseKind.STATIC_STRETCH || exercise.kind() == ExerciseKind.STRENGTH_STABILITY;
    }
  }

  /** The gain of adding {@code c} to {@code phase}, without the transition into it. */
  private double addGain(Candidate c, Phase phase, int count, int sets) {
    return coverageDelta(c, effective(c, count, sets)) + itemTerms(c, phase, count, sets) + spineDelta(c, 1);
  }

  /** The gain of changing an item's count and sets. */
  private double changeGain(Item item, int count, int sets) {
    Candidate c = item.candidate;
    return coverageDelta(c, effective(c, count, sets) - effective(c, item.count, item.sets))
        + itemTerms(c, item.phase, count, sets)
        - itemTerms(c, item.phase, item.count, item.sets);
  }

  /** Adds an item to the routine and to the sums. */
  private void include(Item item) {
    items.add(item);
    used.add(item.candidate.id());
    item.candidate.replaced.ifPresent(r -> used.add(r.id()));
    addCoverage(coverage, item.candidate, effective(item.candidate, item.count, item.sets));
    terms += itemTerms(item.candidate, item.phase, item.count, item.sets);
    countDirections(directions, item.candidate, 1);
    cells[cell(item)]++;
    work += item.candidate.workSeconds(item.count, item.sets, settings);
  }

  /** Takes an item out of the routine and the sums. */
  private void exclude(Item item) {
    items.remove(item);
    used.remove(item.candidate.id());
    item.candidate.replaced.ifPresent(r -> used.remove(r.id()));
    addCoverage(coverage, item.candidate, -effective(item.candidate, item.count, item.sets));
    terms -= itemTerms(item.candidate, item.phase, item.count, item.sets);
    countDirections(directions, item.candidate, -1);
    cells[cell(item)]--;
    work -= item.candidate.workSeconds(item.count, item.sets, settings);
  }

  private static int cell(Item item) {
    return item.phase.ordinal() * POSITIONS + item.candidate.position.ordinal();
  }

  /** Seconds of setups and position changes between the items chosen, in routine order. */
  private int transitions() {
    int total = 0;
    int previous = -1;
    for (int i = 0; i < cells.length; i++) {
      int n = cells[i];
      if (n == 0) {
        continue;
      }
      int position = i % POSITIONS;
      if (previous >= 0) {
        total += previous == position ? settings.setupSeconds() : settings.positionChangeSeconds();
      }
      total += (n - 1) * settings.setupSeconds();
      previous = position;
    }
    return total;
  }

  /** The total the timeline of the items chosen will have. */
  private int total() {
    return work + transitions();
  }

  /** Changes an item's count and sets, in the routine and the sums. */
  private void change(Item item, int count, int sets) {
    Candidate c = item.candidate;
    addCoverage(coverage, c, effective(c, count, sets) - effective(c, item.count, item.sets));
    terms += itemTerms(c, item.phase, count, sets) - itemTerms(c, item.phase, item.count, item.sets);
    work += c.workSeconds(count, sets, settings) - c.workSeconds(item.count, item.sets, settings);
    item.count = count;
    item.sets = sets;
  }

  // ---------------------------------------------------------------- the search

  /**
   * Picks the first exercise of the cool-down (the lowest position first) or of the warm-up (the
   * highest first), so that the main phase can flow from the one into the other.
   */
  private void seed(Phase phase, int phaseBudget) {
    int direction = phase == Phase.COOL_DOWN ? 1 : -1;
    Move best = null;
    for (Candidate c : candidates) {
      if (!feasible(c, phase, null)) {
        continue;
      }
      Move move = newMove(c, phase, phaseBudget);
      if (move == null) {
        continue;
      }
      int rank = direction * c.position.flowRank();
      int bestRank = best == null ? 0 : direction * best.candidate.position.flowRank();
      if (best == null || rank > bestRank || (rank == bestRank && better(move, best))) {
        best = move;
      }
    }
    if (best != null) {
      apply(best);
    }
  }

  /** Adds the move with the best gain per second while one gains and fits in {@code phaseBudget}. */
  private void fill(Phase phase, int phaseBudget) {
    while (true) {
      Move best = null;
      for (Move move : moves(phase, phaseBudget - phaseSeconds(phase))) {
        if (move.gain > 0 && (best == null || better(move, best))) {
          best = move;
        }
      }
      if (best == null) {
        return;
      }
      apply(best);
    }
  }

  /**
   * Fills what is left of the budget: the move with the best gain per second that fits, even one
   * that costs objective, until none fits; the exact timing decides, and a move that overshoots
   * it is taken back.
   */
  private void fillBudget() {
    while (total() > budget) {
      shrink();
    }
    Set<String> refused = new HashSet<>();
    for (int round = 0; round < 10_000; round++) {
      int total = total();
      Move best = null;
      for (Phase phase : Phase.values()) {
        for (Move move : moves(phase, budget - total)) {
          if ((refused.isEmpty() || !refused.contains(key(move))) && (best == null || better(move, best))) {
            best = move;
          }
        }
      }
      if (best == null) {
        return;
      }
      Runnable undo = apply(best);
      if (total() > budget) {
        undo.run();
        refused.add(key(best));
      }
    }
  }

  /** Takes away the unit, set or item whose loss per second freed is least. */
  private void shrink() {
    Item bestItem = null;
    int bestCount = 0;
    int bestSets = 0;
    double bestRate = Double.POSITIVE_INFINITY;
    for (Item item : items) {
      Candidate c = item.candidate;
      int now = c.workSeconds(item.count, item.sets, settings);
      if (item.count > c.exercise.dosage().min()) {
        double rate = -changeGain(item, item.count - 1, item.sets) / (now - c.workSeconds(item.count - 1, item.sets, settings));
        if (rate < bestRate) {
          bestRate = rate;
          bestItem = item;
          bestCount = item.count - 1;
          bestSets = item.sets;
        }
      }
      if (item.sets > 1) {
        double rate = -changeGain(item, item.count, item.sets - 1) / (now - c.workSeconds(item.count, item.sets - 1, settings));
        if (rate < bestRate) {
          bestRate = rate;
          bestItem = item;
          bestCount = item.count;
          bestSets = item.sets - 1;
        }
      }
    }
    if (bestItem != null) {
      change(bestItem, bestCount, bestSets);
      return;
    }
    Item weakest = null;
    double weakestLoss = Double.POSITIVE_INFINITY;
    for (Item item : new ArrayList<>(items)) {
      exclude(item);
      double loss = addGain(item.candidate, item.phase, item.count, item.sets);
      include(item);
      if (loss < weakestLoss) {
        weakestLoss = loss;
        weakest = item;
      }
    }
    exclude(weakest);
  }

  /**
   * Local improvement: for each chosen exercise, the unused one that raises the objective most
   * when it takes its place at no more time, if any; repeated while something improves.
   */
  private void improve() {
    for (int pass = 0; pass < 2; pass++) {
      boolean improved = false;
      for (Item current : new ArrayList<>(items)) {
        if (current.candidate == pinned) {
          continue;
        }
        int total = total();
        int transitions = transitions();
        exclude(current);
        double keep = addGain(current.candidate, current.phase, current.count, current.sets);
        Item best = null;
        double bestGain = 1e-9;
        // The transitions with a replacement in the current item's place depend only on its
        // position: worked out once per position.
        Map<Position, Integer> extraFor = new EnumMap<>(Position.class);
        for (Candidate c : candidates) {
          if (!feasible(c, current.phase, null)) {
            continue;
          }
          for (Item replacement : replacementsFor(current, c)) {
            looked++;
            double gain = addGain(c, current.phase, replacement.count, replacement.sets) - keep;
            int extra = 0;
            if (c.position != current.candidate.position) {
              extra =
                  extraFor.computeIfAbsent(
                      c.position,
                      p -> {
                        int cell = current.phase.ordinal() * POSITIONS + p.ordinal();
                        cells[cell]++;
                        int with = transitions() - transitions;
                        cells[cell]--;
                        return with;
                      });
            }
            gain -= settings.transitionWeight() * extra / budget;
            int newTotal =
                total + extra
                    + c.workSeconds(replacement.count, replacement.sets, settings)
                    - current.candidate.workSeconds(current.count, current.sets, settings);
            if (gain > bestGain && newTotal <= budget) {
              bestGain = gain;
              best = replacement;
            }
          }
        }
        include(best != null ? best : current);
        improved |= best != null;
      }
      if (!improved) {
        return;
      }
    }
  }

  /**
   * {@code c} in {@code current}'s phase and place: for each number of sets, the largest count
   * that takes no more time than {@code current} (or its minimum).
   */
  private List<Item> replacementsFor(Item current, Candidate c) {
    int seconds = current.candidate.workSeconds(current.count, current.sets, settings);
    Dosage d = c.exercise.dosage();
    List<Item> result = new ArrayList<>();
    for (int sets = 1; sets <= d.maxSets(); sets++) {
      int count = d.min();
      while (count < d.max() && c.workSeconds(count + 1, sets, settings) <= seconds) {
        count++;
      }
      result.add(new Item(c, current.phase, current.order, count, sets));
      if (c.workSeconds(count, sets, settings) > seconds) {
        break;
      }
    }
    return result;
  }

  /** The moves in {@code phase} that fit in {@code room} seconds. */
  private List<Move> moves(Phase phase, int room) {
    List<Move> moves = new ArrayList<>();
    if (room <= 0) {
      return moves;
    }
    for (Item item : items) {
      if (item.phase != phase) {
        continue;
      }
      Candidate c = item.candidate;
      Dosage d = c.exercise.dosage();
      int now = c.workSeconds(item.count, item.sets, settings);
      if (item.sets < d.maxSets()) {
        int seconds = c.workSeconds(item.count, item.sets + 1, settings) - now;
        if (seconds <= room) {
          moves.add(new Move(null, item, phase, item.count, item.sets + 1, seconds, changeGain(item, item.count, item.sets + 1)));
        }
      }
      if (item.count < d.max()) {
        // Up to the next point where a unit's worth changes (the default count), or to the
        // maximum, as far as the room allows: one move instead of one per unit.
        int limit = item.count < d.defaultCount() ? d.defaultCount() : d.max();
        int count = item.count;
        while (count < limit && c.workSeconds(count + 1, item.sets, settings) - now <= room) {
          count++;
        }
        if (count > item.count) {
          int seconds = c.workSeconds(count, item.sets, settings) - now;
          moves.add(new Move(null, item, phase, count, item.sets, seconds, changeGain(item, count, item.sets)));
        }
        if (count > item.count + 1) {
          int seconds = c.workSeconds(item.count + 1, item.sets, settings) - now;
          moves.add(new Move(null, item, phase, item.count + 1, item.sets, seconds, changeGain(item, item.count + 1, item.sets)));
        }
      }
    }
    int lowest = Integer.MIN_VALUE;
    int highest = Integer.MAX_VALUE;
    for (Item item : items) {
      int order = item.phase.compareTo(phase);
      if (order < 0) {
        lowest = Math.max(lowest, item.candidate.position.flowRank());
      } else if (order > 0) {
        highest = Math.min(highest, item.candidate.position.flowRank());
      }
    }
    for (Candidate c : candidates) {
      int rank = c.position.flowRank();
      if (rank >= lowest && rank <= highest && c.exercise.phases().contains(phase)
          && java.util.Collections.disjoint(c.family, used)) {
        Move move = newMove(c, phase, room);
        looked++;
        if (move != null) {
          moves.add(move);
        }
      }
    }
    return moves;
  }

  /** Adding {@code c} to {@code phase} at its default count (or less, to fit), one set. */
  private Move newMove(Candidate c, Phase phase, int room) {
    Dosage d = c.exercise.dosage();
    int transition = transitionInto(c.position);
    int count = d.defaultCount();
    while (count > d.min() && c.workSeconds(count, 1, settings) + transition > room) {
      count--;
    }
    int seconds = c.workSeconds(count, 1, settings) + transition;
    if (seconds > room) {
      return null;
    }
    double gain = addGain(c, phase, count, 1) - settings.transitionWeight() * transition / budget;
    return new Move(c, null, phase, count, 1, seconds, gain);
  }

  /** Whether {@code a} is the better move: higher gain per second, then the smaller key. */
  private static boolean better(Move a, Move b) {
    if (Math.abs(a.rate() - b.rate()) > 1e-12) {
      return a.rate() > b.rate();
    }
    return key(a).compareTo(key(b)) < 0;
  }

  private static String key(Move m) {
    return (m.candidate != null ? m.candidate.id() : m.item.candidate.id()) + '/' + m.phase + '/' + m.sets + '/' + m.count;
  }

  /** Makes the move; returns what takes it back. */
  private Runnable apply(Move move) {
    if (move.candidate != null) {
      Item item = new Item(move.candidate, move.phase, nextOrder++, move.count, move.sets);
      include(item);
      return () -> exclude(item);
    }
    Item item = move.item;
    int count = item.count;
    int sets = item.sets;
    change(item, move.count, move.sets);
    return () -> change(item, count, sets);
  }

  /**
   * Whether {@code c} may join {@code phase}: it suits the phase, no member of its family is in
   * the routine, and its position keeps the whole routine flowing down: no higher than anything
   * in a later phase, no lower than anything in an earlier one.
   */
  private boolean feasible(Candidate c, Phase phase, Item ignoring) {
    if (!c.exercise.phases().contains(phase) || !java.util.Collections.disjoint(c.family, used)) {
      return false;
    }
    int rank = c.position.flowRank();
    for (Item item : items) {
      if (item == ignoring) {
        continue;
      }
      int other = item.candidate.position.flowRank();
      int order = item.phase.compareTo(phase);
      if ((order < 0 && other > rank) || (order > 0 && other < rank)) {
        return false;
      }
    }
    return true;
  }

  /** The transition before a new exercise in {@code position}: a setup if the routine has that position already. */
  private int transitionInto(Position position) {
    if (items.isEmpty()) {
      return 0;
    }
    for (Item item : items) {
      if (item.candidate.position == position) {
        return settings.setupSeconds();
      }
    }
    return settings.positionChangeSeconds();
  }

  private int phaseSeconds(Phase phase) {
    int seconds = 0;
    for (Item item : items) {
      if (item.phase == phase) {
        seconds += item.candidate.workSeconds(item.count, item.sets, settings) + settings.setupSeconds();
      }
    }
    return seconds;
  }

  // ---------------------------------------------------------------- timing

  /** The items in routine order: by phase, then position flow, then the order chosen. */
  static List<Item> ordered(List<Item> plan) {
    List<Item> ordered = new ArrayList<>(plan);
    ordered.sort(
        Comparator.comparing((Item i) -> i.phase)
            .thenComparingInt(i -> i.candidate.position.flowRank())
            .thenComparingInt(i -> i.order));
    return ordered;
  }

  /** Seconds of setups and position changes between the items of {@code plan}, in routine order. */
  private int transitionSeconds(List<Item> plan) {
    int total = 0;
    Position previous = null;
    for (Item item : ordered(plan)) {
      if (previous != null) {
        total += settings.transitionSeconds(previous, item.candidate.position);
      }
      previous = item.candidate.position;
    }
    return total;
  }

  /** The total the timeline of {@code plan} would have: work, switches, rests and transitions. */
  int plannedTotal(List<Item> plan) {
    int total = transitionSeconds(plan);
    for (Item item : plan) {
      total += item.candidate.workSeconds(item.count, item.sets, settings);
    }
    return total;
  }

  private RoutineComposer.Timeline timeline() {
    RoutineComposer.Timeline timeline = new RoutineComposer.Timeline(settings, MessageRenderer.of(catalog));
    for (Item item : ordered(items)) {
      timeline.add(
          item.candidate.exercise,
          item.candidate.position,
          item.phase,
          item.count,
          item.sets,
          targets(item.candidate),
          reason(item),
          item.candidate.warnings,
          item.candidate.modification);
    }
    return timeline;
  }

  /** The items chosen, for measuring the search against an exact solver. */
  List<Item> items() {
    return items;
  }

  /** The candidates, for measuring the search against an exact solver. */
  List<Candidate> candidateList() {
    return candidates;
  }

  private ImmutableList<String> targets(Candidate c) {
    if (!c.primaryFocus.isEmpty() || !c.secondaryFocus.isEmpty()) {
      return ImmutableList.<String>builder().addAll(c.primaryFocus).addAll(c.secondaryFocus).build();
    }
    return c.exercise.primaryTargets();
  }

  private Message reason(Item item) {
    List<String> served = new ArrayList<>(item.candidate.primaryFocus);
    served.addAll(item.candidate.secondaryFocus);
    MessageCode code =
        served.isEmpty()
            ? MessageCode.ITEM_REASON_ROUNDS_OUT
            : balanced ? MessageCode.ITEM_REASON_BALANCED : MessageCode.ITEM_REASON_FOCUS;
    List<String> areas = served.isEmpty() ? item.candidate.exercise.primaryTargets() : served;
    return Message.of(
        code, "phase", item.phase, "kind", item.candidate.exercise.kind(), "areas", areas, "sets", item.sets);
  }

  /** An infeasible result, worded for the catalog's locale. */
  private ComposeResult infeasible(Message reason, ImmutableList<UnservedFocus> unserved) {
    return ComposeResult.infeasible(MessageRenderer.of(catalog).render(reason), reason, unserved);
  }

  // ---------------------------------------------------------------- honest outcomes

  /** The focus areas no item serves, each with the limit that kept it out. */
  ImmutableList<UnservedFocus> unserved() {
    Set<String> served = new HashSet<>();
    for (Item item : items) {
      served.addAll(item.candidate.primaryFocus);
      served.addAll(item.candidate.secondaryFocus);
    }
    ImmutableList.Builder<UnservedFocus> result = ImmutableList.builder();
    for (String area : focusShare.keySet()) {
      if (!served.contains(area)) {
        result.add(UnservedFocus.of(area, limitFor(catalog.exercisesTargeting(area))));
      }
    }
    return result.build();
  }

  /**
   * The first filter that leaves none of {@code exercises}: the catalog, safety, level,
   * equipment, positions, exclusions; {@link Limit#TIME} if some pass them all.
   */
  private Limit limitFor(Set<Exercise> exercises) {
    if (exercises.isEmpty()) {
      return Limit.CATALOG;
    }
    Map<Limit, Integer> left = counts(exercises);
    for (Limit limit : List.of(Limit.SAFETY, Limit.LEVEL, Limit.EQUIPMENT, Limit.POSITION, Limit.EXCLUDED)) {
      if (left.get(limit) == 0) {
        return limit;
      }
    }
    return Limit.TIME;
  }

  /** How many of {@code exercises} are left after each filter in turn. */
  private Map<Limit, Integer> counts(Set<Exercise> exercises) {
    Map<Limit, Integer> left = new EnumMap<>(Limit.class);
    int safe = 0;
    int level = 0;
    int equipment = 0;
    int position = 0;
    int kept = 0;
    for (Exercise original : exercises) {
      ExerciseAssessment assessment = safety.of(original);
      if (assessment.verdict() == Verdict.EXCLUDED) {
        continue;
      }
      safe++;
      Exercise e = assessment.substituteId().map(catalog::exerciseOrThrow).orElse(original);
      if (e.difficulty().compareTo(request.level()) > 0) {
        continue;
      }
      level++;
      if (!request.equipment().containsAll(e.equipment())) {
        continue;
      }
      equipment++;
      Position p = assessment.position(e);
      if (!request.positions().contains(p) || !request.positions().contains(e.position())
          || (request.noFloor() && e.needsFloor())
          || (shortSession && e.kind() == ExerciseKind.STRENGTH_STABILITY)) {
        continue;
      }
      position++;
      if (request.excluded().contains(original.id()) || request.excluded().contains(e.id())) {
        continue;
      }
      kept++;
    }
    left.put(Limit.SAFETY, safe);
    left.put(Limit.LEVEL, level);
    left.put(Limit.EQUIPMENT, equipment);
    left.put(Limit.POSITION, position);
    left.put(Limit.EXCLUDED, kept);
    return left;
  }

  /**
   * Why the routine cannot fill its budget: the filter (safety, level, equipment, positions,
   * exclusions) that alone rules out the most exercises of the catalog; {@link Limit#CATALOG} if
   * none rules out any.
   */
  private Limit shortfallLimit() {
    Map<Limit, Integer> rejected = new EnumMap<>(Limit.class);
    for (Exercise original : catalog.exercises()) {
      ExerciseAssessment assessment = safety.of(original);
      if (assessment.verdict() == Verdict.EXCLUDED) {
        rejected.merge(Limit.SAFETY, 1, Integer::sum);
        continue;
      }
      Exercise e = assessment.substituteId().map(catalog::exerciseOrThrow).orElse(original);
      if (e.difficulty().compareTo(request.level()) > 0) {
        rejected.merge(Limit.LEVEL, 1, Integer::sum);
      }
      if (!request.equipment().containsAll(e.equipment())) {
        rejected.merge(Limit.EQUIPMENT, 1, Integer::sum);
      }
      Position p = assessment.position(e);
      if (!request.positions().contains(p) || !request.positions().contains(e.position())
          || (request.noFloor() && e.needsFloor())) {
        rejected.merge(Limit.POSITION, 1, Integer::sum);
      }
      if (request.excluded().contains(original.id()) || request.excluded().contains(e.id())) {
        rejected.merge(Limit.EXCLUDED, 1, Integer::sum);
      }
    }
    return rejected.entrySet().stream()
        .max(Map.Entry.<Limit, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(Limit.CATALOG);
  }

  private ImmutableList<Message> routineWarnings(List<UnservedFocus> unserved, Optional<Shortfall> shortfall) {
    ImmutableList.Builder<Message> warnings = ImmutableList.builder();
    for (UnservedFocus u : unserved) {
      warnings.add(Message.of(MessageCode.UNSERVED_FOCUS, "area", u.areaId(), "limit", u.limit()));
    }
    shortfall.ifPresent(
        s -> warnings.add(Message.of(MessageCode.SHORTFALL, "seconds", s.seconds(), "limit", s.limit())));
    return warnings.build();
  }
}
