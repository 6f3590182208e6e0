package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.ComposeResult;
import dev.limber.core.Limit;
import dev.limber.core.Referral;
import dev.limber.core.Routine;
import dev.limber.core.RoutineItem;
import dev.limber.core.Urgency;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a {@link ComposeResult} as text for a person at a terminal: a timed routine with the
 * reason, cautions and changes of every item and a closing disclaimer; a referral; or why nothing
 * could be composed.
 */
final class RoutineReport {
  /** Closes every routine: Limber's texts are guidance, not medical advice. */
  static final String DISCLAIMER = dev.limber.core.Limber.DISCLAIMER;

  /** The last line of a referral. */
  static final String NO_ROUTINE = "No routine was composed.";

  private static final int DETAIL_INDENT = 9;

  private final Catalog catalog;
  private final PrintWriter out;
  private final boolean steps;

  RoutineReport(Catalog catalog, PrintWriter out) {
    this(catalog, out, false);
  }

  /** A report that, with {@code steps}, prints each exercise's steps under its first item. */
  RoutineReport(Catalog catalog, PrintWriter out, boolean steps) {
    this.catalog = catalog;
    this.out = out;
    this.steps = steps;
  }

  /** Writes the result, whatever its outcome. */
  void write(ComposeResult result, Optional<String> goalId) {
    switch (result.outcome()) {
      case ROUTINE:
        writeRoutine(result.routine().orElseThrow(), goalId, result.advice());
        break;
      case REFERRAL:
        writeReferral(result.referral().orElseThrow());
        break;
      default:
        writeInfeasible(result);
        result.advice().ifPresent(this::writeAdvice);
    }
    out.flush();
  }

  /** Writes a timed curated sequence under its own title. */
  void writeSequence(String title, Routine routine) {
    writeRoutine(routine, Optional.empty(), Optional.empty(), title);
    out.flush();
  }

  private void writeRoutine(Routine routine, Optional<String> goalId, Optional<Referral> advice) {
    writeRoutine(routine, goalId, advice, title(routine, goalId));
  }

  private void writeRoutine(Routine routine, Optional<String> goalId, Optional<Referral> advice, String title) {
    TextBlock.wrap("", 2, title).forEach(out::println);
    out.println();
    out.println("  START   TIME  SIDE   PHASE      POSITION          EXERCISE");
    for (RoutineItem item : routine.items()) {
      boolean first = item.set() == 1 && item.side().map(side -> side.id().equals("left")).orElse(true);
      String set = item.sets() > 1 ? " (set " + item.set() + " of " + item.sets() + ")" : "";
      out.println(
          "  "
              + TextBlock.padLeft(Wording.clock(item.startSeconds()), 5)
              + "  "
              + TextBlock.padLeft(item.durationSeconds() + " s", 5)
              + "  "
              + TextBlock.padRight(item.side().map(side -> side.id()).orElse("both"), 5)
              + "  "
              + TextBlock.padRight(item.phase().id(), 9)
              + "  "
              + TextBlock.padRight(item.position().id(), 16)
              + "  "
              + item.name()
              + ", "
              + Wording.count(item.count(), item.unit())
              + set
              + (first ? "  [" + item.exerciseId() + "]" : ""));
      if (!first) {
        continue;
      }
      detail("Why: ", item.reason());
      item.warnings().forEach(w -> detail("Caution: ", w));
      item.modification().ifPresent(m -> detail("Changed: ", m));
      if (steps) {
        List<String> exerciseSteps = catalog.exerciseOrThrow(item.exerciseId()).steps();
        for (int i = 0; i < exerciseSteps.size(); i++) {
          detail((i + 1) + ". ", exerciseSteps.get(i));
        }
      }
    }
    out.println();
    routine.warnings().forEach(w -> TextBlock.wrap("Note: ", 6, w).forEach(out::println));
    int moving = routine.items().stream().mapToInt(RoutineItem::transitionSeconds).sum();
    out.println(
        "Total "
            + Wording.clock(routine.totalSeconds())
            + " of "
            + Wording.clock(routine.budgetSeconds())
            + ": "
            + Wording.plural(routine.items().size(), "item", "items")
            + ", "
            + Wording.duration(moving)
            + " of it getting into position and switching sides.");
    advice.ifPresent(this::writeAdvice);
    out.println();
    TextBlock.wrap("", 0, DISCLAIMER).forEach(out::println);
  }

  private String title(Routine routine, Optional<String> goalId) {
    int budget = routine.budgetSeconds();
    String length =
        budget % 60 == 0 ? budget / 60 + "-minute routine" : Wording.clock(budget) + " routine";
    String goal =
        goalId.map(id -> ", goal " + catalog.goal(id).map(g -> g.name()).orElse(id)).orElse("");
    return "Limber: a " + length + goal + ". Focus: " + focus(routine.focus()) + ".";
  }

  private String focus(Map<String, Double> focus) {
    boolean everyRegion =
        focus.values().stream().distinct().count() == 1
            && focus.keySet().equals(
                catalog.areas().stream().filter(a -> a.parentId().isEmpty()).map(a -> a.id()).collect(Collectors.toSet()));
    if (focus.isEmpty() || everyRegion) {
      return "whole body, balanced";
    }
    double total = focus.values().stream().mapToDouble(Double::doubleValue).sum();
    boolean even = focus.values().stream().distinct().count() == 1;
    return focus.entrySet().stream()
        .map(
            e ->
                Wording.areaName(catalog, e.getKey())
                    + (even ? "" : " " + Math.round(100 * e.getValue() / total) + "%"))
        .collect(Collectors.joining(", "));
  }

  private void detail(String label, String text) {
    TextBlock.wrap(" ".repeat(DETAIL_INDENT) + label, DETAIL_INDENT + label.length(), text)
        .forEach(out::println);
  }

  private void writeReferral(Referral referral) {
    out.println("Please do not start a stretching routine now.");
    out.println(
        "Urgency: "
            + referral.urgency().id()
            + (referral.urgency() == Urgency.EMERGENCY
                ? " - get emergency care now."
                : " - see a doctor soon, before you exercise."));
    out.println("Why:");
    for (String reason : referral.reasons()) {
      TextBlock.wrap("  - ", 4, reason).forEach(out::println);
    }
    out.println(NO_ROUTINE);
  }

  /** A non-urgent referral that goes with the routine: see a doctor in the coming weeks. */
  private void writeAdvice(Referral advice) {
    out.println();
    out.println("See a doctor in the coming weeks (the routine may go ahead):");
    for (String reason : advice.reasons()) {
      TextBlock.wrap("  - ", 4, reason).forEach(out::println);
    }
  }

  private void writeInfeasible(ComposeResult result) {
    String reason = result.infeasibleReason().orElseThrow();
    List<String> lines = TextBlock.wrap("No routine could be composed: ", 2, reason.endsWith(".") ? reason : reason + ".");
    lines.forEach(out::println);
    boolean safety = !result.unserved().isEmpty() && result.unserved().stream().allMatch(u -> u.limit() == Limit.SAFETY);
    TextBlock.wrap(
            "",
            0,
            safety
                ? "Add --general for a balanced whole-body routine instead, or see a health professional"
                    + " about exercises for this area."
                : "Try more minutes, a higher --level, more --equipment, allowing floor work, fewer"
                    + " exclusions, or --general for a balanced whole-body routine.")
        .forEach(out::println);
  }
}
