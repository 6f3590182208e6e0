package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hash of every translatable field, worked out from the loaded catalog, is the one the
 * translators' tool works out from the raw JSON files: the English strings as written, joined by
 * U+001F, missing sub-fields as "". So overlays stamped either way agree.
 */
class OverlayHashAgreementTest {
  private static final Path SOURCES = Path.of("src/main/resources", BundledCatalog.ROOT);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void hashesFromTheCatalogAreTheHashesOfTheRawFiles() throws IOException {
    Map<String, Map<String, Map<String, Object>>> english = LocaleOverlays.english(CatalogLoader.bundled());
    Map<String, String> fromCatalog = new TreeMap<>();
    english.forEach(
        (kind, elements) ->
            elements.forEach(
                (id, fields) ->
                    fields.forEach(
                        (name, value) ->
                            fromCatalog.put(
                                kind + " " + id + " " + name,
                                LocaleOverlays.hash(LocaleOverlays.field(kind, name), value)))));

    Map<String, String> fromFiles = new TreeMap<>();
    for (Path f : files(SOURCES.resolve("exercises"))) {
      raw(fromFiles, "exercises", JSON.readTree(f.toFile()));
    }
    for (Path f : files(SOURCES.resolve("sequences"))) {
      raw(fromFiles, "sequences", JSON.readTree(f.toFile()));
    }
    for (String[] kind :
        new String[][] {{"areas", "areas"}, {"conditions", "conditions"}, {"red-flags", "redFlags"}, {"goals", "goals"}, {"advice", "advice"}}) {
      for (JsonNode element : JSON.readTree(SOURCES.resolve(kind[0] + ".json").toFile()).path(kind[1])) {
        raw(fromFiles, kind[0], element);
      }
    }

    assertEquals(fromFiles, fromCatalog);
  }

  private static void raw(Map<String, String> out, String kind, JsonNode element) {
    for (LocaleOverlays.Field field : LocaleOverlays.FIELDS.get(kind)) {
      JsonNode value = element.get(field.name);
      if (value == null || value.isNull() || (value.isArray() && value.size() == 0)) {
        continue;
      }
      List<String> strings = new ArrayList<>();
      switch (field.shape) {
        case TEXT:
          strings.add(value.asText());
          break;
        case TEXTS:
          value.forEach(v -> strings.add(v.asText()));
          break;
        default:
          for (JsonNode o : value) {
            for (String sub : field.subs) {
              strings.add(o.path(sub).asText(""));
            }
          }
      }
      String hash =
          Hashing.sha256().hashString(String.join("\u001f", strings), StandardCharsets.UTF_8).toString().substring(0, 16);
      out.put(kind + " " + element.path("id").asText() + " " + field.name, hash);
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }
}
