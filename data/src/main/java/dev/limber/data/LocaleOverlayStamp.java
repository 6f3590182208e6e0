package dev.limber.data;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.limber.core.Catalog;
import dev.limber.core.CatalogException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.Map;

/**
 * Stamps locale overlays for translators: sets the {@code "from"} of every translated field to the
 * hash of the current English text, after the translation has been checked against it. This is
 * what {@code limber l10n stamp} runs.
 *
 * <p>This class is thread-safe, but two stamps of the same files at once are not.
 */
public final class LocaleOverlayStamp {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LocaleOverlayStamp() {}

  /**
   * Stamps every overlay file of {@code locale} under {@code catalogDirectory/l10n/<locale>/}
   * against the English of that catalog directory (in place of the bundled elements with the same
   * ids, as {@link CatalogLoader#validate} reads it). Fields the English element lacks and entries
   * of unknown ids are left as they are; {@code limber validate} reports them.
   *
   * @return the files rewritten
   * @throws CatalogException if the catalog directory does not load
   * @throws IOException if a file cannot be read or written
   * @throws IllegalArgumentException if {@code locale} is not a locale tag such as {@code de}
   */
  public static ImmutableList<Path> stamp(Path catalogDirectory, String locale) throws IOException {
    return stamp(catalogDirectory, locale, true);
  }

  /**
   * Stamps as {@link #stamp(Path, String)} does; with {@code onTopOfBundled} false the directory
   * is a whole catalog of its own (as {@code --no-bundled} loads it), and its English is the
   * directory's alone.
   *
   * @throws CatalogException if the catalog directory does not load
   * @throws IOException if a file cannot be read or written
   * @throws IllegalArgumentException if {@code locale} is not a locale tag such as {@code de}
   */
  public static ImmutableList<Path> stamp(Path catalogDirectory, String locale, boolean onTopOfBundled)
      throws IOException {
    checkNotNull(catalogDirectory, "catalogDirectory");
    checkNotNull(locale, "locale");
    checkArgument(LocaleOverlays.isLocaleTag(locale), "locale (%s) must be a tag such as de or de-AT", locale);
    ImmutableList<dev.limber.core.Problem> problems =
        onTopOfBundled
            ? CatalogLoader.validate(catalogDirectory)
            : CatalogLoader.builder().includeBundled(false).addDirectory(catalogDirectory).problems();
    if (!problems.isEmpty()) {
      throw new CatalogException(problems);
    }
    Catalog english =
        onTopOfBundled
            ? CatalogLoader.englishAsValidated(catalogDirectory)
            : CatalogLoader.builder().includeBundled(false).addDirectory(catalogDirectory).load();
    Map<String, Map<String, Map<String, Object>>> en = LocaleOverlays.english(english);
    ImmutableList.Builder<Path> written = ImmutableList.builder();
    for (OverlayFile f : OverlayFile.inDirectory(catalogDirectory)) {
      if (!f.locale.equals(locale) || !f.error.isEmpty()) {
        continue;
      }
      Path path = Paths.get(f.resource);
      JsonNode root = JSON.readTree(f.bytes);
      String kind = root.path("kind").asText("");
      if (!LocaleOverlays.FIELDS.containsKey(kind)) {
        continue;
      }
      for (JsonNode entry : root.path("entries")) {
        Map<String, Object> source = en.get(kind).get(entry.path("id").asText(""));
        JsonNode fields = entry.path("fields");
        if (source == null || !fields.isObject()) {
          continue;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          Object value = source.get(field.getKey());
          if (value != null && field.getValue().isObject()) {
            ((ObjectNode) field.getValue())
                .put("from", LocaleOverlays.hash(LocaleOverlays.field(kind, field.getKey()), value));
          }
        }
      }
      Files.write(path, (write(root) + "\n").getBytes(StandardCharsets.UTF_8));
      written.add(path);
    }
    return written.build();
  }

  /** Two-space indents, {@code "key": value}, one array element a line: as Python's json.dump(indent=2). */
  static String write(JsonNode root) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""));
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return JSON.writer(printer).writeValueAsString(root);
  }
}
