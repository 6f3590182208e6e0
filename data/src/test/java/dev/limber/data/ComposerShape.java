package dev.limber.data;

import dev.limber.core.Catalog;
import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.Phase;
import dev.limber.core.Routine;
import dev.limber.core.RoutineComposer;
import dev.limber.core.RoutineItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shape of routines composed from the bundled catalog, measured the way issue 8 states its
 * targets: transition share, time on the focus, distinct exercises, cool-downs, flow and variety
 * across seeds. {@link ComposerShapeTest} checks the targets; {@link #main} prints the figures.
 */
final class ComposerShape {
  static final Catalog CATALOG = CatalogLoader.bundled();
  static final RoutineComposer COMPOSER = RoutineComposer.of(CATALOG);
  static final List<String> SINGLE_FOCUS = List.of("lower-back", "hips", "neck", "shoulders", "hamstrings", "upper-back");
  static final List<Map<String, Double>> FOCUS_SETS =
      List.of(
          Map.of(), Map.of("lower-back", 1.0), Map.of("hips", 1.0), Map.of("neck", 1.0), Map.of("shoulders", 1.0),
          Map.of("lower-back", 2.0, "hips", 1.0), Map.of("hamstrings", 1.0, "calves", 1.0), Map.of("upper-back", 1.0));

  private ComposerShape() {}

  static Routine routine(int minutes, Map<String, Double> focus, long seed) {
    ComposeRequest.Builder request = ComposeRequest.builder().budgetSeconds(minutes * 60).seed(seed);
    focus.forEach(request::putFocus);
    return COMPOSER.compose(request.build()).routineOrThrow();
  }

  static double transitionShare(Routine routine) {
    int moving = routine.items().stream().mapToInt(RoutineItem::transitionSeconds).sum();
    return (double) moving / routine.totalSeconds();
  }

  static double mainOnFocus(Routine routine) {
    Set<String> focus = routine.focus().keySet();
    int main = 0;
    int onFocus = 0;
    for (RoutineItem item : routine.items()) {
      if (item.phase() == Phase.MAIN) {
        main += item.durationSeconds();
        if (item.targets().stream().anyMatch(focus::contains)) {
          onFocus += item.durationSeconds();
        }
      }
    }
    return main == 0 ? 0 : (double) onFocus / main;
  }

  static int distinct(Routine routine) {
    return (int) routine.items().stream().map(RoutineItem::exerciseId).distinct().count();
  }

  static boolean hasCoolDown(Routine routine) {
    return routine.items().stream().anyMatch(i -> i.phase() == Phase.COOL_DOWN);
  }

  static boolean climbsBack(Routine routine) {
    List<RoutineItem> items = routine.items();
    for (int i = 1; i < items.size(); i++) {
      if (items.get(i).position().flowRank() < items.get(i - 1).position().flowRank()) {
        return true;
      }
    }
    return false;
  }

  /** Mean pairwise overlap (shared over all distinct exercises) of the routines for seeds 1-5. */
  static double seedOverlap(int minutes, Map<String, Double> focus) {
    List<Set<String>> sets = new ArrayList<>();
    for (long seed = 1; seed <= 5; seed++) {
      sets.add(routine(minutes, focus, seed).items().stream().map(RoutineItem::exerciseId).collect(Collectors.toSet()));
    }
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < sets.size(); i++) {
      for (int j = i + 1; j < sets.size(); j++) {
        Set<String> both = new HashSet<>(sets.get(i));
        both.retainAll(sets.get(j));
        Set<String> either = new HashSet<>(sets.get(i));
        either.addAll(sets.get(j));
        sum += (double) both.size() / either.size();
        pairs++;
      }
    }
    return sum / pairs;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  public static void main(String[] args) {
    List<Double> transitions = new ArrayList<>();
    for (Map<String, Double> focus : FOCUS_SETS) {
      for (long seed = 0; seed < 5; seed++) {
        transitions.add(transitionShare(routine(10, focus, seed)));
      }
    }
    System.out.printf("median transition share at 10 min: %.3f%n", median(transitions));
    List<Double> onFocus = new ArrayList<>();
    int maxDistinct = 0;
    for (String area : SINGLE_FOCUS) {
      for (int minutes : new int[] {30, 45, 60}) {
        onFocus.add(mainOnFocus(routine(minutes, Map.of(area, 1.0), 0)));
      }
      maxDistinct = Math.max(maxDistinct, distinct(routine(60, Map.of(area, 1.0), 0)));
    }
    System.out.printf("median main-phase time on the focus at 30-60 min: %.3f%n", median(onFocus));
    System.out.printf("most distinct exercises in a 60-min single-focus routine: %d%n", maxDistinct);
    int routines = 0;
    int noCoolDown = 0;
    int climbs = 0;
    List<Double> items = new ArrayList<>();
    for (Map<String, Double> focus : FOCUS_SETS) {
      for (int minutes : new int[] {5, 10, 15, 20, 30, 45, 60}) {
        Routine r = routine(minutes, focus, 7);
        routines++;
        noCoolDown += hasCoolDown(r) ? 0 : 1;
        climbs += climbsBack(r) ? 1 : 0;
        if (minutes == 10) {
          items.add((double) distinct(r));
        }
      }
    }
    System.out.printf("routines of 5 min or more without a cool-down: %d of %d; climbing back: %d%n", noCoolDown, routines, climbs);
    System.out.printf("median distinct exercises at 10 min: %.1f%n", median(items));
    System.out.printf("mean overlap across seeds 1-5, 20-min lower back: %.3f%n", seedOverlap(20, Map.of("lower-back", 1.0)));
    ComposeResult unservable =
        COMPOSER.compose(ComposeRequest.builder().budgetSeconds(600).putFocus("neck", 1.0).addConditions("acute-injury-neck").build());
    System.out.println("neck focus with a neck injury: " + unservable.outcome() + " " + unservable.unserved());
  }
}
