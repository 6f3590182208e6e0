package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.ComposeResult;
import dev.limber.core.Limit;
import dev.limber.core.Message;
import dev.limber.core.MessageCode;
import dev.limber.core.MessageRenderer;
import dev.limber.core.Sequence;
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
  private final CliText text;
  private final MessageRenderer renderer;

  RoutineReport(Catalog catalog, PrintWriter out) {
    this(catalog, out, false);
  }

  /** A report that, with {@code steps}, prints each exercise's steps under its first item. */
  RoutineReport(Catalog catalog, PrintWriter out, boolean steps) {
    this.catalog = catalog;
    this.out = out;
    this.steps = steps;
    this.text = CliText.of(catalog.locale());
    this.renderer = MessageRenderer.of(catalog);
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
  void writeSequence(Sequence sequence, Routine routine) {
    String title = text.get("sequence.title", sequence.name(), sequence.id(), sequence.description());
    writeRoutine(routine, Optional.empty(), Optional.empty(), title);
    out.flush();
  }

  private void writeRoutine(Routine routine, Optional<String> goalId, Optional<Referral> advice) {
    writeRoutine(routine, goalId, advice, title(routine, goalId));
  }

  private void writeRoutine(Routine routine, Optional<String> goalId, Optional<Referral> advice, String title) {
    TextBlock.wrap("", 2, title).forEach(out::println);
    out.println();
    int startWidth = Math.max(5, text.get("col.start").length());
    int sideWidth = text.width("side", 5, "both", "left", "right");
    int phaseWidth = text.width("phase", 9, "warm-up", "main", "cool-down");
    int positionWidth =
        text.width("position", 16, "standing", "seated", "kneeling", "hands-and-knees", "prone", "supine", "side-lying");
    out.println(
        "  "
            + TextBlock.padLeft(text.get("col.start"), startWidth)
            + "  "
            + TextBlock.padLeft(text.get("col.time"), 5)
            + "  "
            + TextBlock.padRight(text.get("col.side"), sideWidth)
            + "  "
            + TextBlock.padRight(text.get("col.phase"), phaseWidth)
            + "  "
            + TextBlock.padRight(text.get("col.position"), positionWidth)
            + "  "
            + text.get("col.exercise"));
    for (RoutineItem item : routine.items()) {
      boolean first = item.set() == 1 && item.side().map(side -> side.id().equals("left")).orElse(true);
      String set = item.sets() > 1 ? text.get("set", item.set(), item.sets()) : "";
      out.println(
          "  "
              + TextBlock.padLeft(Wording.clock(item.startSeconds()), startWidth)
              + "  "
              + TextBlock.padLeft(item.durationSeconds() + " s", 5)
              + "  "
              + TextBlock.padRight(text.id("side", item.side().map(side -> side.id()).orElse("both")), sideWidth)
              + "  "
              + TextBlock.padRight(text.id("phase", item.phase().id()), phaseWidth)
              + "  "
              + TextBlock.padRight(text.id("position", item.position().id()), positionWidth)
              + "  "
              + item.name()
              + ", "
              + text.count(item.count(), item.unit())
              + set
              + (first ? "  [" + item.exerciseId() + "]" : ""));
      if (!first) {
        continue;
      }
      detail(text.get("why"), item.reason());
      item.warnings().forEach(w -> detail(text.get("caution"), w));
      item.modification().ifPresent(m -> detail(text.get("changed"), m));
      if (steps) {
        List<String> exerciseSteps = catalog.exerciseOrThrow(item.exerciseId()).steps();
        for (int i = 0; i < exerciseSteps.size(); i++) {
          detail((i + 1) + ". ", exerciseSteps.get(i));
        }
      }
    }
    out.println();
    String note = text.get("note");
    routine.warnings().forEach(w -> TextBlock.wrap(note, note.length(), w).forEach(out::println));
    int moving = routine.items().stream().mapToInt(RoutineItem::transitionSeconds).sum();
    out.println(
        text.get(
            "total",
            Wording.clock(routine.totalSeconds()),
            Wording.clock(routine.budgetSeconds()),
            text.plural(routine.items().size(), "item", "items"),
            Wording.duration(moving)));
    advice.ifPresent(this::writeAdvice);
    out.println();
    TextBlock.wrap("", 0, renderer.render(Message.of(MessageCode.DISCLAIMER))).forEach(out::println);
  }

  private String title(Routine routine, Optional<String> goalId) {
    int budget = routine.budgetSeconds();
    String goal =
        goalId.map(id -> text.get("title.goal", catalog.goal(id).map(g -> g.name()).orElse(id))).orElse("");
    return budget % 60 == 0
        ? text.get("title.minutes", budget / 60, goal, focus(routine.focus()))
        : text.get("title.clock", Wording.clock(budget), goal, focus(routine.focus()));
  }

  private String focus(Map<String, Double> focus) {
    boolean everyRegion =
        focus.values().stream().distinct().count() == 1
            && focus.keySet().equals(
                catalog.areas().stream().filter(a -> a.parentId().isEmpty()).map(a -> a.id()).collect(Collectors.toSet()));
    if (focus.isEmpty() || everyRegion) {
      return text.get("focus.balanced");
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
    out.println(text.get("referral.stop"));
    out.println(
        text.get("referral.urgency", text.id("urgency", referral.urgency().id()))
            + text.get(referral.urgency() == Urgency.EMERGENCY ? "referral.emergency" : "referral.urgent"));
    out.println(text.get("referral.why"));
    for (String reason : referral.reasons()) {
      TextBlock.wrap("  - ", 4, reason).forEach(out::println);
    }
    out.println(text.get("referral.none"));
  }

  /** A non-urgent referral that goes with the routine: see a doctor in the coming weeks. */
  private void writeAdvice(Referral advice) {
    out.println();
    out.println(text.get("advice"));
    for (String reason : advice.reasons()) {
      TextBlock.wrap("  - ", 4, reason).forEach(out::println);
    }
  }

  private void writeInfeasible(ComposeResult result) {
    String reason = result.infeasibleReason().orElseThrow();
    List<String> lines = TextBlock.wrap(text.get("infeasible"), 2, reason.endsWith(".") ? reason : reason + ".");
    lines.forEach(out::println);
    boolean safety = !result.unserved().isEmpty() && result.unserved().stream().allMatch(u -> u.limit() == Limit.SAFETY);
    TextBlock.wrap(
            "",
            0,
            text.get(safety ? "infeasible.safety" : "infeasible.other"))
        .forEach(out::println);
  }
}
