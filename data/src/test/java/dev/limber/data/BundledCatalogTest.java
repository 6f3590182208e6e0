package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.io.Resources;
import dev.limber.core.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalog bundled in the jar: its index, its schemas, and that it loads. */
class BundledCatalogTest {
  private static final Path SOURCES = Path.of("src/main/resources", BundledCatalog.ROOT);

  static Stream<String> bundledFiles() throws IOException {
    return BundledCatalog.indexedFiles().stream();
  }

  @Test
  void bundledCatalogLoads() {
    Catalog catalog = CatalogLoader.bundled();

    assertFalse(catalog.exercises().isEmpty());
    assertTrue(catalog.exercise("cat-cow").isPresent());
    assertTrue(catalog.area("lower-back").isPresent());
    assertFalse(catalog.conditions().isEmpty());
    assertFalse(catalog.redFlags().isEmpty());
    assertFalse(catalog.goals().isEmpty());
  }

  @Test
  void everyKindOfElementHasAnOrThrowLookupThatNamesCloseMatches() {
    Catalog catalog = CatalogLoader.bundled();

    assertEquals("desk-setup", catalog.adviceOrThrow("desk-setup").id());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> catalog.adviceOrThrow("desk-set-up"));
    assertTrue(e.getMessage().contains("desk-setup"), e::getMessage);
    assertEquals("cat-cow", catalog.exerciseOrThrow("Cat-Camel").id());
    assertEquals("herniated-disc", catalog.conditionOrThrow("sciatica").id());
    assertEquals("quick-morning", catalog.sequenceOrThrow("quick-morning").id());
    assertEquals("saddle-numbness", catalog.redFlagOrThrow("saddle-numbness").id());
    assertEquals("hips", catalog.areaOrThrow("Hips").id());
    assertEquals(
        catalog.goals().iterator().next(), catalog.goalOrThrow(catalog.goals().iterator().next().id()));
  }

  @Test
  void bundledCatalogIsLoadedOnceForAllThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Catalog>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(CatalogLoader::bundled);
      }
      Catalog first = CatalogLoader.bundled();
      for (Future<Catalog> f : pool.invokeAll(calls)) {
        assertSame(first, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void indexListsEveryBundledFile() throws IOException {
    List<String> onDisk;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      onDisk =
          files
              .filter(Files::isRegularFile)
              .map(f -> SOURCES.relativize(f).toString().replace('\\', '/'))
              .filter(f -> f.endsWith(".json"))
              .filter(f -> !f.startsWith("l10n/"))
              .sorted()
              .collect(Collectors.toList());
    }

    assertEquals(onDisk, BundledCatalog.indexedFiles().stream().sorted().collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledFiles")
  void everyBundledFileNamesItsSchemaByRelativePath(String file) throws IOException {
    JsonNode json = CatalogSchemas.STRICT_JSON.readTree(read(file));
    FileKind kind = FileKind.fromLocation(file).orElseThrow();
    String expected = (file.contains("/") ? "../../schema/" : "../schema/") + kind.schema();

    assertEquals(expected, json.path("$schema").asText(null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledFiles")
  void everyBundledFileValidatesAgainstItsSchema(String file) throws IOException {
    FileKind kind = FileKind.fromLocation(file).orElseThrow();

    assertEquals(List.of(), CatalogSchemas.errors(kind.schema(), read(file)));
  }

  private static String read(String file) throws IOException {
    return Resources.toString(
        Resources.getResource(BundledCatalog.ROOT + file), StandardCharsets.UTF_8);
  }
}
