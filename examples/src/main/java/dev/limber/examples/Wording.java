package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.Dosage;
import dev.limber.core.DosageUnit;
import dev.limber.core.Exercise;
import dev.limber.core.Laterality;
import dev.limber.core.TargetArea;
import java.util.Collection;
import java.util.stream.Collectors;

/** How the command-line tool words domain values: counts, dosages and area names. */
final class Wording {
  private Wording() {}

  /** A count in its unit: {@code 30 s}, {@code 8 breaths}, {@code 1 rep}. */
  static String count(int count, DosageUnit unit) {
    switch (unit) {
      case SECONDS:
        return count + " s";
      case BREATHS:
        return TextBlock.plural(count, "breath", "breaths");
      default:
        return TextBlock.plural(count, "rep", "reps");
    }
  }

  /** The default count with its range, such as {@code 8 breaths (5-10)}. */
  static String dosage(Dosage dosage) {
    String range = dosage.min() == dosage.max() ? "" : " (" + dosage.min() + "-" + dosage.max() + ")";
    return count(dosage.defaultCount(), dosage.unit()) + range;
  }

  /** The dosage with its pace and per-side note, as a sentence fragment for one exercise. */
  static String dosageInFull(Exercise exercise) {
    Dosage dosage = exercise.dosage();
    StringBuilder s =
        new StringBuilder(count(dosage.defaultCount(), dosage.unit()))
            .append(" by default (")
            .append(dosage.min())
            .append(" to ")
            .append(dosage.max())
            .append(')');
    if (dosage.unit() != DosageUnit.SECONDS) {
      s.append(", about ").append(dosage.secondsPerUnit()).append(" s per ").append(dosage.unit() == DosageUnit.BREATHS ? "breath" : "rep");
    }
    if (exercise.laterality() == Laterality.UNILATERAL) {
      s.append(", per side");
    }
    return s.append("; ").append(TextBlock.duration(exercise.defaultWorkSeconds())).append(" in all").toString();
  }

  /** An enum id in plain words: {@code hands-and-knees} becomes {@code hands and knees}. */
  static String words(String id) {
    return id.replace('-', ' ');
  }

  /** Each area's name, with its id when the name differs from it, comma separated. */
  static String areas(Catalog catalog, Collection<String> areaIds) {
    return areaIds.stream().map(id -> area(catalog, id)).collect(Collectors.joining(", "));
  }

  /** The area's name, or its id when the catalog does not know it. */
  static String areaName(Catalog catalog, String areaId) {
    return catalog.area(areaId).map(TargetArea::name).orElse(areaId);
  }

  private static String area(Catalog catalog, String areaId) {
    return areaName(catalog, areaId) + " (" + areaId + ")";
  }
}
