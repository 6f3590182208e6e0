package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import dev.limber.core.Catalog;
import dev.limber.core.Problem;
import dev.limber.data.LocaleOverlays.Shape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocaleOverlayTest {
  private static final Locale SPANISH = new Locale("es");

  private static Catalog load(Path dir, Locale locale) {
    return CatalogLoader.builder().includeBundled(false).addDirectory(dir).locale(locale).load();
  }

  private static Catalog fixture(Locale locale) {
    return load(Fixtures.path("localized"), locale);
  }

  @Test
  void germanCatalogCarriesTheTranslatedTexts() {
    Catalog german = fixture(Locale.GERMAN);

    assertEquals(Locale.GERMAN, german.locale());
    assertEquals("Knie zur Brust", german.exerciseOrThrow("knee-to-chest").name());
    assertEquals("Umfassen Sie ein Knie.", german.exerciseOrThrow("knee-to-chest").steps().get(1));
    assertEquals(
        "Im Sitzen auf einem Stuhl ausführen.",
        german.exerciseOrThrow("knee-to-chest").modifications().get(0).description());
    assertEquals("Bandscheibenvorfall", german.conditionOrThrow("herniated-disc").name());
    assertEquals(
        "Stützen Sie sich auf die Fäuste oder die Unterarme.",
        german.conditionOrThrow("wrist-pain").rules().get(0).instead());
    assertEquals("Taubheit im Reithosenbereich", german.redFlagOrThrow("saddle-numbness").name());
    assertEquals("Unterer Rücken", german.areaOrThrow("lower-back").name());
  }

  @Test
  void translatedRuleReasonsReachTheResolvedContraindications() {
    Catalog german = fixture(Locale.GERMAN);

    assertTrue(
        german.contraindications("knee-to-chest").stream()
            .anyMatch(c -> c.reason().equals("Starkes Runden belastet die Bandscheibe.")));
  }

  @Test
  void localizedAliasesFindTheElementInThatLocaleAndEnglishStillWorks() {
    assertEquals("herniated-disc", fixture(Locale.GERMAN).conditionOrThrow("Ischias").id());
    assertEquals("herniated-disc", fixture(Locale.GERMAN).conditionOrThrow("slipped disc").id());
    assertEquals("herniated-disc", fixture(SPANISH).conditionOrThrow("ciática").id());
    assertEquals("herniated-disc", fixture(SPANISH).conditionOrThrow("Ciatica").id());
    assertEquals("lower-back", fixture(Locale.GERMAN).areaOrThrow("Kreuz").id());
    assertTrue(fixture(Locale.ENGLISH).condition("Ischias").isEmpty());
  }

  @Test
  void regionalLocaleFallsBackToItsLanguageFieldByFieldThenToEnglish() {
    Catalog austrian = fixture(Locale.forLanguageTag("de-AT"));

    assertEquals("Hilfe fürs Kreuz", austrian.goalOrThrow("back-relief").name());
    assertEquals("Für den Rücken.", austrian.goalOrThrow("back-relief").description());
    assertEquals("Knie zur Brust", austrian.exerciseOrThrow("knee-to-chest").name());

    Catalog spanish = fixture(SPANISH);
    assertEquals("Hernia discal", spanish.conditionOrThrow("herniated-disc").name());
    assertEquals("Knee to chest", spanish.exerciseOrThrow("knee-to-chest").name());
  }

  @Test
  void aLocaleWithoutOverlaysIsEnglish() {
    Catalog japanese = fixture(Locale.JAPANESE);

    assertEquals(Locale.JAPANESE, japanese.locale());
    assertEquals("Knee to chest", japanese.exerciseOrThrow("knee-to-chest").name());
  }

  @Test
  void hashIsTheFirst16HexOfSha256OfTheEnglishJoinedByUnitSeparator() {
    assertEquals("6b27a97151bbf20f", LocaleOverlays.hash(new LocaleOverlays.Field("name", Shape.TEXT), "Neck"));
    assertEquals(
        "e40fe9125a49337e",
        LocaleOverlays.hash(
            LocaleOverlays.field("conditions", "rules"),
            List.of(
                ImmutableMap.of("reason", "Weight on bent wrists hurts.", "instead", "Use fists or forearms."),
                ImmutableMap.of("reason", "x"))));
  }

  @Test
  void reportShowsCoveragePerLocaleAndKind() {
    LocalizationReport report =
        CatalogLoader.builder().includeBundled(false).addDirectory(Fixtures.path("localized")).localizationReport();

    assertEquals(List.of(), report.problems());
    assertEquals(List.of(), report.stale());
    assertEquals(List.of("de", "de-AT", "es"), report.locales());
    assertEquals(100.0, report.percent("de"));
    LocalizationReport.Coverage conditions =
        report.coverage("es").stream().filter(c -> c.kind().equals("conditions")).findFirst().orElseThrow();
    assertEquals(1, conditions.translated());
    assertEquals(3, conditions.elements());
    assertEquals(6, conditions.missingFields());
    assertTrue(report.toString().contains("de: 100 % translated"), report.toString());
  }

  @Test
  void staleHashIsReportedAtItsFileLineAndColumnAndFallsBackToEnglish(@TempDir Path temp) throws IOException {
    Path dir = copy(temp);
    Path file = dir.resolve("l10n/de/exercises/knee-to-chest.json");
    String json = Files.readString(file, StandardCharsets.UTF_8);
    String nameHash = LocaleOverlays.hash(LocaleOverlays.field("exercises", "name"), "Knee to chest");
    Files.writeString(file, json.replace(nameHash, "0000000000000000"), StandardCharsets.UTF_8);

    LocalizationReport report = report(dir);
    List<Problem> problems = report.stale();

    assertEquals(List.of(), report.problems());
    assertEquals(1, problems.size(), problems.toString());
    Problem stale = problems.get(0);
    assertEquals(file.toString(), stale.resource());
    assertEquals("$.entries[0].fields.name.from", stale.path());
    assertEquals(lineOf(json, nameHash), stale.line());
    assertTrue(stale.column() > 1);
    assertTrue(stale.message().startsWith("stale translation of name"), stale.message());
    assertEquals("Knee to chest", load(dir, Locale.GERMAN).exerciseOrThrow("knee-to-chest").name());
    assertEquals("Knie-Brust", load(dir, Locale.GERMAN).exerciseOrThrow("knee-to-chest").aliases().get(0));
  }

  @Test
  void missingStepIsReportedAtTheTextWithTheCountNeeded(@TempDir Path temp) throws IOException {
    Path dir = copy(temp);
    Path file = dir.resolve("l10n/de/exercises/knee-to-chest.json");
    String json = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, json.replace("\"Umfassen Sie ein Knie.\",", ""), StandardCharsets.UTF_8);

    List<Problem> problems = report(dir).problems();

    assertEquals(1, problems.size(), problems.toString());
    assertEquals("$.entries[0].fields.steps.text", problems.get(0).path());
    assertEquals(lineOf(json, "\"Legen Sie sich") - 1, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("needs 3 non-empty strings"), problems.get(0).message());
    assertEquals("Lie on your back.", load(dir, Locale.GERMAN).exerciseOrThrow("knee-to-chest").steps().get(0));
  }

  @Test
  void untranslatableFieldsAreProblemsAndMissingOrExtraTranslationsOutOfDate(@TempDir Path temp) throws IOException {
    Path dir = copy(temp);
    Path file = dir.resolve("l10n/de/goals.json");
    String json = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(
        file,
        json.replace("\"id\": \"back-relief\"", "\"id\": \"back-reliefs\"")
            .replace("\"description\": {", "\"summary\": {"),
        StandardCharsets.UTF_8);
    Path areas = dir.resolve("l10n/de/areas.json");
    String areasJson = Files.readString(areas, StandardCharsets.UTF_8);
    Files.writeString(areas, areasJson.replaceFirst("\"name\": \\{", "\"nam\": {"), StandardCharsets.UTF_8);

    LocalizationReport report = report(dir);
    List<String> problems = report.problems().stream().map(Problem::toString).collect(Collectors.toList());
    List<String> stale = report.stale().stream().map(Problem::toString).collect(Collectors.toList());

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("areas.json:9:9: extra field nam: areas translate name"), problems.get(0));
    assertEquals(2, stale.size(), stale.toString());
    assertTrue(stale.get(0).contains("areas.json:8:17: missing field name of areas \"neck\""), stale.get(0));
    assertTrue(stale.get(1).contains("goals.json:7:13:") && stale.get(1).contains("no English element"), stale.get(1));
  }

  @Test
  void aStaleTranslationOfAnOlderShapeIsOutOfDateNotMalformed(@TempDir Path temp) throws IOException {
    Path dir = copy(temp);
    Path file = dir.resolve("l10n/de/exercises/knee-to-chest.json");
    String json = Files.readString(file, StandardCharsets.UTF_8);
    String stepsHash =
        LocaleOverlays.hash(
            LocaleOverlays.field("exercises", "steps"), List.of("Lie on your back.", "Hug one knee.", "Hold, then switch."));
    Files.writeString(
        file,
        json.replace("\"Umfassen Sie ein Knie.\",", "").replace(stepsHash, "1234567890abcdef"),
        StandardCharsets.UTF_8);

    LocalizationReport report = report(dir);

    assertEquals(List.of(), report.problems());
    assertEquals(1, report.stale().size(), report.stale().toString());
    assertTrue(report.stale().get(0).message().contains("needs 3 non-empty strings"));
  }

  @Test
  void stampSetsEveryHashToTheCurrentEnglishAndWritesTheTranslatorsFormat(@TempDir Path temp) throws IOException {
    Path dir = copy(temp);
    Path file = dir.resolve("l10n/de/exercises/knee-to-chest.json");
    String json = Files.readString(file, StandardCharsets.UTF_8);
    String nameHash = LocaleOverlays.hash(LocaleOverlays.field("exercises", "name"), "Knee to chest");
    Files.writeString(file, json.replace(nameHash, "0000000000000000"), StandardCharsets.UTF_8);

    List<Path> written = LocaleOverlayStamp.stamp(dir, "de", false);

    assertEquals(8, written.size());
    assertEquals(json, Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(List.of(), report(dir).problems());
    assertEquals(List.of(), report(dir).stale());
  }

  @Test
  void bundledCatalogLoadsInEveryLocaleWithTheSameIds() {
    Catalog german = CatalogLoader.bundled(Locale.GERMAN);

    assertEquals(Locale.GERMAN, german.locale());
    assertEquals(
        CatalogLoader.bundled().exercises().stream().map(e -> e.id()).collect(Collectors.toList()),
        german.exercises().stream().map(e -> e.id()).collect(Collectors.toList()));
  }

  @Test
  void fixtureOverlaysMeetTheOverlaySchemaAndAWrongShapeDoesNot() throws IOException {
    try (Stream<Path> files = Files.walk(Fixtures.path("localized").resolve("l10n"))) {
      for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        assertEquals(List.of(), CatalogSchemas.errors("overlay.schema.json", Files.readString(f)), f.toString());
      }
    }
    String wrong =
        "{\"locale\": \"de\", \"kind\": \"areas\", \"entries\": [{\"id\": \"neck\","
            + " \"fields\": {\"name\": {\"from\": \"xyz\", \"text\": \"\"}}}]}";
    List<String> errors = CatalogSchemas.errors("overlay.schema.json", wrong);
    assertTrue(errors.stream().anyMatch(e -> e.contains("from")), errors.toString());
  }

  @Test
  void anAppsOverlayEntryTakesThePlaceOfTheBundledOneForThatElement() {
    Catalog english = CatalogLoader.builder().includeBundled(false).addDirectory(Fixtures.path("localized")).load();
    String neck = LocaleOverlays.hash(LocaleOverlays.field("areas", "name"), "Neck");
    OverlayFile bundled =
        new OverlayFile("de/areas.json", "bundled/areas.json", overlay("Nacken", neck), "", true);
    OverlayFile app = new OverlayFile("de/areas.json", "app/areas.json", overlay("Hals", neck), "");
    OverlayFile again = new OverlayFile("de/more.json", "app/more.json", overlay("Genick", neck), "");

    Catalog german = LocaleCatalogs.localize(english, Locale.GERMAN, LocaleCatalogs.files(false, List.of(bundled, app), false));
    assertEquals("Hals", german.areaOrThrow("neck").name());

    ProblemList problems = new ProblemList();
    LocaleCatalogs.read("de", List.of(bundled, app, again), LocaleOverlays.english(english), problems, new ProblemList());
    assertEquals(1, problems.size(), problems.sorted().toString());
    assertTrue(problems.sorted().get(0).message().startsWith("a second de entry for areas"), problems.sorted().toString());
  }

  private static byte[] overlay(String name, String hash) {
    return ("{\"locale\": \"de\", \"kind\": \"areas\", \"entries\": [{\"id\": \"neck\", \"fields\":"
            + " {\"name\": {\"from\": \"" + hash + "\", \"text\": \"" + name + "\"}}}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static LocalizationReport report(Path dir) {
    return CatalogLoader.builder().includeBundled(false).addDirectory(dir).localizationReport();
  }

  private static int lineOf(String text, String needle) {
    String before = text.substring(0, text.indexOf(needle));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  private static Path copy(Path temp) throws IOException {
    Path source = Fixtures.path("localized");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.collect(Collectors.toList())) {
        Path target = temp.resolve(source.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return temp;
  }
}
