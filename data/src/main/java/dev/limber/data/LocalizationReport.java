package dev.limber.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.limber.core.Problem;
import java.util.Locale;

/**
 * How far each locale's overlays translate the catalog: per locale and kind of element, how many
 * elements are fully translated, how many fields are missing or stale; and every problem found in
 * the overlay files (wrong shape, extra or unknown entries and fields) and every stale or unstamped
 * translation, each with file, line, column and JSON path. Made by {@link CatalogLoader#localizationReport}
 * and {@link CatalogLoader.Builder#localizationReport()}.
 *
 * <p>An element is translated when its overlay entry has every field the English element has,
 * each up to date. A missing translation is not a problem (the English is shown); it only lowers
 * the coverage.
 *
 * <p>Immutable and thread-safe.
 */
public final class LocalizationReport {
  /** The coverage of one kind of element in one locale. Immutable. */
  public static final class Coverage {
    private final String kind;
    private final int elements;
    private final int translated;
    private final int missingFields;
    private final int staleFields;

    Coverage(String kind, int elements, int translated, int missingFields, int staleFields) {
      this.kind = kind;
      this.elements = elements;
      this.translated = translated;
      this.missingFields = missingFields;
      this.staleFields = staleFields;
    }

    /** The kind, as overlay files name it: {@code exercises}, {@code areas}, {@code red-flags}, ... */
    public String kind() {
      return kind;
    }

    /** How many elements of the kind the English catalog has. */
    public int elements() {
      return elements;
    }

    /** How many of them are fully and freshly translated. */
    public int translated() {
      return translated;
    }

    /** How many fields lack a translation (whole missing entries count every field). */
    public int missingFields() {
      return missingFields;
    }

    /** How many translated fields are stale or unstamped (the English changed since). */
    public int staleFields() {
      return staleFields;
    }

    /** {@link #translated()} as a percentage of {@link #elements()}; 100 for a kind with none. */
    public double percent() {
      return elements == 0 ? 100 : 100.0 * translated / elements;
    }
  }

  private final ImmutableMap<String, ImmutableList<Coverage>> coverage;
  private final ImmutableList<Problem> problems;
  private final ImmutableList<Problem> stale;

  LocalizationReport(
      ImmutableMap<String, ImmutableList<Coverage>> coverage,
      ImmutableList<Problem> problems,
      ImmutableList<Problem> stale) {
    this.coverage = coverage;
    this.problems = problems;
    this.stale = stale;
  }

  /** The locales with overlays, as their folder names ({@code de}, {@code de-AT}, {@code es}), sorted. */
  public ImmutableList<String> locales() {
    return coverage.keySet().asList();
  }

  /**
   * The coverage of each kind in {@code locale}; empty if it has no overlays.
   *
   * @throws NullPointerException if {@code locale} is null
   */
  public ImmutableList<Coverage> coverage(String locale) {
    return coverage.getOrDefault(checkNotNull(locale, "locale"), ImmutableList.of());
  }

  /** The share of all elements fully translated in {@code locale}, as a percentage. */
  public double percent(String locale) {
    int elements = 0;
    int translated = 0;
    for (Coverage c : coverage(locale)) {
      elements += c.elements();
      translated += c.translated();
    }
    return elements == 0 ? 0 : 100.0 * translated / elements;
  }

  /**
   * Every problem in the overlay files themselves: not JSON, unknown keys, values of the wrong
   * type, an unknown kind, a locale other than its folder's, a field its kind does not
   * translate, a second entry for one element, or a text of the wrong shape under an up-to-date
   * hash. Sorted by file, line and column. What the English has changed since is not among them:
   * see {@link #stale()}.
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * Every translation out of date with the English, at its place in the file: a stale or
   * unstamped hash (the English changed since; a list of the old length is part of that), a
   * field the English has and the entry lacks, a field or element the English no longer has.
   * Sorted by file, line and column. Such a field shows English until it is translated and
   * stamped; these are apart from {@link #problems()} so that editing an English text does not
   * break a build before a translator has seen it.
   */
  public ImmutableList<Problem> stale() {
    return stale;
  }

  /** The coverage as a small table, one line per locale and kind, for a terminal. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (coverage.isEmpty()) {
      return "No locale overlays.\n";
    }
    for (String locale : locales()) {
      s.append(String.format(Locale.ROOT, "%s: %.0f %% translated%n", locale, Math.floor(percent(locale))));
      for (Coverage c : coverage(locale)) {
        s.append(
            String.format(
                Locale.ROOT,
                "  %-18s %4d/%-4d %5.1f %%  missing fields %d, stale %d%n",
                c.kind(),
                c.translated(),
                c.elements(),
                c.percent(),
                c.missingFields(),
                c.staleFields()));
      }
    }
    return s.toString();
  }
}
