package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.Contraindication;
import dev.limber.core.Dosage;
import dev.limber.core.DosageUnit;
import dev.limber.core.Exercise;
import dev.limber.core.ExerciseModification;
import dev.limber.core.Laterality;
import dev.limber.core.MovementPattern;
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
  private static final String[] FACT_LABELS = {
    "sheet.aliases", "sheet.kind", "sheet.position", "sheet.equipment", "sheet.difficulty",
    "sheet.laterality", "sheet.dosage", "sheet.targets", "sheet.alsoReaches", "sheet.loads",
    "sheet.phases", "sheet.easier", "sheet.harder", "sheet.tags"
  };

  private final Catalog catalog;
  private final PrintWriter out;
  private final CliText text;
  private final int labelWidth;

  ExerciseSheet(Catalog catalog, PrintWriter out) {
    this.catalog = catalog;
    this.out = out;
    this.text = CliText.of(catalog.locale());
    int width = LABEL_WIDTH;
    for (String label : FACT_LABELS) {
      width = Math.max(width, text.get(label).length() + 2);
    }
    this.labelWidth = width;
  }

  void write(Exercise e) {
    out.println(e.name() + " (" + e.id() + ")");
    if (!e.summary().isEmpty()) {
      TextBlock.wrap("", 0, e.summary()).forEach(out::println);
    }
    out.println();
    fact(text.get("sheet.aliases"), e.aliases().isEmpty() ? "-" : String.join(", ", e.aliases()));
    fact(text.get("sheet.kind"), text.id("kind", e.kind().id()));
    fact(
        text.get("sheet.position"),
        text.id("position", e.position().id()) + text.get(e.needsFloor() ? "sheet.onFloor" : "sheet.noFloor"));
    fact(text.get("sheet.equipment"), e.equipment().isEmpty() ? text.get("sheet.none") : String.join(", ", e.equipment()));
    fact(text.get("sheet.difficulty"), text.id("difficulty", e.difficulty().id()));
    fact(
        text.get("sheet.laterality"),
        text.id("laterality", e.laterality().id())
            + text.get(e.laterality() == Laterality.UNILATERAL ? "sheet.oneSide" : "sheet.bothSides"));
    fact(text.get("sheet.dosage"), dosageInFull(e));
    fact(text.get("sheet.targets"), Wording.areas(catalog, e.primaryTargets()));
    fact(
        text.get("sheet.alsoReaches"),
        e.secondaryTargets().isEmpty() ? "-" : Wording.areas(catalog, e.secondaryTargets()));
    fact(text.get("sheet.loads"), ids(e.movementPatterns().stream().map(MovementPattern::id).collect(Collectors.toList())));
    fact(
        text.get("sheet.phases"),
        ids(e.phases().stream().map(p -> text.id("phase", p.id())).collect(Collectors.toList())));
    fact(text.get("sheet.easier"), variations(e.easierVariations()));
    fact(text.get("sheet.harder"), variations(e.harderVariations()));
    fact(text.get("sheet.tags"), ids(e.tags()));

    section(text.get("sheet.steps"));
    for (int i = 0; i < e.steps().size(); i++) {
      String number = TextBlock.padLeft((i + 1) + ". ", 6);
      TextBlock.wrap(number, 6, e.steps().get(i)).forEach(out::println);
    }
    bullets(text.get("sheet.cues"), e.cues());
    bullets(text.get("sheet.safetyNotes"), e.safetyNotes());

    section(text.get("sheet.saferForms"));
    if (e.modifications().isEmpty()) {
      out.println(text.get("sheet.noneDeclared"));
    }
    for (ExerciseModification m : e.modifications()) {
      String removes =
          m.removes().stream().map(MovementPattern::id).collect(Collectors.joining(", "));
      String position = m.position().map(p -> " (" + text.id("position", p.id()) + ")").orElse("");
      TextBlock.wrap(text.get("sheet.without", removes, position), 4, m.description())
          .forEach(out::println);
    }

    section(text.get("sheet.contraindications"));
    List<Contraindication> contraindications = catalog.contraindications(e.id());
    if (contraindications.isEmpty()) {
      out.println(text.get("sheet.noContraindications"));
    }
    for (Contraindication c : contraindications) {
      String condition = catalog.condition(c.conditionId()).map(x -> x.name()).orElse(c.conditionId());
      String source =
          c.pattern()
              .map(p -> text.get("sheet.ruleOn", p.id()))
              .orElse(text.get(e.contraindications().contains(c) ? "sheet.stated" : "sheet.ruleOnArea"));
      String reason = c.reason() + (c.instead().isEmpty() ? "" : text.get("sheet.instead") + c.instead());
      TextBlock.wrap(
              "  - "
                  + TextBlock.padRight(text.id("severity", c.severity().id()), 7)
                  + " "
                  + condition
                  + " ("
                  + c.conditionId()
                  + ", "
                  + source
                  + "): ",
              4,
              reason)
          .forEach(out::println);
    }
    bullets(text.get("sheet.sources"), e.sources());
    out.flush();
  }

  /** The dosage with its pace and per-side note, as {@link Wording#dosageInFull} in this language. */
  private String dosageInFull(Exercise exercise) {
    Dosage dosage = exercise.dosage();
    StringBuilder s =
        new StringBuilder(
            text.get("sheet.dosageFull", text.count(dosage.defaultCount(), dosage.unit()), dosage.min(), dosage.max()));
    if (dosage.unit() != DosageUnit.SECONDS) {
      s.append(text.get("sheet.pace", dosage.secondsPerUnit(), text.get(dosage.unit() == DosageUnit.BREATHS ? "breath" : "rep")));
    }
    if (exercise.laterality() == Laterality.UNILATERAL) {
      s.append(text.get("sheet.perSide"));
    }
    return s.append(text.get("sheet.inAll", Wording.duration(exercise.defaultWorkSeconds()))).toString();
  }

  private void fact(String label, String value) {
    TextBlock.wrap(TextBlock.padRight(label + ":", labelWidth), labelWidth, value)
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
