package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.Exercise;
import dev.limber.core.Laterality;
import dev.limber.core.Phase;
import dev.limber.core.Routine;
import dev.limber.core.RoutineComposer;
import dev.limber.core.RoutineItem;
import dev.limber.core.Sequence;
import dev.limber.core.SequenceStep;
import dev.limber.core.Side;
import dev.limber.data.CatalogLoader;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * For a developer who wants a fixed sequence rather than a composed one: build a {@link Sequence}
 * in code from catalog exercises (a warm-up, a one-sided stretch with a longer hold, a cool-down)
 * and let {@link RoutineComposer#timeSequence(Sequence)} time it, both sides included.
 *
 * <p>It asserts what it shows: the one-sided stretch appears for the left and then the right side,
 * back to back, with equal time, and the timeline adds up.
 */
public final class BuildASequenceInCode {
  private BuildASequenceInCode() {}

  /** Builds, times and checks the sequence; throws {@link AssertionError} if a check fails. */
  public static void main(String[] args) {
    Catalog catalog = CatalogLoader.bundled();

    Exercise warmUp = pick(catalog, Phase.WARM_UP, Laterality.BILATERAL, Set.of());
    Exercise oneSided = pick(catalog, Phase.MAIN, Laterality.UNILATERAL, Set.of(warmUp.id()));
    Exercise coolDown =
        pick(catalog, Phase.COOL_DOWN, Laterality.BILATERAL, Set.of(warmUp.id(), oneSided.id()));

    Sequence sequence =
        Sequence.builder()
            .id("my-evening-unwind")
            .name("My evening unwind")
            .description("A warm-up, one long one-sided stretch and a slow cool-down.")
            .addSteps(SequenceStep.of(warmUp.id(), Phase.WARM_UP))
            .addSteps(
                SequenceStep.builder()
                    .exerciseId(oneSided.id())
                    .phase(Phase.MAIN)
                    .count(oneSided.dosage().max()) // the longest hold it allows, per side
                    .build())
            .addSteps(SequenceStep.of(coolDown.id(), Phase.COOL_DOWN))
            .build();

    Routine routine = RoutineComposer.of(catalog).timeSequence(sequence);
    for (RoutineItem item : routine.items()) {
      System.out.printf(
          "at %3d s (after %2d s to get ready)  %-9s %-5s %s for %d s%n",
          item.startSeconds(),
          item.transitionSeconds(),
          item.phase().id(),
          item.side().map(Side::id).orElse(""),
          item.name(),
          item.durationSeconds());
    }
    System.out.println("total " + routine.totalSeconds() + " s");

    List<RoutineItem> items = routine.items();
    check(items.size() == 4, "four items (one per side for the one-sided stretch), got %s", items.size());
    RoutineItem left = items.get(1);
    RoutineItem right = items.get(2);
    check(
        left.exerciseId().equals(oneSided.id()) && right.exerciseId().equals(oneSided.id()),
        "both sides of %s back to back, got %s then %s",
        oneSided.id(),
        left.exerciseId(),
        right.exerciseId());
    check(
        left.side().equals(Optional.of(Side.LEFT))
            && right.side().equals(Optional.of(Side.RIGHT)),
        "the left side, then the right");
    check(
        left.durationSeconds() == right.durationSeconds()
            && left.durationSeconds() == oneSided.dosage().secondsFor(oneSided.dosage().max()),
        "equal time on both sides at the longest hold, got %s s and %s s",
        left.durationSeconds(),
        right.durationSeconds());
    check(right.startSeconds() == left.endSeconds() + right.transitionSeconds(), "no gap but the side switch");
    check(items.get(0).side().isEmpty(), "a two-sided exercise to have no side");
    check(
        routine.totalSeconds() == items.get(items.size() - 1).endSeconds(),
        "the total to end with the last item");
  }

  /** The first exercise by id that suits the phase and laterality and is not taken yet. */
  private static Exercise pick(Catalog catalog, Phase phase, Laterality laterality, Set<String> taken) {
    return catalog.exercises().stream()
        .filter(e -> e.phases().contains(phase) && e.laterality() == laterality)
        .filter(e -> !taken.contains(e.id()))
        .min(Comparator.comparing(Exercise::id))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the bundled catalog has no " + laterality.id() + " exercise for the " + phase.id()));
  }

  private static void check(boolean condition, String what, Object... args) {
    if (!condition) {
      throw new AssertionError("BuildASequenceInCode: expected " + String.format(what, args));
    }
  }
}
