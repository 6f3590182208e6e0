package dev.limber.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The exact optimum of the composer's objective on small generated instances, found by
 * exhaustive search, beside the composer's own result: how close the greedy search with local
 * improvement comes to the best routine under the same constraints (the budget, the flow of
 * positions across phases, one member of a family, a warm-up and a cool-down from {@link
 * ComposerSettings#coolDownFromSeconds()} where they are possible, and no second left unused that
 * an item or another exercise could take).
 *
 * <p>Each instance has five or six exercises of one phase each, dosed in repetitions with three
 * possible counts and up to two sets, so that every plan can be enumerated: for each exercise, out,
 * or in at one of its counts and sets. Used by {@link ComposerQualityTest} and by the benchmarks'
 * {@code QualityReport}.
 */
public final class ComposerOptimum {
  /** One instance's figures. */
  public static final class Measure {
    /** The composer's objective. */
    public final double composed;
    /** The best objective of any plan. */
    public final double optimum;
    /** The composer's total over the budget. */
    public final double fill;
    /** Whether some plan fills the budget (to within the tolerance) that the composer's does not. */
    public final boolean fillMissed;

    Measure(double composed, double optimum, double fill, boolean fillMissed) {
      this.composed = composed;
      this.optimum = optimum;
      this.fill = fill;
      this.fillMissed = fillMissed;
    }

    /** The composer's objective as a share of the optimum (1 when the optimum is not positive). */
    public double optimality() {
      return optimum <= 0 ? 1 : composed / optimum;
    }
  }

  /**
   * Optima below this are too small for a ratio to mean much (a plan of one short item, say);
   * such instances are left out of the optimality figures but still count for the fill.
   */
  public static final double MEANINGFUL = 0.2;

  private ComposerOptimum() {}

  /** Generates instance {@code seed} and measures the composer on it against the exact optimum. */
  public static Measure measure(long seed) {
    Random random = new Random(seed);
    Catalog catalog = catalog(random);
    ComposeRequest request = request(random, catalog);
    ComposerSettings settings = ComposerSettings.defaults();
    SafetyAssessment safety = SafetyAssessment.of(catalog, request.conditions(), request.cautionPolicy());
    Composition composition =
        new Composition(catalog, settings, request, safety, request.focus(), false);
    ComposeResult result = composition.compose();
    double composed = composition.objective(composition.items());
    int total = result.routine().map(Routine::totalSeconds).orElse(0);
    double[] optimum = optimum(composition, settings, request.budgetSeconds());
    boolean filled = request.budgetSeconds() - total <= Composition.FILL_TOLERANCE;
    boolean fillable = optimum[0] > Double.NEGATIVE_INFINITY;
    // A composer that fills the budget is measured against the best plan that fills it too; one
    // that cannot is measured against the best plan of any length, and a missed fill is counted.
    double best = filled ? optimum[0] : optimum[1];
    return new Measure(composed, best, (double) total / request.budgetSeconds(), fillable && !filled);
  }

  private static Catalog catalog(Random random) {
    Catalog.Builder catalog = Catalog.builder().addAreas(SeedCatalog.area("body", null));
    for (String area : List.of("area-a", "area-b", "area-c")) {
      catalog.addAreas(SeedCatalog.area(area, "body"));
    }
    Position[] positions = {Position.STANDING, Position.SEATED, Position.KNEELING, Position.SUPINE};
    ExerciseKind[] kinds = ExerciseKind.values();
    int exercises = 5 + random.nextInt(2);
    for (int i = 0; i < exercises; i++) {
      Position position = positions[random.nextInt(positions.length)];
      int perUnit = 6 + random.nextInt(7);
      Dosage dosage =
          Dosage.builder()
              .unit(DosageUnit.REPETITIONS)
              .min(2)
              .defaultCount(3)
              .max(4)
              .secondsPerUnit(perUnit)
              .recommendedSets(1)
              .maxSets(1 + random.nextInt(2))
              .build();
      Phase phase = i == 0 ? Phase.COOL_DOWN : Phase.values()[random.nextInt(3)];
      Exercise.Builder e =
          SeedCatalog.exercise(
                  "ex-" + i,
                  position,
                  random.nextInt(3) == 0 ? Laterality.UNILATERAL : Laterality.BILATERAL,
                  dosage,
                  "area-" + (char) ('a' + random.nextInt(3)))
              .kind(kinds[random.nextInt(kinds.length)])
              .phases(List.of(phase))
              .needsFloor(position.flowRank() >= Position.KNEELING.flowRank());
      String secondary = "area-" + (char) ('a' + random.nextInt(3));
      if (random.nextInt(3) == 0 && !e.build().primaryTargets().contains(secondary)) {
        e.addSecondaryTargets(secondary);
      }
      if (i > 0 && random.nextInt(5) == 0) {
        e.addEasierVariations("ex-" + random.nextInt(i));
      }
      catalog.addExercises(e.build());
    }
    return catalog.build();
  }

  private static ComposeRequest request(Random random, Catalog catalog) {
    ComposeRequest.Builder request =
        ComposeRequest.builder().budgetSeconds(120 + random.nextInt(11) * 30).seed(random.nextInt(1000)).level(Difficulty.ADVANCED);
    request.putFocus("area-a", 1 + random.nextInt(3));
    request.putFocus("area-b", 1 + random.nextInt(3));
    if (random.nextBoolean()) {
      request.putFocus("area-c", 1);
    }
    return request.build();
  }

  /**
   * The best objective of a plan that keeps the constraints and fills the budget, and of any plan
   * that keeps them, by exhaustive search.
   */
  static double[] optimum(Composition composition, ComposerSettings settings, int budget) {
    List<Candidate> candidates = composition.candidateList();
    Map<String, Set<String>> none = Map.of();
    boolean framed = budget >= settings.coolDownFromSeconds();
    // best[2 * f]: the best plan with f of the warm-up and cool-down due (from
    // coolDownFromSeconds) that fills the budget (to within the composer's tolerance), which the
    // composer must reach whenever it can; best[2 * f + 1]: the best such plan of any length. The
    // composer puts the outer phases first, so the plans measured are those with as many as any.
    double[] best = new double[6];
    java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
    search(composition, settings, budget, candidates, 0, new ArrayList<>(), framed, best);
    for (int f = 2; f > 0; f--) {
      if (best[2 * f + 1] > Double.NEGATIVE_INFINITY) {
        return new double[] {best[2 * f], best[2 * f + 1]};
      }
    }
    return new double[] {best[0], best[1]};
  }

  private static void search(
      Composition composition,
      ComposerSettings settings,
      int budget,
      List<Candidate> candidates,
      int index,
      List<Composition.Item> plan,
      boolean framed,
      double[] best) {
    if (composition.plannedTotal(plan) > budget) {
      return;
    }
    if (index == candidates.size()) {
      if (!plan.isEmpty() && keepsConstraints(plan)) {
        int f =
            framed
                ? (plan.stream().anyMatch(i -> i.phase == Phase.WARM_UP) ? 1 : 0)
                    + (plan.stream().anyMatch(i -> i.phase == Phase.COOL_DOWN) ? 1 : 0)
                : 0;
        double value = composition.objective(plan);
        if (composition.plannedTotal(plan) >= budget - Composition.FILL_TOLERANCE) {
          best[2 * f] = Math.max(best[2 * f], value);
          best[2 * f + 1] = Math.max(best[2 * f + 1], value);
        } else if (maximal(composition, candidates, plan, budget)) {
          best[2 * f + 1] = Math.max(best[2 * f + 1], value);
        }
      }
      return;
    }
    search(composition, settings, budget, candidates, index + 1, plan, framed, best);
    Candidate c = candidates.get(index);
    Dosage d = c.exercise.dosage();
    for (Phase phase : c.exercise.phases()) {
      for (int count = d.min(); count <= d.max(); count++) {
        for (int sets = 1; sets <= d.maxSets(); sets++) {
          plan.add(new Composition.Item(c, phase, index, count, sets));
          search(composition, settings, budget, candidates, index + 1, plan, framed, best);
          plan.remove(plan.size() - 1);
        }
      }
    }
  }

  /**
   * Whether nothing more fits in a plan that leaves a gap: no item can take another unit or set,
   * and no unused candidate fits at its minimum. The composer must account for every second it
   * can (design.md's budget invariant), so a plan that leaves a fillable gap is not one it may give.
   */
  private static boolean maximal(Composition composition, List<Candidate> candidates, List<Composition.Item> plan, int budget) {
    for (Composition.Item item : plan) {
      Dosage d = item.candidate.exercise.dosage();
      if (item.count < d.max() && fits(composition, plan, item, item.count + 1, item.sets, budget)
          || item.sets < d.maxSets() && fits(composition, plan, item, item.count, item.sets + 1, budget)) {
        return false;
      }
    }
    for (Candidate c : candidates) {
      if (plan.stream().anyMatch(i -> i.candidate == c)) {
        continue;
      }
      for (Phase phase : c.exercise.phases()) {
        List<Composition.Item> more = new ArrayList<>(plan);
        more.add(new Composition.Item(c, phase, plan.size() + 100, c.exercise.dosage().min(), 1));
        if (keepsConstraints(more) && composition.plannedTotal(more) <= budget) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean fits(Composition composition, List<Composition.Item> plan, Composition.Item item, int count, int sets, int budget) {
    List<Composition.Item> changed = new ArrayList<>(plan);
    changed.set(plan.indexOf(item), new Composition.Item(item.candidate, item.phase, item.order, count, sets));
    return composition.plannedTotal(changed) <= budget;
  }

  /** Families disjoint, and positions never higher in a later phase than in an earlier one. */
  private static boolean keepsConstraints(List<Composition.Item> plan) {
    Set<String> used = new HashSet<>();
    for (Composition.Item item : plan) {
      used.add(item.candidate.id());
      item.candidate.replaced.ifPresent(r -> used.add(r.id()));
    }
    for (Composition.Item item : plan) {
      Set<String> others = new HashSet<>(used);
      others.remove(item.candidate.id());
      item.candidate.replaced.ifPresent(r -> others.remove(r.id()));
      if (!Collections.disjoint(item.candidate.family, others)) {
        return false;
      }
      for (Composition.Item other : plan) {
        if (item.phase.compareTo(other.phase) < 0 && item.candidate.position.flowRank() > other.candidate.position.flowRank()) {
          return false;
        }
      }
    }
    return true;
  }
}
