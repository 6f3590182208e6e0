package dev.limber.examples;

import dev.limber.core.Problem;
import dev.limber.data.CatalogLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
      int inDirectory = countJsonFiles(path);
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
    PrintWriter out = spec.commandLine().getOut();
    if (lines.isEmpty()) {
      out.println(
          "OK: "
              + Wording.plural(files, "catalog file", "catalog files")
              + " checked"
              + (noBundled ? "" : " on top of the bundled catalog")
              + ", no problems.");
      out.flush();
      return LimberCli.OK;
    }
    lines.forEach(out::println);
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
