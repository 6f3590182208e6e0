package dev.limber.examples;

import dev.limber.core.Problem;
import dev.limber.data.CatalogLoader;
import dev.limber.data.LocalizationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code limber validate}: checks catalog files, as the loader would read them, and prints every
 * problem as {@code file:line:column: message}.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks catalog files and prints every problem as file:line:column: message.",
      "Files are checked on top of the bundled catalog, so they may refer to its areas,"
          + " conditions and exercises; use --no-bundled to check a whole catalog on its own.",
      "A directory with locale overlays (l10n/LOCALE/) has them checked too: problems as above,"
          + " translations out of date with the English as [warning] lines, and the coverage.",
      "Exit code 0 when all is well, 1 when there is any problem."
    },
    footer = {
      "",
      "Examples:",
      "  limber validate my-catalog/",
      "  limber validate my-catalog/exercises/neck-roll.json"
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "DIR_OR_FILE",
      description = "Catalog directories (exercises/, sequences/, areas.json, ...) or single files.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--no-bundled",
      description = "Check the files on their own, without the bundled catalog.")
  boolean noBundled;

  @Override
  public Integer call() {
    int files = 0;
    List<String> lines = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        files++;
        continue;
      }
      int inDirectory = countJsonFiles(path) + countOverlayFiles(path);
      if (inDirectory == 0) {
        lines.add(
            path
                + ": no catalog files here (expected areas.json, conditions.json, red-flags.json,"
                + " goals.json, advice.json, exercises/*.json or sequences/*.json)");
      }
      files += inDirectory;
    }
    List<Problem> problems =
        noBundled ? problemsOnTheirOwn() : CatalogLoader.validate(paths.toArray(new Path[0]));
    problems.forEach(p -> lines.add(p.toString()));
    // Translations are checked when a directory given has them (l10n/), against the English of
    // the files given, so only when that builds.
    boolean overlays = paths.stream().anyMatch(p -> Files.isDirectory(p.resolve("l10n")));
    Optional<LocalizationReport> translations =
        overlays && problems.isEmpty() ? Optional.of(localizationReport()) : Optional.empty();
    translations.ifPresent(t -> t.problems().forEach(p -> lines.add(p.toString())));
    PrintWriter out = spec.commandLine().getOut();
    if (lines.isEmpty()) {
      out.println(
          "OK: "
              + Wording.plural(files, "catalog file", "catalog files")
              + " checked"
              + (noBundled ? "" : " on top of the bundled catalog")
              + ", no problems.");
      translations.ifPresent(t -> printTranslations(out, t));
      out.flush();
      return LimberCli.OK;
    }
    lines.forEach(out::println);
    translations.ifPresent(t -> printTranslations(out, t));
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        spec.qualifiedName() + ": " + Wording.plural(lines.size(), "problem", "problems") + " found.");
    if (!noBundled && problems.stream()
            .anyMatch(
                p ->
                    p.message().startsWith("duplicate")
                        && !p.message().startsWith("duplicate field"))) {
      err.println(
          "An id may be defined once: a copy of a bundled file elsewhere is a duplicate, as when"
              + " an app loads it; edit the bundled file in its place, or give yours its own id,"
              + " or say \"replaces\" to replace the bundled one on purpose.");
    }
    err.flush();
    return LimberCli.DATA_PROBLEM;
  }

  /**
   * The coverage and problems of the locale overlays: the bundled ones with those of the given
   * directories ({@code DIR/l10n/<locale>/}) in their place.
   */
  private LocalizationReport localizationReport() {
    if (noBundled) {
      CatalogLoader.Builder loader = CatalogLoader.builder().includeBundled(false);
      paths.stream().filter(Files::isDirectory).forEach(loader::addDirectory);
      paths.stream().filter(p -> !Files.isDirectory(p)).forEach(loader::addFile);
      return loader.localizationReport();
    }
    return CatalogLoader.localizationReport(paths.toArray(new Path[0]));
  }

  /** The stale translations (warnings: the field shows English) and the coverage per locale. */
  private static void printTranslations(PrintWriter out, LocalizationReport report) {
    if (report.locales().isEmpty()) {
      return;
    }
    report.stale().forEach(p -> out.println(p + " [warning]"));
    out.println("Translations:");
    out.print(report.toString().replaceAll("(?m)^", "  "));
  }

  /** The problems of the files without the bundled catalog, which they may then not refer to. */
  private List<Problem> problemsOnTheirOwn() {
    CatalogLoader.Builder loader = CatalogLoader.builder().includeBundled(false);
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        loader.addDirectory(path);
      } else {
        loader.addFile(path);
      }
    }
    return loader.problems();
  }

  /** The locale overlay files of a catalog directory: l10n/LOCALE/*.json and l10n/LOCALE/exercises/*.json. */
  private static int countOverlayFiles(Path directory) {
    Path l10n = directory.resolve("l10n");
    if (!Files.isDirectory(l10n)) {
      return 0;
    }
    int count = 0;
    try (Stream<Path> locales = Files.list(l10n)) {
      for (Path locale : (Iterable<Path>) locales::iterator) {
        count += countJson(locale) + countJson(locale.resolve("exercises"));
      }
    } catch (IOException e) {
      // Reported with the overlays.
    }
    return count;
  }

  private static int countJson(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return (int) files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
    } catch (IOException e) {
      return 0;
    }
  }

  /** The JSON files the loader reads from a catalog directory: at its top, in exercises/ and sequences/. */
  private static int countJsonFiles(Path directory) {
    int count = 0;
    for (Path dir : List.of(directory, directory.resolve("exercises"), directory.resolve("sequences"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        count +=
            (int)
                files
                    .filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .count();
      } catch (IOException e) {
        // The loader reports the directory as unreadable.
      }
    }
    return count;
  }
}
