package dev.limber.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.limber.core.Catalog;
import dev.limber.data.JsonDocument.Mark;
import dev.limber.data.LocaleOverlays.Translations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads locale overlays against an English catalog: the catalog of a locale, or the coverage report. */
final class LocaleCatalogs {
  private LocaleCatalogs() {}

  /**
   * The overlay files, those of {@code added} after the bundled ones; with {@code replace}, an
   * added file takes the place of the bundled one at the same path under {@code l10n/}.
   */
  static List<OverlayFile> files(boolean includeBundled, List<OverlayFile> added, boolean replace) {
    Map<String, OverlayFile> byPath = new LinkedHashMap<>();
    List<OverlayFile> out = new ArrayList<>();
    if (includeBundled) {
      OverlayFile.bundled().forEach(f -> byPath.put(f.relative, f));
    }
    for (OverlayFile f : added) {
      if (replace) {
        byPath.put(f.relative, f);
      } else {
        out.add(f);
      }
    }
    List<OverlayFile> all = new ArrayList<>(byPath.values());
    all.addAll(out);
    return all;
  }

  /** The translations of {@code locale} in {@code files}, problems going to {@code problems}. */
  static Translations read(
      String locale,
      List<OverlayFile> files,
      Map<String, Map<String, Map<String, Object>>> english,
      ProblemList problems,
      ProblemList stale) {
    LocaleOverlays.Reader reader = new LocaleOverlays.Reader(locale, english, problems, stale);
    for (OverlayFile f : files) {
      if (!f.locale.equals(locale)) {
        continue;
      }
      if (!f.error.isEmpty()) {
        problems.add(f.resource, Mark.UNKNOWN, "$", f.error);
      } else {
        reader.read(f.resource, f.bytes, !f.bundled);
      }
    }
    return reader.translations;
  }

  /** The catalog in {@code locale}: English where its fallback chain has no up-to-date translation. */
  static Catalog localize(Catalog english, Locale locale, List<OverlayFile> files) {
    if (Localizer.chain(locale).isEmpty()) {
      return english; // English: nothing to translate
    }
    Map<String, Map<String, Map<String, Object>>> en = LocaleOverlays.english(english);
    List<Translations> chain = new ArrayList<>();
    for (String tag : Localizer.chain(locale)) {
      chain.add(read(tag, files, en, new ProblemList(), new ProblemList()));
    }
    return new Localizer(chain).localize(english, locale);
  }

  /** The locales {@code files} have overlays for. */
  static List<String> locales(List<OverlayFile> files) {
    List<String> out = new ArrayList<>();
    files.stream().map(f -> f.locale).distinct().sorted().forEach(out::add);
    return out;
  }

  static LocalizationReport report(Catalog english, List<OverlayFile> files) {
    Map<String, Map<String, Map<String, Object>>> en = LocaleOverlays.english(english);
    ProblemList problems = new ProblemList();
    ProblemList stale = new ProblemList();
    Map<String, ImmutableList<LocalizationReport.Coverage>> coverage = new TreeMap<>();
    Map<String, Translations> read = new TreeMap<>();
    for (String locale : locales(files)) {
      read.put(locale, read(locale, files, en, problems, stale));
    }
    for (String locale : locales(files)) {
      Translations t = read.get(locale);
      // A regional locale is covered where it or its language translates a field.
      List<Translations> chain = new ArrayList<>();
      for (String tag : Localizer.chain(Locale.forLanguageTag(locale))) {
        if (read.containsKey(tag)) {
          chain.add(read.get(tag));
        }
      }
      ImmutableList.Builder<LocalizationReport.Coverage> kinds = ImmutableList.builder();
      for (String kind : LocaleOverlays.FIELDS.keySet()) {
        int translated = 0;
        int missing = 0;
        int staleFields = 0;
        for (Map.Entry<String, Map<String, Object>> element : en.get(kind).entrySet()) {
          Set<String> done = new HashSet<>();
          for (Translations each : chain) {
            done.addAll(each.texts.get(kind).getOrDefault(element.getKey(), ImmutableMap.of()).keySet());
          }
          int staleHere = t.stale.get(kind).getOrDefault(element.getKey(), ImmutableSet.of()).size();
          int missingHere = 0;
          for (String field : element.getValue().keySet()) {
            if (!done.contains(field)) {
              missingHere++;
            }
          }
          staleFields += staleHere;
          missing += missingHere - staleHere;
          if (missingHere == 0) {
            translated++;
          }
        }
        kinds.add(new LocalizationReport.Coverage(kind, en.get(kind).size(), translated, Math.max(0, missing), staleFields));
      }
      coverage.put(locale, kinds.build());
    }
    return new LocalizationReport(ImmutableMap.copyOf(coverage), problems.sorted(), stale.sorted());
  }
}
