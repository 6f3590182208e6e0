package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.io.Resources;
import dev.limber.core.CatalogException;
import dev.limber.core.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CatalogLoader#validate}: files are checked as they would stand in the bundled catalog, so
 * an edited copy of a bundled file replaces the bundled elements with its ids instead of clashing
 * with them.
 */
class CatalogLoaderValidateTest {
  /** The bundled catalog's source files, as a contributor edits them in the repository. */
  private static final Path SOURCES = Path.of("src/main/resources", BundledCatalog.ROOT);

  @TempDir Path temp;

  @Test
  void aBundledExerciseEditedInItsPlaceReplacesTheBundledOneInsteadOfBeingADuplicate()
      throws IOException {
    Path file =
        write(
            "exercises/cat-cow.json",
            bundled("exercises/cat-cow.json").replace("\"name\": \"Cat-Cow\"", "\"name\": \"Cat and cow\""));

    assertEquals(List.of(), CatalogLoader.validate(file));
  }

  @Test
  void aCopyOfABundledExerciseElsewhereIsADuplicateAsLoadingSays() throws IOException {
    Path file = writeAnywhere("my-exercises/cat-cow.json", bundled("exercises/cat-cow.json"));

    List<Problem> validated = CatalogLoader.validate(file);
    List<Problem> loaded = CatalogLoader.builder().addFile(file).problems();

    assertEquals(loaded, validated);
    assertEquals(1, validated.size(), validated::toString);
    assertTrue(validated.get(0).message().startsWith("duplicate exercise id \"cat-cow\""), validated::toString);
  }

  @Test
  void aCopyThatSaysItReplacesTheBundledOneValidatesAsItLoads() throws IOException {
    Path file =
        writeAnywhere(
            "my-exercises/cat-cow.json",
            bundled("exercises/cat-cow.json").replace("\"id\": \"cat-cow\",", "\"id\": \"cat-cow\", \"replaces\": \"cat-cow\","));

    assertEquals(List.of(), CatalogLoader.validate(file));
    assertEquals(List.of(), CatalogLoader.builder().addFile(file).problems());
  }

  @Test
  void theBundledExerciseFileInTheRepositoryValidates() {
    assertEquals(List.of(), CatalogLoader.validate(SOURCES.resolve("exercises/cat-cow.json")));
  }

  @Test
  void theWholeBundledCatalogDirectoryInTheRepositoryValidates() {
    assertEquals(List.of(), CatalogLoader.validate(SOURCES));
  }

  @Test
  void referencesAreCheckedAgainstTheCatalogWithTheEditedFileInPlace() throws IOException {
    // quick-morning (and two other sequences) do 6 or more breaths of cat-cow; an edit that
    // lowers cat-cow's max breaks them.
    Path file =
        write(
            "exercises/cat-cow.json",
            bundled("exercises/cat-cow.json")
                .replace("\"min\": 5, \"default\": 8, \"max\": 10", "\"min\": 3, \"default\": 4, \"max\": 5"));

    List<Problem> problems = CatalogLoader.validate(file);

    assertTrue(problems.stream().allMatch(q -> q.resource().contains("/sequences/")), problems::toString);
    Problem p =
        problems.stream()
            .filter(q -> q.resource().equals(BundledCatalog.ROOT + "sequences/quick-morning.json"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(problems.toString()));
    assertEquals("$.steps[0].count", p.path());
    assertTrue(p.line() > 0 && p.column() > 0, p::toString);
    assertTrue(p.message().startsWith("count 6 for cat-cow is outside its dosage of 3 to 5"), p::toString);
  }

  @Test
  void anUnknownReferenceInAnEditedBundledExerciseIsReportedWithCloseMatches() throws IOException {
    Path file =
        write(
            "exercises/cat-cow.json",
            bundled("exercises/cat-cow.json")
                .replace("\"harderVariations\": []", "\"harderVariations\": [\"child-pose\"]"));

    List<Problem> problems = CatalogLoader.validate(file);

    assertEquals(1, problems.size(), problems::toString);
    assertEquals("$.harderVariations[0]", problems.get(0).path());
    assertEquals(
        "unknown exercise \"child-pose\"; did you mean childs-pose?", problems.get(0).message());
  }

  @Test
  void twoValidatedFilesWithTheSameIdAreStillADuplicate() throws IOException {
    String text = bundled("exercises/cat-cow.json");
    Path first = writeAnywhere("a/" + BundledCatalog.ROOT + "exercises/cat-cow.json", text);
    Path second = writeAnywhere("b/" + BundledCatalog.ROOT + "exercises/cat-cow.json", text);

    List<Problem> problems = CatalogLoader.validate(first, second);

    assertEquals(1, problems.size(), problems::toString);
    Problem p = problems.get(0);
    assertEquals(second.toString(), p.resource());
    assertEquals("$.id", p.path());
    assertEquals(
        "duplicate exercise id \"cat-cow\"; it is first defined in " + first + ":3:9", p.message());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"areas.json", "conditions.json", "red-flags.json", "goals.json"})
  void aCopyOfABundledTopLevelFileReplacesTheBundledElementsWithItsIds(String name)
      throws IOException {
    Path file = write(name, bundled(name));

    assertEquals(List.of(), CatalogLoader.validate(file));
  }

  @Test
  void aTopLevelFileReplacesOnlyTheBundledElementsWithItsIds() throws IOException {
    // One area, redefined with a new parent: the other bundled areas stay, exercises still find them.
    Path file =
        write(
            "areas.json",
            "{\n  \"$schema\": \"../schema/areas.schema.json\",\n  \"areas\": [\n"
                + "    {\"id\": \"lower-back\", \"name\": \"Low back\", \"parent\": \"bak\","
                + " \"kind\": \"area\", \"aliases\": []}\n  ]\n}\n");

    List<Problem> problems = CatalogLoader.validate(file);

    assertEquals(1, problems.size(), problems::toString);
    assertEquals(file.toString(), problems.get(0).resource());
    assertEquals("$.areas[0].parent", problems.get(0).path());
    assertTrue(
        problems.get(0).message().startsWith("unknown parent area \"bak\"; did you mean back"),
        problems::toString);
  }

  @Test
  void loadingADirectoryStillReportsARedefinedBundledExerciseAsADuplicate() throws IOException {
    writeAnywhere("exercises/cat-cow.json", bundled("exercises/cat-cow.json"));

    CatalogException e =
        assertThrows(
            CatalogException.class, () -> CatalogLoader.builder().addDirectory(temp).load());

    assertEquals(1, e.problems().size(), e::getMessage);
    assertTrue(e.problems().get(0).message().startsWith("duplicate exercise id \"cat-cow\""), e::getMessage);
  }

  @Test
  void loadingACopyOfABundledTopLevelFileStillReportsEveryIdAsADuplicate() throws IOException {
    writeAnywhere("red-flags.json", bundled("red-flags.json"));

    List<Problem> problems = CatalogLoader.builder().addDirectory(temp).problems();

    assertEquals(CatalogLoader.bundled().redFlags().size(), problems.size(), problems::toString);
    assertTrue(problems.stream().allMatch(p -> p.message().startsWith("duplicate red flag id")), problems::toString);
  }

  // Every problem at once

  @Test
  void anEditedBundledExerciseWithABadIdANegativeMinAndAnUnknownAreaHasAllThreeProblemsAtOnce()
      throws IOException {
    Path file = write("exercises/cat-cow.json", brokenCatCow());

    List<Problem> problems = CatalogLoader.validate(file);

    assertEquals(3, problems.size(), problems::toString);
    assertProblem(problems.get(0), file, 3, 9, "$.id", "\"Cat_Cow\" is not a valid id");
    assertProblem(problems.get(1), file, 13, 41, "$.dosage.min", "must be at least 1, but is -5");
    assertProblem(
        problems.get(2),
        file,
        14,
        22,
        "$.primaryTargets[0]",
        "unknown area \"lower-bak\"; did you mean lower-back?");
  }

  /** The bundled Cat-Cow with a bad id, a negative min and a misspelt area. */
  static String brokenCatCow() throws IOException {
    String text =
        bundled("exercises/cat-cow.json")
            .replace("\"id\": \"cat-cow\"", "\"id\": \"Cat_Cow\"")
            .replace("\"min\": 5,", "\"min\": -5,")
            .replace("[\"lower-back\", \"mid-back\"]", "[\"lower-bak\", \"mid-back\"]");
    assertTrue(text.contains("Cat_Cow") && text.contains("-5") && text.contains("lower-bak"), text);
    return text;
  }

  private static void assertProblem(
      Problem p, Path file, int line, int column, String path, String messageStart) {
    String where = p.toString();
    assertEquals(file.toString(), p.resource(), where);
    assertEquals(line, p.line(), where);
    assertEquals(column, p.column(), where);
    assertEquals(path, p.path(), where);
    assertTrue(p.message().startsWith(messageStart), where);
  }

  private static String bundled(String relative) throws IOException {
    return Resources.toString(
        Resources.getResource(BundledCatalog.ROOT + relative), StandardCharsets.UTF_8);
  }

  /** Writes a bundled file edited in its place, in a source tree like the repository's. */
  private Path write(String relative, String text) throws IOException {
    return writeAnywhere(BundledCatalog.ROOT + relative, text);
  }

  private Path writeAnywhere(String relative, String text) throws IOException {
    Path file = temp.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
