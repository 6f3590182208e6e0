package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.core.CatalogException;
import dev.limber.core.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A curated sequence keeps the composer's invariants wherever it is loaded from, and {@code
 * validate} reports exactly what loading would: phases in order, and each step in a phase its
 * exercise suits.
 */
class SequenceRulesTest {
  private static final String STEPS =
      "    {\"exercise\": \"cat-cow\", \"phase\": \"warm-up\", \"count\": 6},\n"
          + "    {\"exercise\": \"knee-to-chest\", \"phase\": \"main\", \"count\": 30},\n"
          + "    {\"exercise\": \"childs-pose\", \"phase\": \"cool-down\", \"count\": 30}\n";

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "phases out of order|\"knee-to-chest\", \"phase\": \"main\"|\"knee-to-chest\", \"phase\": \"cool-down\"|"
            + "\"childs-pose\", \"phase\": \"cool-down\"|\"childs-pose\", \"phase\": \"main\"|the phases go warm-up, main, cool-down",
        "a phase the exercise does not suit|\"cat-cow\", \"phase\": \"warm-up\"|\"cat-cow\", \"phase\": \"main\"|"
            + "x|x|cat-cow does not suit main"
      })
  void aBrokenSequenceIsTheSameProblemInValidateAndInLoading(
      String name, String from, String to, String from2, String to2, String expected)
      throws IOException {
    String text =
        sequence("my-morning", STEPS.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n")))
            .replace(from2.replace("\\n", "\n"), to2.replace("\\n", "\n"));
    Path file = temp.resolve("sequences/my-morning.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);

    List<Problem> validated = CatalogLoader.validate(file);
    CatalogException loaded =
        assertThrows(CatalogException.class, () -> CatalogLoader.builder().addFile(file).load());

    assertEquals(validated, loaded.problems());
    assertTrue(
        validated.stream().anyMatch(p -> p.message().contains(expected) && p.line() > 0),
        validated::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"the bundled quick morning, quick-morning"})
  void theBundledSequencesLoad(String name, String id) {
    assertTrue(CatalogLoader.bundled().sequence(id).isPresent(), name);
  }

  private static String sequence(String id, String steps) {
    return "{\n"
        + "  \"$schema\": \"../../schema/sequence.schema.json\",\n"
        + "  \"id\": \"" + id + "\",\n"
        + "  \"name\": \"My morning\",\n"
        + "  \"description\": \"A test sequence.\",\n"
        + "  \"steps\": [\n"
        + steps
        + "  ],\n"
        + "  \"tags\": [],\n"
        + "  \"sources\": [\"Test\"]\n"
        + "}\n";
  }
}
