package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.CatalogException;
import dev.limber.data.CatalogLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import dev.limber.core.MessageRenderer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that choose the catalog a command works on: the bundled one, plus any directories
 * given with {@code --catalog}, or those directories alone with {@code --no-bundled}.
 */
final class CatalogOptions {
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

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

  @Option(
      names = "--locale",
      paramLabel = "TAG",
      description = {
        "The language of names, steps, reasons, cautions and labels, such as de, es or de-AT"
            + " (default en). A regional locale falls back to its language, then to English,"
            + " text by text; a language without translations falls back to English, with a note."
      })
  @Nullable String locale;

  /**
   * The locale asked for with {@code --locale}, or English.
   *
   * @throws ParameterException if it is not a language tag
   */
  Locale locale() {
    if (locale == null) {
      return Locale.ENGLISH;
    }
    Locale parsed = Locale.forLanguageTag(locale.replace('_', '-'));
    if (!LANGUAGE_TAG.matcher(locale).matches() || parsed.getLanguage().isEmpty()) {
      throw new ParameterException(
          mixee.commandLine(), "--locale '" + locale + "' is not a language tag such as de, es or de-AT");
    }
    return parsed;
  }

  /**
   * Loads the catalog.
   *
   * @throws ParameterException if a directory does not exist or is not a directory, or nothing is
   *     left to load
   * @throws CatalogException with every problem in the files
   */
  Catalog load() {
    Locale locale = locale();
    Catalog catalog = loadIn(locale);
    if (!locale.getLanguage().equals("en")
        && MessageRenderer.of(catalog, locale).language().equals(Locale.ENGLISH)) {
      mixee.commandLine()
          .getErr()
          .println(
              mixee.qualifiedName()
                  + ": note: no translation into "
                  + locale.toLanguageTag()
                  + "; showing English (translated: "
                  + MessageRenderer.LANGUAGES.stream()
                      .map(Locale::toLanguageTag)
                      .filter(tag -> !tag.equals("en"))
                      .collect(Collectors.joining(", "))
                  + ")");
      mixee.commandLine().getErr().flush();
    }
    return catalog;
  }

  private Catalog loadIn(Locale locale) {
    if (directories.isEmpty()) {
      if (noBundled) {
        throw new ParameterException(
            mixee.commandLine(), "--no-bundled needs at least one --catalog DIR");
      }
      return this.locale == null ? CatalogLoader.bundled() : CatalogLoader.bundled(locale);
    }
    CatalogLoader.Builder loader = CatalogLoader.builder().includeBundled(!noBundled);
    if (this.locale != null) {
      loader.locale(locale);
    }
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
