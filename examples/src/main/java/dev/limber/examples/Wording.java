package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.Dosage;
import dev.limber.core.DosageUnit;
import dev.limber.core.Exercise;
import dev.limber.core.Laterality;
import dev.limber.core.TargetArea;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the command-line tool words values: counts and plurals, times, dosages and area names. */
final class Wording {
  private Wording() {}

  /** A count in its unit: {@code 30 s}, {@code 8 breaths}, {@code 1 rep}. */
  static String count(int count, DosageUnit unit) {
    switch (unit) {
      case SECONDS:
        return count + " s";
      case BREATHS:
        return plural(count, "breath", "breaths");
      default:
        return plural(count, "rep", "reps");
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
    return s.append("; ").append(duration(exercise.defaultWorkSeconds())).append(" in all").toString();
  }

  /** {@code count} of {@code singular}, in the plural unless the count is one. */
  static String plural(int count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /** {@code seconds} as {@code mm:ss}, such as {@code 09:45}. */
  static String clock(int seconds) {
    return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
  }

  /** {@code seconds} as a short duration: {@code 45 s}, {@code 2 min} or {@code 2 min 30 s}. */
  static String duration(int seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    int minutes = seconds / 60;
    int rest = seconds % 60;
    return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
  }

  /** Each area's name with its id, such as {@code Lower back (lower-back)}, comma separated. */
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
