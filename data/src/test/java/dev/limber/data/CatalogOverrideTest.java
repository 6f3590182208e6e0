package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.limber.core.Catalog;
import dev.limber.core.CatalogException;
import dev.limber.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An app replaces a bundled element on purpose with {@code "replaces"}, never by accident. */
class CatalogOverrideTest {
  @Test
  void anExerciseThatSaysItReplacesABundledOneTakesItsPlace() throws IOException {
    ObjectNode catCow = bundled("exercises/cat-cow.json");
    catCow.put("replaces", "cat-cow");
    catCow.put("name", "My Cat-Cow");

    Catalog catalog =
        CatalogLoader.builder().addJson("exercises/cat-cow.json", Fixtures.pretty(catCow)).load();

    assertEquals("My Cat-Cow", catalog.exerciseOrThrow("cat-cow").name());
    assertEquals(CatalogLoader.bundled().exercises().size(), catalog.exercises().size());
    // Bundled sequences and variations that name cat-cow now reach the app's copy.
    assertTrue(
        catalog.sequences().stream()
            .anyMatch(s -> s.steps().stream().anyMatch(step -> step.exerciseId().equals("cat-cow"))));
  }

  @Test
  void aCopyWithoutReplacesIsStillADuplicateThatSaysHowToReplace() throws IOException {
    ObjectNode catCow = bundled("exercises/cat-cow.json");
    catCow.put("name", "My Cat-Cow");

    CatalogException e =
        assertThrows(
            CatalogException.class,
            () -> CatalogLoader.builder().addJson("exercises/cat-cow.json", Fixtures.pretty(catCow)).load());

    Problem problem = e.problems().get(0);
    assertTrue(problem.message().startsWith("duplicate exercise id \"cat-cow\""), problem::toString);
    assertTrue(problem.message().endsWith("add \"replaces\": \"cat-cow\" to yours"), problem::toString);
  }

  @Test
  void replacingAnIdTheBundledCatalogLacksIsAProblemAtTheField() throws IOException {
    ObjectNode catCow = bundled("exercises/cat-cow.json");
    catCow.put("id", "my-cat-cow");
    catCow.put("replaces", "my-cat-cow");

    CatalogException e =
        assertThrows(
            CatalogException.class,
            () -> CatalogLoader.builder().addJson("exercises/my-cat-cow.json", Fixtures.pretty(catCow)).load());

    Problem problem = e.problems().get(0);
    assertEquals("$.replaces", problem.path(), problem::toString);
    assertTrue(problem.line() > 0, problem::toString);
    assertTrue(problem.message().contains("the bundled catalog has no exercise with that id"), problem::toString);
  }

  @Test
  void replacesMustNameTheElementsOwnId() throws IOException {
    ObjectNode catCow = bundled("exercises/cat-cow.json");
    catCow.put("replaces", "child-pose");

    CatalogException e =
        assertThrows(
            CatalogException.class,
            () -> CatalogLoader.builder().addJson("exercises/cat-cow.json", Fixtures.pretty(catCow)).load());

    assertTrue(
        e.problems().stream()
            .anyMatch(p -> p.path().equals("$.replaces") && p.message().contains("keeps the id")),
        e::getMessage);
  }

  @Test
  void anAreaAConditionAndASequenceCanBeReplacedToo() throws IOException {
    String areas =
        "{\"areas\": [{\"id\": \"hips\", \"replaces\": \"hips\", \"name\": \"Hip region\","
            + " \"kind\": \"region\", \"aliases\": []}]}";
    ObjectNode conditions = (ObjectNode) Fixtures.JSON.readTree(
        "{\"conditions\": [" + Fixtures.JSON.writeValueAsString(
            bundled("conditions.json").get("conditions").get(0)) + "]}");
    ObjectNode condition = (ObjectNode) conditions.get("conditions").get(0);
    String conditionId = condition.get("id").asText();
    condition.put("replaces", conditionId);
    condition.put("name", "Edited");
    ObjectNode sequence = bundled("sequences/quick-morning.json");
    sequence.put("replaces", "quick-morning");
    sequence.put("name", "My morning");

    Catalog catalog =
        CatalogLoader.builder()
            .addJson("areas.json", areas)
            .addJson("conditions.json", Fixtures.pretty(conditions))
            .addJson("sequences/quick-morning.json", Fixtures.pretty(sequence))
            .load();

    assertEquals("Hip region", catalog.areaOrThrow("hips").name());
    assertEquals("Edited", catalog.conditionOrThrow(conditionId).name());
    assertEquals("My morning", catalog.sequenceOrThrow("quick-morning").name());
  }

  @Test
  void replacesWithoutTheBundledCatalogIsAProblem() throws IOException {
    ObjectNode catCow = bundled("exercises/cat-cow.json");
    catCow.put("replaces", "cat-cow");

    CatalogException e =
        assertThrows(
            CatalogException.class,
            () ->
                CatalogLoader.builder()
                    .includeBundled(false)
                    .addJson("exercises/cat-cow.json", Fixtures.pretty(catCow))
                    .load());

    assertTrue(e.getMessage().contains("the bundled catalog is not loaded"), e::getMessage);
  }

  private static ObjectNode bundled(String relative) throws IOException {
    try (InputStream in =
        CatalogOverrideTest.class.getResourceAsStream("/" + BundledCatalog.ROOT + relative)) {
      assertTrue(in != null, relative);
      return (ObjectNode) Fixtures.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
