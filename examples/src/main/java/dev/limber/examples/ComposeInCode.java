package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.Contraindication;
import dev.limber.core.Phase;
import dev.limber.core.Routine;
import dev.limber.core.RoutineComposer;
import dev.limber.core.RoutineItem;
import dev.limber.core.Severity;
import dev.limber.data.CatalogLoader;

/**
 * For a fitness-app developer: compose a ten-minute routine for the lower back, for a person with
 * osteoporosis, from the bundled catalog, and drive a timer from it.
 *
 * <p>It asserts what it shows: the routine starts with the warm-up and ends with the cool-down,
 * fits the budget, and holds nothing the condition says to avoid. Run it with {@code java -cp
 * limber.jar dev.limber.examples.ComposeInCode}.
 */
public final class ComposeInCode {
  private ComposeInCode() {}

  /** Composes, prints and checks the routine; throws {@link AssertionError} if a check fails. */
  public static void main(String[] args) {
    // Load once and share: the catalog and the composer are immutable and thread-safe.
    Catalog catalog = CatalogLoader.bundled();
    RoutineComposer composer = RoutineComposer.of(catalog);

    ComposeRequest request =
        ComposeRequest.builder()
            .budgetSeconds(10 * 60)
            .putFocus("lower-back", 1.0)
            .addConditions("osteoporosis")
            .seed(42)
            .build();
    ComposeResult result = composer.compose(request);

    // A result is a routine, a referral (a red flag was reported) or infeasible: handle all three.
    switch (result.outcome()) {
      case REFERRAL:
        throw new AssertionError("no red flag was reported, yet: " + result.referral());
      case INFEASIBLE:
        throw new AssertionError("expected a routine, but: " + result.infeasibleReason());
      default:
        break;
    }
    Routine routine = result.routineOrThrow();

    // Every item carries its start and duration, so an app can drive a timer straight from it.
    for (RoutineItem item : routine.items()) {
      System.out.printf(
          "%3d s  %-9s %-16s %-5s %s, %d %s%n      why: %s%n",
          item.startSeconds(),
          item.phase().id(),
          item.position().id(),
          item.side().map(s -> s.id()).orElse(""),
          item.name(),
          item.count(),
          item.unit().id(),
          item.reason());
      item.warnings().forEach(w -> System.out.println("      caution: " + w));
      item.modification().ifPresent(m -> System.out.println("      changed: " + m));
    }
    System.out.printf("total %d of %d s%n", routine.totalSeconds(), routine.budgetSeconds());

    check(!routine.items().isEmpty(), "the routine has items");
    RoutineItem first = routine.items().get(0);
    RoutineItem last = routine.items().get(routine.items().size() - 1);
    check(first.phase() == Phase.WARM_UP, "the routine starts with the warm-up, not %s", first);
    check(last.phase() == Phase.COOL_DOWN, "the routine ends with the cool-down, not %s", last);
    check(
        routine.totalSeconds() <= routine.budgetSeconds(),
        "the routine (%s s) fits the budget (%s s)",
        routine.totalSeconds(),
        routine.budgetSeconds());
    for (RoutineItem item : routine.items()) {
      for (Contraindication c : catalog.contraindications(item.exerciseId())) {
        check(
            !(c.severity() == Severity.AVOID && request.conditions().contains(c.conditionId())),
            "%s is to be avoided with %s, yet it is in the routine",
            item.exerciseId(),
            c.conditionId());
      }
    }
  }

  private static void check(boolean condition, String what, Object... args) {
    if (!condition) {
      throw new AssertionError("ComposeInCode: expected " + String.format(what, args));
    }
  }
}
