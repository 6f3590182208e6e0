package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.core.Catalog;
import dev.limber.core.CatalogException;
import dev.limber.core.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {
  @TempDir Path temp;

  @Test
  void loadsADirectoryLaidOutLikeTheBundledCatalog() {
    Catalog catalog = CatalogLoader.builder().includeBundled(false).addDirectory(Fixtures.base()).load();

    assertEquals(List.of("knee-to-chest", "seated-cat-cow", "standing-reach"), ids(catalog));
    assertEquals(11, catalog.areas().size());
    assertEquals(3, catalog.conditions().size());
    assertTrue(catalog.redFlag("saddle-numbness").isPresent());
    assertEquals(2.0, catalog.goal("back-relief").orElseThrow().focus().get("lower-back"));
    assertEquals(3, catalog.sequence("quick-morning").orElseThrow().steps().size());
    assertEquals(
        "seated",
        catalog.exerciseOrThrow("knee-to-chest").modifications().get(0).position().orElseThrow().id());
  }

  @Test
  void reportsEveryProblemWithLineAndColumn() {
    CatalogException e =
        assertThrows(
            CatalogException.class,
            () ->
                CatalogLoader.builder()
                    .includeBundled(false)
                    .addDirectory(Fixtures.base())
                    .addDirectory(Fixtures.path("several-problems"))
                    .load());

    String neckRoll = Fixtures.path("several-problems/exercises/neck-roll.json").toString();
    String hamstring =
        Fixtures.path("several-problems/exercises/standing-hamstring-stretch.json").toString();
    String deskReset = Fixtures.path("several-problems/sequences/desk-reset.json").toString();
    List<String> expected =
        List.of(
            neckRoll + ":8:15 $.position unknown position \"sitting\"; expected one of standing, seated,",
            neckRoll + ":9:17 $.needsFloor expected true or false but found a string (\"no\")",
            neckRoll + ":13:59 $.dosage.default default (6) must not be below min (8)",
            neckRoll + ":14:40 $.primaryTargets[1] \"Upper Traps\" is not a valid id",
            neckRoll + ":22:24 $.harderVariations[0] \"neck-roll\" is this exercise's own id",
            neckRoll + ":25:20 $.tags[1] \"desk\" is listed twice (also at index 0)",
            neckRoll + ":27:3 $.colour unknown field \"colour\"",
            hamstring + ":14:22 $.primaryTargets[0] unknown area \"hamstring\"; did you mean hamstrings",
            hamstring + ":15:24 $.secondaryTargets[0] unknown area \"calves\"",
            hamstring + ":21:24 $.easierVariations[0] unknown exercise \"seated-hamstring-stretch\"",
            hamstring + ":23:40 $.contraindications[0].condition unknown condition \"knee-injury\"",
            deskReset + ":8:46 $.steps[1].phase seated-cat-cow does not suit main (it suits warm-up)",
            deskReset + ":8:63 $.steps[1].count count 40 for seated-cat-cow is outside its dosage of 5"
                + " to 10 breaths",
            deskReset + ":9:19 $.steps[2].exercise unknown exercise \"shoulder-rolls\"");
    List<Problem> problems = e.problems();
    assertEquals(expected.size(), problems.size(), () -> "problems:\n" + e.getMessage());
    for (int i = 0; i < expected.size(); i++) {
      Problem p = problems.get(i);
      String actual =
          p.resource() + ":" + p.line() + ":" + p.column() + " " + p.path() + " " + p.message();
      assertTrue(actual.startsWith(expected.get(i)), "expected\n  " + expected.get(i) + "\nbut was\n  " + actual);
    }
  }

  @Test
  void doesNotReportAReferenceToABrokenElementAsUnknown() {
    List<Problem> problems =
        CatalogLoader.builder()
            .includeBundled(false)
            .addDirectory(Fixtures.base())
            .addDirectory(Fixtures.path("several-problems"))
            .problems();

    assertTrue(
        problems.stream().noneMatch(p -> p.message().contains("unknown exercise \"neck-roll\"")),
        problems::toString);
  }

  @Test
  void problemsAreReturnedWithoutThrowing() {
    List<Problem> problems =
        CatalogLoader.builder()
            .includeBundled(false)
            .addDirectory(Fixtures.base())
            .addDirectory(Fixtures.path("several-problems"))
            .problems();

    assertEquals(14, problems.size()); // 13, and seated-cat-cow in a phase it does not suit
  }

  @Test
  void aGoodCatalogHasNoProblems() {
    assertEquals(
        List.of(),
        CatalogLoader.builder()
            .includeBundled(false)
            .addDirectory(Fixtures.base())
            .addDirectory(Fixtures.path("good"))
            .problems());
  }

  @Test
  void loadsWholeOrNotAtAll() {
    CatalogLoader.Builder builder =
        CatalogLoader.builder()
            .includeBundled(false)
            .addDirectory(Fixtures.base())
            .addDirectory(Fixtures.path("several-problems"));

    assertThrows(CatalogException.class, builder::load);
    assertThrows(CatalogException.class, builder::load);
    Catalog base = CatalogLoader.builder().includeBundled(false).addDirectory(Fixtures.base()).load();
    assertEquals(List.of("knee-to-chest", "seated-cat-cow", "standing-reach"), ids(base));
  }

  @Test
  void tellsTheKindOfAFileFromItsSchemaWhereverItIs() throws IOException {
    Path file = temp.resolve("my-stretch.json");
    String json =
        Fixtures.text("good/exercises/cat-cow.json").replace("\"id\": \"cat-cow\"", "\"id\": \"my-stretch\"");
    Files.writeString(file, json, StandardCharsets.UTF_8);

    Catalog catalog =
        CatalogLoader.builder().includeBundled(false).addDirectory(Fixtures.base()).addFile(file).load();

    assertTrue(catalog.exercise("my-stretch").isPresent());
  }

  @Test
  void tellsTheKindOfAFileWithoutSchemaFromItsFolder() throws IOException {
    Path exercises = Files.createDirectories(temp.resolve("exercises"));
    Files.writeString(
        exercises.resolve("cat-cow.json"),
        Fixtures.text("good/exercises/cat-cow.json").replaceFirst("\"\\$schema\": \"[^\"]*\",", ""),
        StandardCharsets.UTF_8);

    Catalog catalog =
        CatalogLoader.builder().includeBundled(false).addDirectory(Fixtures.base()).addDirectory(temp).load();

    assertTrue(catalog.exercise("cat-cow").isPresent());
  }

  @Test
  void reportsAFileWhoseKindCannotBeTold() throws IOException {
    Path file = temp.resolve("stretch.json");
    Files.writeString(file, "{\"id\": \"x\"}", StandardCharsets.UTF_8);

    List<Problem> problems = CatalogLoader.builder().includeBundled(false).addFile(file).problems();

    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().startsWith("cannot tell what kind of catalog file"));
  }

  @Test
  void reportsAnUnknownSchema() throws IOException {
    Path file = temp.resolve("stretch.json");
    Files.writeString(file, "{\"$schema\": \"../../schema/exercises.schema.json\"}", StandardCharsets.UTF_8);

    List<Problem> problems = CatalogLoader.builder().includeBundled(false).addFile(file).problems();

    assertEquals(1, problems.size(), problems::toString);
    assertEquals("$.$schema", problems.get(0).path());
    assertEquals(1, problems.get(0).line());
    assertEquals(13, problems.get(0).column());
  }

  @Test
  void requiresTheIdToMatchTheFileName() throws IOException {
    Path exercises = Files.createDirectories(temp.resolve("exercises"));
    Files.writeString(
        exercises.resolve("cat-cows.json"), Fixtures.text("good/exercises/cat-cow.json"), StandardCharsets.UTF_8);

    List<Problem> problems =
        CatalogLoader.builder().includeBundled(false).addDirectory(Fixtures.base()).addDirectory(temp).problems();

    assertEquals(1, problems.size(), problems::toString);
    assertEquals("$.id", problems.get(0).path());
    assertEquals(3, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("cat-cow.json"), problems.get(0).message());
  }

  @Test
  void reportsMissingFilesAndDirectories() {
    Path missing = temp.resolve("nope");

    List<Problem> problems =
        CatalogLoader.builder()
            .includeBundled(false)
            .addDirectory(missing)
            .addFile(missing.resolve("exercises/x.json"))
            .problems();

    assertEquals(
        List.of("no such directory", "no such file"),
        problems.stream().map(Problem::message).collect(Collectors.toList()));
  }

  @Test
  void reportsDuplicateIdsWithWhereTheFirstIs() throws IOException {
    Path exercises = Files.createDirectories(temp.resolve("exercises"));
    Files.writeString(
        exercises.resolve("seated-cat-cow.json"),
        Fixtures.text("base/exercises/seated-cat-cow.json"),
        StandardCharsets.UTF_8);

    List<Problem> problems =
        CatalogLoader.builder().includeBundled(false).addDirectory(Fixtures.base()).addDirectory(temp).problems();

    assertEquals(1, problems.size(), problems::toString);
    Problem p = problems.get(0);
    assertEquals(exercises.resolve("seated-cat-cow.json").toString(), p.resource());
    assertEquals("$.id", p.path());
    assertEquals(3, p.line());
    assertEquals(9, p.column());
    assertTrue(
        p.message()
            .endsWith(Fixtures.path("base/exercises/seated-cat-cow.json") + ":3:9"),
        p.message());
  }

  @Test
  void readsCatalogFilesGivenAsText() {
    Catalog catalog =
        CatalogLoader.builder()
            .includeBundled(false)
            .addDirectory(Fixtures.base())
            .addJson("assets/cat-cow.json", Fixtures.text("good/exercises/cat-cow.json"))
            .load();

    assertTrue(catalog.exercise("cat-cow").isPresent());
  }

  @Test
  void reportsProblemsOfTheValuesOwnChecksAtTheirField() throws IOException {
    // An area that is its own parent binds; TargetArea's own check rejects it, at the field.
    Path areas = temp.resolve("areas.json");
    Files.writeString(
        areas,
        "{\"areas\": [\n  {\"id\": \"loop\", \"name\": \"Loop\", \"parent\": \"loop\", \"kind\": \"area\","
            + " \"aliases\": []}\n]}",
        StandardCharsets.UTF_8);

    List<Problem> problems = CatalogLoader.builder().includeBundled(false).addFile(areas).problems();

    assertEquals(1, problems.size(), problems::toString);
    assertEquals("$.areas[0].parent", problems.get(0).path());
    assertEquals(2, problems.get(0).line());
    assertEquals(44, problems.get(0).column());
    assertTrue(problems.get(0).message().contains("cannot be its own parent"));
  }

  @Test
  void validateChecksFilesOnTopOfTheBundledCatalog() throws IOException {
    Path exercises = Files.createDirectories(temp.resolve("exercises"));
    Path file = exercises.resolve("wall-calf-stretch.json");
    Files.writeString(
        file,
        Fixtures.text("good/exercises/cat-cow.json")
            .replace("\"id\": \"cat-cow\"", "\"id\": \"wall-calf-stretch\"")
            .replace("\"mid-back\"", "\"calfs\""),
        StandardCharsets.UTF_8);

    List<Problem> problems = CatalogLoader.validate(file);

    assertFalse(problems.isEmpty());
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.resource().equals(file.toString())
                        && p.path().equals("$.primaryTargets[1]")
                        && p.message().startsWith("unknown area \"calfs\"")),
        problems::toString);
  }

  @Test
  void userDirectoryAddsOneExerciseToTheBundledCatalog() throws IOException {
    Catalog bundled = CatalogLoader.bundled();
    Path exercises = Files.createDirectories(temp.resolve("exercises"));
    Files.writeString(
        exercises.resolve("my-cat-cow.json"),
        Fixtures.text("good/exercises/cat-cow.json").replace("\"id\": \"cat-cow\"", "\"id\": \"my-cat-cow\""),
        StandardCharsets.UTF_8);

    Catalog extended = CatalogLoader.builder().addDirectory(temp).load();

    assertEquals(bundled.exercises().size() + 1, extended.exercises().size());
    assertTrue(extended.exercise("my-cat-cow").isPresent());
    assertTrue(bundled.exercise("my-cat-cow").isEmpty());
    assertEquals(bundled.areas().size(), extended.areas().size());
  }

  @Test
  void badUserDirectoryLeavesTheBundledCatalogUntouched() throws IOException {
    Catalog before = CatalogLoader.bundled();
    Path exercises = Files.createDirectories(temp.resolve("exercises"));
    Files.writeString(
        exercises.resolve("good-one.json"),
        Fixtures.text("good/exercises/cat-cow.json").replace("\"id\": \"cat-cow\"", "\"id\": \"good-one\""),
        StandardCharsets.UTF_8);
    Files.writeString(exercises.resolve("bad-one.json"), "{\"id\": \"bad-one\",", StandardCharsets.UTF_8);

    CatalogException e =
        assertThrows(CatalogException.class, () -> CatalogLoader.builder().addDirectory(temp).load());

    assertTrue(e.problems().stream().allMatch(p -> p.resource().endsWith("bad-one.json")), e::getMessage);
    assertSame(before, CatalogLoader.bundled());
    Catalog reloaded = CatalogLoader.builder().load();
    assertTrue(reloaded.exercise("good-one").isEmpty());
    assertEquals(ids(before), ids(reloaded));
  }

  @Test
  void reportsADuplicateOfABundledExerciseInTheUserFile() throws IOException {
    Path exercises = Files.createDirectories(temp.resolve("exercises"));
    Path copy = exercises.resolve("cat-cow.json");
    Files.writeString(copy, Fixtures.text("good/exercises/cat-cow.json"), StandardCharsets.UTF_8);

    List<Problem> problems = CatalogLoader.builder().addDirectory(temp).problems();

    assertEquals(1, problems.size(), problems::toString);
    assertEquals(copy.toString(), problems.get(0).resource());
    assertTrue(
        problems.get(0).message().contains(BundledCatalog.ROOT + "exercises/cat-cow.json"),
        problems.get(0).message());
  }

  private static List<String> ids(Catalog catalog) {
    return catalog.exercises().stream().map(e -> e.id()).collect(Collectors.toList());
  }
}
