package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.Contraindication;
import dev.limber.core.Exercise;
import dev.limber.core.ExerciseModification;
import dev.limber.core.Laterality;
import dev.limber.core.MovementPattern;
import dev.limber.core.Phase;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes every fact of one exercise as readable text, including the contraindications the
 * catalog resolves for it from the condition rules and its own list, each with its severity.
 */
final class ExerciseSheet {
  private static final int LABEL_WIDTH = 20;

  private final Catalog catalog;
  private final PrintWriter out;

  ExerciseSheet(Catalog catalog, PrintWriter out) {
    this.catalog = catalog;
    this.out = out;
  }

  void write(Exercise e) {
    out.println(e.name() + " (" + e.id() + ")");
    if (!e.summary().isEmpty()) {
      TextBlock.wrap("", 0, e.summary()).forEach(out::println);
    }
    out.println();
    fact("Also known as", e.aliases().isEmpty() ? "-" : String.join(", ", e.aliases()));
    fact("Kind", e.kind().id());
    fact("Position", e.position().id() + (e.needsFloor() ? ", on the floor" : ", no floor needed"));
    fact("Equipment", e.equipment().isEmpty() ? "none" : String.join(", ", e.equipment()));
    fact("Difficulty", e.difficulty().id());
    fact(
        "Laterality",
        e.laterality().id()
            + (e.laterality() == Laterality.UNILATERAL
                ? " (one side at a time, both sides done)"
                : " (both sides at once)"));
    fact("Dosage", Wording.dosageInFull(e));
    fact("Targets", Wording.areas(catalog, e.primaryTargets()));
    fact("Also reaches", e.secondaryTargets().isEmpty() ? "-" : Wording.areas(catalog, e.secondaryTargets()));
    fact("Loads", ids(e.movementPatterns().stream().map(MovementPattern::id).collect(Collectors.toList())));
    fact("Phases", ids(e.phases().stream().map(Phase::id).collect(Collectors.toList())));
    fact("Easier variations", variations(e.easierVariations()));
    fact("Harder variations", variations(e.harderVariations()));
    fact("Tags", ids(e.tags()));

    section("Steps");
    for (int i = 0; i < e.steps().size(); i++) {
      String number = TextBlock.padLeft((i + 1) + ". ", 6);
      TextBlock.wrap(number, 6, e.steps().get(i)).forEach(out::println);
    }
    bullets("Cues", e.cues());
    bullets("Safety notes", e.safetyNotes());

    section("Safer forms");
    if (e.modifications().isEmpty()) {
      out.println("  none declared");
    }
    for (ExerciseModification m : e.modifications()) {
      String removes =
          m.removes().stream().map(MovementPattern::id).collect(Collectors.joining(", "));
      String position = m.position().map(p -> " (" + p.id() + ")").orElse("");
      TextBlock.wrap("  - without " + removes + position + ": ", 4, m.description())
          .forEach(out::println);
    }

    section("Contraindications");
    List<Contraindication> contraindications = catalog.contraindications(e.id());
    if (contraindications.isEmpty()) {
      out.println("  none for the conditions in this catalog");
    }
    for (Contraindication c : contraindications) {
      String condition = catalog.condition(c.conditionId()).map(x -> x.name()).orElse(c.conditionId());
      String source =
          c.pattern()
              .map(p -> "rule on " + p.id())
              .orElse(e.contraindications().contains(c) ? "stated for this exercise" : "rule on its area");
      String text = c.reason() + (c.instead().isEmpty() ? "" : " Instead: " + c.instead());
      TextBlock.wrap(
              "  - "
                  + TextBlock.padRight(c.severity().id(), 8)
                  + condition
                  + " ("
                  + c.conditionId()
                  + ", "
                  + source
                  + "): ",
              4,
              text)
          .forEach(out::println);
    }
    bullets("Sources", e.sources());
    out.flush();
  }

  private void fact(String label, String value) {
    TextBlock.wrap(TextBlock.padRight(label + ":", LABEL_WIDTH), LABEL_WIDTH, value)
        .forEach(out::println);
  }

  private void section(String title) {
    out.println();
    out.println(title + ":");
  }

  private void bullets(String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    section(title);
    items.forEach(item -> TextBlock.wrap("  - ", 4, item).forEach(out::println));
  }

  private String variations(List<String> ids) {
    if (ids.isEmpty()) {
      return "-";
    }
    return ids.stream()
        .map(id -> catalog.exercise(id).map(x -> x.name() + " (" + id + ")").orElse(id))
        .collect(Collectors.joining(", "));
  }

  private static String ids(Collection<String> ids) {
    return ids.isEmpty() ? "-" : String.join(", ", ids);
  }
}
