package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.CatalogException;
import dev.limber.data.CatalogLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that choose the catalog a command works on: the bundled one, plus any directories
 * given with {@code --catalog}, or those directories alone with {@code --no-bundled}.
 */
final class CatalogOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--catalog",
      paramLabel = "DIR",
      description = {
        "A catalog directory, laid out like the bundled one, loaded on top of the bundled"
            + " catalog. Repeatable."
      })
  List<Path> directories = new ArrayList<>();

  @Option(
      names = "--no-bundled",
      description = "Use only the --catalog directories, without the bundled catalog.")
  boolean noBundled;

  /**
   * Loads the catalog.
   *
   * @throws ParameterException if a directory does not exist or is not a directory, or nothing is
   *     left to load
   * @throws CatalogException with every problem in the files
   */
  Catalog load() {
    if (directories.isEmpty()) {
      if (noBundled) {
        throw new ParameterException(
            mixee.commandLine(), "--no-bundled needs at least one --catalog DIR");
      }
      return CatalogLoader.bundled();
    }
    CatalogLoader.Builder loader = CatalogLoader.builder().includeBundled(!noBundled);
    for (Path directory : directories) {
      if (!Files.isDirectory(directory)) {
        String why = Files.exists(directory) ? "not a directory" : "no such directory";
        throw new ParameterException(mixee.commandLine(), "--catalog " + directory + ": " + why);
      }
      loader.addDirectory(directory);
    }
    return loader.load();
  }
}
