package dev.limber.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.limber.core.Catalog;
import dev.limber.core.CatalogException;
import dev.limber.core.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads Limber catalogs from JSON: the catalog bundled with this library, the files of a
 * directory laid out like it, single files, or all of these together.
 *
 * <p>A catalog directory holds any of {@code areas.json}, {@code conditions.json}, {@code
 * red-flags.json}, {@code goals.json}, {@code advice.json}, {@code exercises/<id>.json}, {@code
 * sequences/<id>.json} and {@code poses/<exercise-id>.json} (how to draw an exercise). A file's kind comes from the schema its {@code "$schema"} names (such as
 * {@code "../../schema/exercise.schema.json"}), or else from where it is. Reading is strict, as
 * strict as the bundled JSON Schemas: unknown fields, wrong types, nulls, missing required fields,
 * repeated fields and anything after the JSON value are problems; so are unknown references,
 * duplicate ids (also between the bundled catalog and added files) and out-of-range values.
 *
 * <p>Loading finds every problem in every file, not just the first, each with its file, line,
 * column and JSON path, and throws them together in one {@link CatalogException}: an element with a
 * bad value is not built, but its references are still checked, so its unknown ids are reported in
 * the same run. A catalog loads whole or not at all: nothing is half-loaded, and a failed load
 * changes nothing for later loads.
 *
 * <p>Loading and {@link #validate validating} report the same problems, with one exception: a
 * bundled file edited in its own place (in the repository's source tree) takes the place of the
 * bundled element when validated. A copy anywhere else that defines a bundled id is a duplicate
 * either way, unless it says {@code "replaces"}.
 *
 * <p><b>Replacing bundled content on purpose.</b> An exercise, area, condition or sequence of the
 * added files that says {@code "replaces": "<its own id>"} takes the place of the bundled element
 * of its kind with that id: bundled sequences, variations and goals that name the id then reach
 * the app's version. Without {@code "replaces"} the same id is still a duplicate, and a {@code
 * "replaces"} that names an id the bundled catalog lacks (or any, when the bundled catalog is not
 * {@linkplain Builder#includeBundled included}) is a problem, so a renamed bundled element cannot
 * leave an override silently adding instead of replacing.
 *
 * <pre>{@code
 * Catalog bundled = CatalogLoader.bundled();
 *
 * Catalog extended = CatalogLoader.builder()
 *     .addDirectory(Path.of("my-catalog"))   // adds to the bundled catalog
 *     .load();                               // throws CatalogException with every problem
 *
 * List<Problem> problems = CatalogLoader.validate(Path.of("my-catalog/exercises/neck-roll.json"));
 * }</pre>
 *
 * <p>This class is thread-safe; its {@link Builder} is not.
 */
public final class CatalogLoader {
  private static final Supplier<Catalog> BUNDLED = Suppliers.memoize(() -> builder().load());
  private static final ConcurrentMap<Locale, Catalog> BUNDLED_LOCALIZED = new ConcurrentHashMap<>();

  private CatalogLoader() {}

  /**
   * The catalog bundled with this library: its exercises, areas, conditions, red flags, sequences
   * and goals. Loaded once, on first use, and shared; safe to call from any thread.
   *
   * @throws CatalogException if the bundled data is broken (a build problem, never the caller's);
   *     the next call tries again
   */
  public static Catalog bundled() {
    return BUNDLED.get();
  }

  /**
   * The bundled catalog in {@code locale}: every text of every element (names, steps, cues,
   * safety notes, rule reasons, ...) from the bundled locale overlays, field by field along the
   * fallback chain ({@code de-AT}, then {@code de}, then English), and the overlays' aliases
   * beside the English names and aliases, so {@code "Ischias"} finds the condition in German. The
   * catalog's {@link Catalog#locale()} is {@code locale}, so the composer words its results in
   * that language. Ids and facts are those of {@link #bundled()}. Loaded once per locale.
   *
   * @throws NullPointerException if {@code locale} is null
   */
  public static Catalog bundled(Locale locale) {
    checkNotNull(locale, "locale");
    return BUNDLED_LOCALIZED.computeIfAbsent(
        locale, l -> LocaleCatalogs.localize(bundled(), l, OverlayFile.bundled()));
  }

  /**
   * The locales the bundled overlays translate the catalog into (such as {@code de}, {@code es}),
   * as language tags, sorted.
   */
  public static ImmutableList<String> bundledLocales() {
    return ImmutableList.copyOf(LocaleCatalogs.locales(OverlayFile.bundled()));
  }

  /**
   * Checks the locale overlays, as {@code limber validate} does: those bundled, with the overlays
   * of the given catalog directories ({@code DIR/l10n/<locale>/...}) in place of the bundled files
   * at the same path, against the English catalog as {@link #validate} builds it (the bundled one
   * when the files do not build).
   *
   * @throws NullPointerException if any path is null
   */
  public static LocalizationReport localizationReport(Path... filesOrDirectories) {
    Builder builder = validating(filesOrDirectories);
    Catalog english = builder.run().optionalCatalog().orElseGet(CatalogLoader::bundled);
    return LocaleCatalogs.report(english, builder.overlayFiles());
  }

  /** The English catalog as {@link #validate} builds it from {@code directory}, or the bundled one. */
  static Catalog englishAsValidated(Path directory) {
    Builder builder = builder();
    builder.replaceBundled = true;
    builder.addDirectory(directory);
    return builder.run().optionalCatalog().orElseGet(CatalogLoader::bundled);
  }

  /**
   * A builder of the bundled catalog with the files and directories added in {@link #validate}'s
   * way: their elements replace the bundled ones with their ids.
   */
  private static Builder validating(Path... filesOrDirectories) {
    checkNotNull(filesOrDirectories, "filesOrDirectories");
    Builder builder = builder();
    builder.replaceBundled = true;
    for (Path path : filesOrDirectories) {
      checkNotNull(path, "filesOrDirectories cannot contain null");
      if (Files.isDirectory(path)) {
        builder.addDirectory(path);
      } else {
        builder.addFile(path);
      }
    }
    return builder;
  }

  /** A new builder, which includes the bundled catalog unless told otherwise. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks catalog files as they would stand in the bundled catalog, as {@code limber validate}
   * does, and returns every problem found without throwing: in the files themselves, and between
   * them and the rest of the catalog. Each path is a catalog directory or a single file.
   *
   * <p>An element of a bundled file edited in its own place (a path ending in the bundled
   * resource's, such as {@code
   * data/src/main/resources/dev/limber/data/catalog/exercises/cat-cow.json}, or that whole
   * directory) <em>replaces</em> the bundled element with its kind and id, one id at a time for a
   * top-level file such as {@code areas.json}; so does one that says {@code "replaces"}, as when
   * loading. A copy elsewhere that defines a bundled id is a duplicate, as loading reports it. References, in the files and in the bundled files, are then checked against the catalog
   * that results. Two of the files that define the same id are still a duplicate. A catalog that
   * builds is then {@linkplain Catalog#lint() linted}: a condition rule that no longer reaches any
   * exercise, say, is reported at the rule.
   *
   * <p>Otherwise this reports exactly what {@link Builder#problems()} does for the same files
   * added to the bundled catalog.
   *
   * @return every problem, sorted by resource, line and column; empty if all is well
   * @throws NullPointerException if any path is null
   */
  public static ImmutableList<Problem> validate(Path... filesOrDirectories) {
    return validating(filesOrDirectories).problems();
  }

  /**
   * Collects what to load: the bundled catalog (by default), directories and single files, in
   * the order added. Not thread-safe; {@link #load()} may be called more than once and reads the
   * added files afresh each time.
   *
   * <p>The added files add to the bundled catalog: an element with an id the bundled catalog has
   * already is a duplicate, reported with where the bundled one is, so that an app never shadows
   * bundled content by accident; one that says {@code "replaces"} with its id replaces it on
   * purpose (see {@link CatalogLoader}). (To check edits of the bundled files themselves, use {@link
   * CatalogLoader#validate}, where a file's elements replace the bundled ones with their ids.)
   */
  public static final class Builder {
    private boolean includeBundled = true;
    /** Whether the added elements replace the bundled ones with their ids, as in validate. */
    private boolean replaceBundled;
    private final List<Input> inputs = new ArrayList<>();
    private final List<Path> directories = new ArrayList<>();
    private @Nullable Locale locale;

    private Builder() {}

    /**
     * Loads the catalog in {@code locale}: its texts from the locale overlays (bundled, and those
     * of the added directories, {@code DIR/l10n/<locale>/}), field by field along the fallback
     * chain ({@code de-AT}, then {@code de}, then English); see {@link CatalogLoader#bundled(Locale)}.
     * A missing, stale or malformed translation never stops loading: that field stays English
     * ({@link #localizationReport()} and {@code limber validate} report it). Overlays come from
     * the bundled catalog and from directories added with {@link #addDirectory}, not from
     * {@link #addFile} or {@link #addJson}. English by default.
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public Builder locale(Locale locale) {
      this.locale = checkNotNull(locale, "locale");
      return this;
    }

    /**
     * The coverage of every locale's overlays (bundled and those of the added directories)
     * against the catalog this builder loads, and every problem in them.
     *
     * @throws CatalogException if the catalog itself does not load
     */
    public LocalizationReport localizationReport() {
      CatalogSource.Result result = run();
      if (!result.problems().isEmpty()) {
        throw new CatalogException(result.problems());
      }
      return LocaleCatalogs.report(result.optionalCatalog().get(), overlayFiles());
    }

    private List<OverlayFile> overlayFiles() {
      List<OverlayFile> added = new ArrayList<>();
      directories.forEach(d -> added.addAll(OverlayFile.inDirectory(d)));
      return LocaleCatalogs.files(includeBundled, added, replaceBundled);
    }

    /** Whether to start from the bundled catalog; {@code true} by default. */
    public Builder includeBundled(boolean include) {
      this.includeBundled = include;
      return this;
    }

    /**
     * Adds the catalog files of {@code directory}, laid out like the bundled catalog: {@code
     * areas.json}, {@code conditions.json}, {@code red-flags.json}, {@code goals.json}, {@code advice.json} and any
     * other {@code *.json} file at the top (each must say its kind in {@code "$schema"}), and the
     * {@code *.json} files in {@code exercises/} and {@code sequences/}. Any of them may be
     * absent; other files and folders are ignored. The directory is read when loading. An id
     * that the bundled catalog (or another added file) has already is a duplicate, not a
     * replacement; see {@link CatalogLoader#validate} for that.
     *
     * @throws NullPointerException if {@code directory} is null
     */
    public Builder addDirectory(Path directory) {
      Path dir = checkNotNull(directory, "directory");
      inputs.add(reader -> readDirectory(dir, reader));
      directories.add(dir);
      return this;
    }

    /**
     * Adds one catalog file. Its kind comes from its {@code "$schema"}, or else from its place:
     * in an {@code exercises} or {@code sequences} folder, or named like a top-level catalog file.
     * The file is read when loading.
     *
     * @throws NullPointerException if {@code file} is null
     */
    public Builder addFile(Path file) {
      Path f = checkNotNull(file, "file");
      inputs.add(reader -> readFile(f, reader));
      return this;
    }

    /**
     * Adds one catalog file given as text, for apps that keep catalog files elsewhere than on a
     * file system (Android assets, a database). {@code resource} names it in problems and, when
     * the JSON has no {@code "$schema"}, tells its kind the way a path does (such as {@code
     * exercises/neck-roll.json}).
     *
     * @throws NullPointerException if an argument is null
     */
    public Builder addJson(String resource, String json) {
      String name = checkNotNull(resource, "resource");
      checkNotNull(json, "json");
      int lone = JsonDocument.loneSurrogate(json);
      if (lone >= 0) {
        // UTF-8 has no form for it: encoding would turn it into "?" unseen.
        inputs.add(reader -> reader.loneSurrogate(name, json, lone));
        return this;
      }
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      inputs.add(reader -> reader.read(name, bytes));
      return this;
    }

    /**
     * Reads everything added and builds the catalog.
     *
     * @throws CatalogException with every problem found, in every file; nothing is loaded then
     */
    public Catalog load() {
      CatalogSource.Result result = run();
      if (!result.problems().isEmpty()) {
        throw new CatalogException(result.problems());
      }
      Catalog english = result.optionalCatalog().get();
      if (locale == null) {
        return english;
      }
      if (inputs.isEmpty() && includeBundled) {
        return bundled(locale);
      }
      return LocaleCatalogs.localize(english, locale, overlayFiles());
    }

    /**
     * Reads everything added, as {@link #load()} does, and returns every problem found instead of
     * throwing them.
     *
     * @return every problem, sorted by resource, line and column; empty if the catalog loads
     */
    public ImmutableList<Problem> problems() {
      return run().problems();
    }

    private CatalogSource.Result run() {
      CatalogSource added = new CatalogSource();
      CatalogFileReader reader = new CatalogFileReader(added);
      for (Input input : inputs) {
        input.readInto(reader);
      }
      if (!includeBundled) {
        added.problems().addAll(added.unmatchedReplacements(null));
        return added.build();
      }
      CatalogSource bundled = BundledCatalog.source();
      CatalogSource source = new CatalogSource();
      if (replaceBundled) {
        source.addAllReplacedBy(bundled, added);
      } else {
        source.addAllOverriddenBy(bundled, added);
      }
      source.problems().addAll(added.unmatchedReplacements(bundled));
      source.addAll(added);
      return source.build(replaceBundled);
    }
  }

  @FunctionalInterface
  private interface Input {
    void readInto(CatalogFileReader reader);
  }

  private static void readDirectory(Path directory, CatalogFileReader reader) {
    if (!Files.isDirectory(directory)) {
      reader.unreadable(directory.toString(), CatalogFiles.notADirectory(directory));
      return;
    }
    jsonFiles(directory, reader).forEach(f -> readFile(f, reader));
    for (String folder : List.of("exercises", "sequences", "poses")) {
      Path sub = directory.resolve(folder);
      if (Files.isDirectory(sub)) {
        jsonFiles(sub, reader).forEach(f -> readFile(f, reader));
      } else if (CatalogFiles.existsItself(sub)) {
        reader.unreadable(sub.toString(), CatalogFiles.notADirectory(sub));
      }
    }
  }

  /**
   * Every entry of {@code directory} named {@code *.json}, whatever it is: a folder, a pipe or a
   * broken link named so is reported when read, not skipped.
   */
  private static List<Path> jsonFiles(Path directory, CatalogFileReader reader) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      reader.unreadable(directory.toString(), "cannot list the directory: " + e.getMessage());
      return List.of();
    }
  }

  private static void readFile(Path file, CatalogFileReader reader) {
    CatalogFiles.read(file, reader);
  }
}
