package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.limber.core.Problem;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of good and bad catalog documents, each checked twice: by the bundled JSON Schema (as a
 * strict editor would) and by the loader. The two must agree: both accept the good ones, both
 * reject the bad ones, so an editor that shows no error means the file loads.
 */
class SchemaLoaderAgreementTest {

  /** One document of the table. */
  record Document(String kind, String resource, String json) {}

  private static final String EXERCISE = "exercise.schema.json";
  private static final String SEQUENCE = "sequence.schema.json";
  private static final String CONDITIONS = "conditions.schema.json";
  private static final String RED_FLAGS = "red-flags.schema.json";
  private static final String GOALS = "goals.schema.json";
  private static final String AREAS = "areas.schema.json";

  static Stream<Arguments> goodDocuments() {
    return Stream.of(
        exercise("an exercise as the content contract shows it", e -> {}),
        exercise(
            "an exercise with every optional field",
            e -> {
              e.withArray("contraindications").addObject()
                  .put("condition", "wrist-pain")
                  .put("severity", "modify")
                  .put("reason", "Weight on the hands.")
                  .put("instead", "Use your forearms.");
              ((ObjectNode) e.withArray("modifications").get(0)).put("position", "seated");
            }),
        exercise("an exercise with empty optional lists", e -> {
          e.putArray("aliases");
          e.putArray("secondaryTargets");
          e.putArray("easierVariations");
          e.putArray("modifications");
          e.putArray("tags");
        }),
        exercise("a whole number written as 8.0", e -> dosage(e).put("default", 8.0)),
        exercise("a dosage with min, default and max equal", e -> dosage(e)
            .put("min", 8).put("default", 8).put("max", 8)),
        exercise("a hold in seconds with one second per unit", e -> dosage(e)
            .put("unit", "seconds").put("min", 20).put("default", 30).put("max", 60)
            .put("secondsPerUnit", 1)),
        exercise("an exercise without $schema", e -> e.remove("$schema")),
        document("a sequence", SEQUENCE, "good/sequences/evening-wind-down.json", s -> {}),
        document("a sequence step without count", SEQUENCE, "good/sequences/evening-wind-down.json",
            s -> ((ObjectNode) s.get("steps").get(0)).remove("count")),
        document("conditions", CONDITIONS, "good/conditions.json", c -> {}),
        document("red flags", RED_FLAGS, "good/red-flags.json", r -> {}),
        document("goals", GOALS, "good/goals.json", g -> {}),
        document("goals with a fractional weight", GOALS, "good/goals.json",
            g -> ((ObjectNode) g.get("goals").get(0).get("focus")).put("neck", 0.5)),
        document("areas", AREAS, "good/areas.json", a -> {}));
  }

  static Stream<Arguments> badDocuments() {
    return Stream.of(
        exercise("an unknown field", e -> e.put("durration", 30)),
        exercise("an unknown field inside dosage", e -> dosage(e).put("minimum", 5)),
        exercise("a misspelt field name", e -> e.set("primaryTarget", e.remove("primaryTargets"))),
        exercise("a wrong type: a string for a boolean", e -> e.put("needsFloor", "yes")),
        exercise("a wrong type: a string for an array", e -> e.put("tags", "morning")),
        exercise("a wrong type: an object for a string", e -> e.putObject("name")),
        exercise("a wrong type: a fraction for an integer", e -> dosage(e).put("min", 5.5)),
        exercise("a number as a word in quotes", e -> dosage(e).put("min", "five")),
        exerciseText("a number as a bare word", t -> t.replaceFirst("\"min\" : 5", "\"min\" : five")),
        exercise("a missing required field", e -> e.remove("dosage")),
        exercise("a missing required field inside dosage", e -> dosage(e).remove("secondsPerUnit")),
        exercise("an id that is not a slug", e -> e.put("id", "Cat Cow")),
        exercise("an id with a trailing hyphen", e -> e.put("id", "cat-cow-")),
        exercise("a target that is not a slug", e -> e.withArray("primaryTargets").add("Lower_Back")),
        exercise("min above max", e -> dosage(e).put("min", 12).put("default", 12).put("max", 10)),
        exercise("default above max", e -> dosage(e).put("default", 11)),
        exercise("default below min", e -> dosage(e).put("default", 4)),
        exercise("a negative number", e -> dosage(e).put("min", -5)),
        exercise("zero seconds per unit", e -> dosage(e).put("secondsPerUnit", 0)),
        exercise("a count above 3600", e -> dosage(e).put("max", 4000)),
        exercise("seconds with six seconds per unit", e -> dosage(e).put("unit", "seconds")),
        exercise("null for a string", e -> e.putNull("name")),
        exercise("null for a list", e -> e.putNull("tags")),
        exercise("null inside a list", e -> e.withArray("tags").addNull()),
        exercise("an unknown enum value", e -> e.put("position", "sitting")),
        exercise("an unknown enum value in a list", e -> e.withArray("movementPatterns").add("twisting")),
        exercise("an enum value in the wrong case", e -> e.put("kind", "Dynamic-Mobility")),
        exercise("no primary target", e -> e.putArray("primaryTargets")),
        exercise("no phase", e -> e.putArray("phases")),
        exercise("no steps", e -> e.putArray("steps")),
        exercise("a blank name", e -> e.put("name", "   ")),
        exercise("a blank step", e -> e.withArray("steps").add("")),
        exercise("a tag listed twice", e -> e.withArray("tags").add("morning")),
        exercise("a movement pattern listed twice", e -> e.withArray("movementPatterns").add("kneeling")),
        exercise("a modification that removes nothing", e -> ((ObjectNode) e.withArray("modifications").get(0)).putArray("removes")),
        exercise("a contraindication without a reason", e -> e.withArray("contraindications").addObject()
            .put("condition", "wrist-pain").put("severity", "avoid")),
        exercise("a contraindication with an unknown severity", e -> e.withArray("contraindications").addObject()
            .put("condition", "wrist-pain").put("severity", "never").put("reason", "Because.")),
        exerciseText("a truncated file", t -> t.substring(0, t.length() / 2)),
        exerciseText("an empty file", t -> ""),
        exerciseText("a repeated field", t -> t.replaceFirst("\"name\" : ", "\"name\" : \"Cat\",\n  \"name\" : ")),
        exerciseText("content after the object", t -> t + "\n{}"),
        exerciseText("a trailing comma", t -> t.replaceFirst("\"cat-cow\",", "\"cat-cow\",,")),
        exerciseText("a comment", t -> t.replaceFirst("\\{", "{ // the cat-cow\n")),
        exerciseText("an array instead of an object", t -> "[" + t + "]"),
        document("a sequence step count of zero", SEQUENCE, "good/sequences/evening-wind-down.json",
            s -> ((ObjectNode) s.get("steps").get(0)).put("count", 0)),
        document("a sequence without steps", SEQUENCE, "good/sequences/evening-wind-down.json",
            s -> s.putArray("steps")),
        document("a sequence step with an unknown phase", SEQUENCE, "good/sequences/evening-wind-down.json",
            s -> ((ObjectNode) s.get("steps").get(0)).put("phase", "cooldown")),
        document("a sequence step with an unknown field", SEQUENCE, "good/sequences/evening-wind-down.json",
            s -> ((ObjectNode) s.get("steps").get(0)).put("seconds", 30)),
        document("a rule with both pattern and area", CONDITIONS, "good/conditions.json",
            c -> rule(c).put("area", "legs")),
        document("a rule with neither pattern nor area", CONDITIONS, "good/conditions.json",
            c -> rule(c).remove("pattern")),
        document("a rule with an unknown pattern", CONDITIONS, "good/conditions.json",
            c -> rule(c).put("pattern", "kneel")),
        document("a condition without rules", CONDITIONS, "good/conditions.json",
            c -> ((ObjectNode) c.get("conditions").get(0)).remove("rules")),
        document("conditions under the wrong top-level field", CONDITIONS, "good/conditions.json",
            c -> c.set("condition", c.remove("conditions"))),
        document("a red flag with an unknown urgency", RED_FLAGS, "good/red-flags.json",
            r -> ((ObjectNode) r.get("redFlags").get(0)).put("urgency", "soon")),
        document("a red flag without a question", RED_FLAGS, "good/red-flags.json",
            r -> ((ObjectNode) r.get("redFlags").get(0)).remove("question")),
        document("a goal weight of zero", GOALS, "good/goals.json",
            g -> ((ObjectNode) g.get("goals").get(0).get("focus")).put("neck", 0)),
        document("a goal weight above 100", GOALS, "good/goals.json",
            g -> ((ObjectNode) g.get("goals").get(0).get("focus")).put("neck", 101)),
        document("a goal weight as a word", GOALS, "good/goals.json",
            g -> ((ObjectNode) g.get("goals").get(0).get("focus")).put("neck", "high")),
        document("a goal without focus areas", GOALS, "good/goals.json",
            g -> ((ObjectNode) g.get("goals").get(0)).putObject("focus")),
        document("a goal focus key that is not a slug", GOALS, "good/goals.json",
            g -> ((ObjectNode) g.get("goals").get(0).get("focus")).put("Mid Back", 1)),
        document("an area of an unknown kind", AREAS, "good/areas.json",
            a -> ((ObjectNode) a.get("areas").get(0)).put("kind", "organ")),
        document("an area with a null parent", AREAS, "good/areas.json",
            a -> ((ObjectNode) a.get("areas").get(0)).putNull("parent")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodDocuments")
  void schemaAndLoaderBothAcceptGoodDocuments(String name, Document document) {
    List<String> schemaErrors = CatalogSchemas.errors(document.kind(), document.json());
    List<Problem> loaderProblems = loaderProblems(document);
    assertEquals(List.of(), schemaErrors, "schema errors for " + name);
    assertEquals(List.of(), loaderProblems, "loader problems for " + name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void schemaAndLoaderBothRejectBadDocuments(String name, Document document) {
    List<String> schemaErrors = CatalogSchemas.errors(document.kind(), document.json());
    List<Problem> loaderProblems = loaderProblems(document);
    assertFalse(schemaErrors.isEmpty(), "the schema accepts " + name + ":\n" + document.json());
    assertFalse(loaderProblems.isEmpty(), "the loader accepts " + name + ":\n" + document.json());
    for (Problem problem : loaderProblems) {
      assertTrue(problem.line() > 0 && problem.column() > 0, "no line and column: " + problem);
      assertTrue(problem.resource().equals(document.resource()), "wrong resource: " + problem);
    }
  }

  /** The loader's problems for the document, added to the small fixture catalog. */
  private static List<Problem> loaderProblems(Document document) {
    return CatalogLoader.builder()
        .includeBundled(false)
        .addDirectory(Fixtures.base())
        .addJson(document.resource(), document.json())
        .problems();
  }

  private static Arguments exercise(String name, Consumer<ObjectNode> change) {
    return document(name, EXERCISE, "good/exercises/cat-cow.json", change);
  }

  private static Arguments exerciseText(String name, UnaryOperator<String> change) {
    String json = change.apply(Fixtures.pretty(Fixtures.object("good/exercises/cat-cow.json")));
    return Arguments.of(name, new Document(EXERCISE, "exercises/cat-cow.json", json));
  }

  private static Arguments document(
      String name, String kind, String fixture, Consumer<ObjectNode> change) {
    ObjectNode node = Fixtures.object(fixture);
    change.accept(node);
    String resource = fixture.substring("good/".length());
    return Arguments.of(name, new Document(kind, resource, Fixtures.pretty(node)));
  }

  private static ObjectNode dosage(ObjectNode exercise) {
    return (ObjectNode) exercise.get("dosage");
  }

  private static ObjectNode rule(ObjectNode conditions) {
    ArrayNode rules = (ArrayNode) conditions.get("conditions").get(0).get("rules");
    return (ObjectNode) rules.get(0);
  }
}
