package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Streams;
import dev.limber.core.Catalog;
import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.DosageUnit;
import dev.limber.core.Phase;
import dev.limber.core.Position;
import dev.limber.core.Referral;
import dev.limber.core.Routine;
import dev.limber.core.RoutineItem;
import dev.limber.core.Side;
import dev.limber.core.Urgency;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LimberJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> RESULT_FIELDS =
      List.of(
          "outcome", "budgetSeconds", "totalSeconds", "seed", "focus", "referral",
          "infeasibleReason", "infeasibleMessage", "advice", "unserved", "shortfall", "warnings",
          "warningMessages", "items");
  private static final List<String> ITEM_FIELDS =
      List.of(
          "exerciseId", "name", "phase", "position", "side", "transitionSeconds", "startSeconds",
          "durationSeconds", "endSeconds", "count", "unit", "set", "sets", "targets", "reason", "reasonMessage",
          "warnings", "warningMessages", "modification", "modificationMessage");

  @Test
  void writesEveryFieldOfARoutineAndReadsBackTheSameValues() throws Exception {
    Routine routine = routine();

    JsonNode json = JSON.readTree(LimberJson.toJson(ComposeResult.of(routine)));

    assertEquals(RESULT_FIELDS, fieldNames(json));
    assertEquals("routine", json.get("outcome").asText());
    assertEquals(300, json.get("budgetSeconds").asInt());
    assertEquals(routine.totalSeconds(), json.get("totalSeconds").asInt());
    assertEquals(7, json.get("seed").asLong());
    assertEquals(2.0, json.get("focus").get("lower-back").asDouble());
    assertTrue(json.get("referral").isNull());
    assertTrue(json.get("infeasibleReason").isNull());
    assertEquals(List.of("No safe exercise for the neck."), strings(json.get("warnings")));
    assertEquals(routine.items().size(), json.get("items").size());
    for (int i = 0; i < routine.items().size(); i++) {
      RoutineItem item = routine.items().get(i);
      JsonNode j = json.get("items").get(i);
      assertEquals(ITEM_FIELDS, fieldNames(j));
      assertEquals(item.exerciseId(), j.get("exerciseId").asText());
      assertEquals(item.name(), j.get("name").asText());
      assertEquals(item.phase().id(), j.get("phase").asText());
      assertEquals(item.position().id(), j.get("position").asText());
      assertEquals(item.side().map(Side::id).orElse(null), j.get("side").textValue());
      assertEquals(item.transitionSeconds(), j.get("transitionSeconds").asInt());
      assertEquals(item.startSeconds(), j.get("startSeconds").asInt());
      assertEquals(item.durationSeconds(), j.get("durationSeconds").asInt());
      assertEquals(item.endSeconds(), j.get("endSeconds").asInt());
      assertEquals(item.count(), j.get("count").asInt());
      assertEquals(item.unit().id(), j.get("unit").asText());
      assertEquals(item.targets(), strings(j.get("targets")));
      assertEquals(item.reason(), j.get("reason").asText());
      assertEquals(item.reasonMessage().code().id(), j.get("reasonMessage").get("code").asText());
      assertEquals(item.warnings(), strings(j.get("warnings")));
      assertEquals(item.modification().orElse(null), j.get("modification").textValue());
    }
  }

  @Test
  void writesEnumValuesAsTheirKebabCaseIds() throws Exception {
    JsonNode items = JSON.readTree(LimberJson.toJson(routine())).get("items");

    assertEquals("warm-up", items.get(0).get("phase").asText());
    assertEquals("hands-and-knees", items.get(0).get("position").asText());
    assertEquals("breaths", items.get(0).get("unit").asText());
    assertEquals("left", items.get(1).get("side").asText());
    assertEquals("cool-down", items.get(3).get("phase").asText());
  }

  @Test
  void writesAReferralWithUrgencyReasonsAndRedFlagIds() throws Exception {
    Referral referral =
        Referral.builder()
            .urgency(Urgency.EMERGENCY)
            .addRedFlagIds("saddle-numbness")
            .addReasons("Go to emergency care now.")
            .build();

    JsonNode json = JSON.readTree(LimberJson.toJson(ComposeResult.of(referral)));

    assertEquals(RESULT_FIELDS, fieldNames(json));
    assertEquals("referral", json.get("outcome").asText());
    assertTrue(json.get("budgetSeconds").isNull());
    assertEquals(0, json.get("totalSeconds").asInt());
    assertEquals(List.of("urgency", "reasons", "reasonMessages", "redFlagIds"), fieldNames(json.get("referral")));
    // Built by hand, so its messages are the texts as they are.
    assertEquals("text", json.get("referral").get("reasonMessages").get(0).get("code").asText());
    assertEquals("emergency", json.get("referral").get("urgency").asText());
    assertEquals(List.of("Go to emergency care now."), strings(json.get("referral").get("reasons")));
    assertEquals(List.of("saddle-numbness"), strings(json.get("referral").get("redFlagIds")));
    assertEquals(0, json.get("items").size());
  }

  @Test
  void writesAnInfeasibleResultWithItsReasonAndTheRequestsBudget() throws Exception {
    ComposeResult result = ComposeResult.infeasible("No exercise fits without the floor.");
    ComposeRequest request = ComposeRequest.builder().budgetSeconds(600).build();

    JsonNode json = JSON.readTree(LimberJson.toJson(result, request));

    assertEquals(RESULT_FIELDS, fieldNames(json));
    assertEquals("infeasible", json.get("outcome").asText());
    assertEquals(600, json.get("budgetSeconds").asInt());
    assertEquals("No exercise fits without the floor.", json.get("infeasibleReason").asText());
    assertTrue(json.get("referral").isNull());
  }

  @Test
  void writesTheSameJsonForTheSameResult() {
    ComposeResult result = ComposeResult.of(routine());

    String first = LimberJson.toJson(result);

    assertEquals(first, LimberJson.toJson(ComposeResult.of(routine())));
    assertEquals(first, LimberJson.toJson(routine()));
    assertTrue(first.indexOf("\"outcome\"") < first.indexOf("\"budgetSeconds\""));
    assertTrue(!first.contains("\r"), "line ends are \\n on every platform");
  }

  @Test
  void moduleSerializesLikeToJson() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(LimberJson.module());
    ComposeResult result = ComposeResult.of(routine());
    Catalog catalog = CatalogLoader.builder().includeBundled(false).addDirectory(Fixtures.base()).load();

    assertEquals(
        JSON.readTree(LimberJson.toJson(result)), JSON.readTree(mapper.writeValueAsString(result)));
    assertEquals(
        JSON.readTree(LimberJson.toJson(routine())),
        JSON.readTree(mapper.writeValueAsString(routine())));
    assertEquals(
        JSON.readTree(LimberJson.toJson(catalog)), JSON.readTree(mapper.writeValueAsString(catalog)));
  }

  @Test
  void exportsEveryExerciseWithItsResolvedContraindications() throws Exception {
    Catalog catalog = CatalogLoader.builder().includeBundled(false).addDirectory(Fixtures.base()).load();

    JsonNode json = JSON.readTree(LimberJson.toJson(catalog));

    assertEquals(
        List.of("exercises", "areas", "conditions", "redFlags", "sequences", "goals", "advice"), fieldNames(json));
    assertEquals(catalog.exercises().size(), json.get("exercises").size());
    assertEquals(catalog.areas().size(), json.get("areas").size());
    JsonNode kneeToChest = json.get("exercises").get(0);
    assertEquals("knee-to-chest", kneeToChest.get("id").asText());
    assertEquals("supine", kneeToChest.get("position").asText());
    assertEquals("unilateral", kneeToChest.get("laterality").asText());
    assertEquals(List.of("lower-back", "glutes"), strings(kneeToChest.get("primaryTargets")));
    assertEquals(30, kneeToChest.get("dosage").get("default").asInt());
    assertTrue(strings(kneeToChest.get("movementPatterns")).contains("loaded-spinal-flexion"));
    List<String> expected =
        catalog.contraindications("knee-to-chest").stream()
            .map(c -> c.conditionId() + " " + c.severity().id() + " " + c.reason())
            .collect(Collectors.toList());
    List<String> written =
        Streams.stream(kneeToChest.get("contraindications"))
            .map(c -> c.get("condition").asText() + " " + c.get("severity").asText() + " " + c.get("reason").asText())
            .collect(Collectors.toList());
    assertEquals(expected, written);
    assertEquals(
        List.of(
            "herniated-disc avoid", "herniated-disc caution", "hip-pain caution", "wrist-pain caution"),
        written.stream().map(w -> w.split(" ")[0] + " " + w.split(" ")[1]).collect(Collectors.toList()));
  }

  @Test
  void exportedElementsAreValidCatalogFiles() {
    Catalog catalog = CatalogLoader.builder().includeBundled(false).addDirectory(Fixtures.base()).load();
    ObjectNode export = LimberJson.toTree(catalog);

    for (JsonNode exercise : export.get("exercises")) {
      assertEquals(List.of(), CatalogSchemas.errors(CatalogSchemas.schema("exercise.schema.json"), exercise));
    }
    for (JsonNode sequence : export.get("sequences")) {
      assertEquals(List.of(), CatalogSchemas.errors(CatalogSchemas.schema("sequence.schema.json"), sequence));
    }
    assertEquals(List.of(), listErrors("areas", export, "areas.schema.json"));
    assertEquals(List.of(), listErrors("conditions", export, "conditions.schema.json"));
    assertEquals(List.of(), listErrors("redFlags", export, "red-flags.schema.json"));
    assertEquals(List.of(), listErrors("goals", export, "goals.schema.json"));
  }

  private static List<String> listErrors(String field, ObjectNode export, String schema) {
    ObjectNode file = JSON.createObjectNode();
    file.set(field, export.get(field));
    return CatalogSchemas.errors(CatalogSchemas.schema(schema), file);
  }

  /** Cat-Cow, then knee-to-chest on both sides with a switch, then a relaxation. */
  static Routine routine() {
    RoutineItem catCow =
        RoutineItem.builder()
            .exerciseId("cat-cow")
            .name("Cat-Cow")
            .phase(Phase.WARM_UP)
            .position(Position.HANDS_AND_KNEES)
            .transitionSeconds(0)
            .startSeconds(0)
            .durationSeconds(48)
            .count(8)
            .unit(DosageUnit.BREATHS)
            .addTargets("lower-back", "mid-back")
            .reason("Warms up the spine for the lower back.")
            .modification("Rest on your forearms: wrist pain.")
            .build();
    RoutineItem left =
        RoutineItem.builder()
            .exerciseId("knee-to-chest")
            .name("Knee to chest")
            .phase(Phase.MAIN)
            .position(Position.SUPINE)
            .side(Side.LEFT)
            .transitionSeconds(10)
            .startSeconds(58)
            .durationSeconds(30)
            .count(30)
            .unit(DosageUnit.SECONDS)
            .addTargets("lower-back")
            .reason("Serves the lower back.")
            .addWarnings("Herniated disc: round the back gently.")
            .build();
    RoutineItem right =
        RoutineItem.builder().from(left).side(Side.RIGHT).transitionSeconds(5).startSeconds(93).build();
    RoutineItem rest =
        RoutineItem.builder()
            .exerciseId("supine-rest")
            .name("Rest")
            .phase(Phase.COOL_DOWN)
            .position(Position.SUPINE)
            .transitionSeconds(0)
            .startSeconds(123)
            .durationSeconds(60)
            .count(10)
            .unit(DosageUnit.BREATHS)
            .reason("Closes the session.")
            .build();
    return Routine.builder()
        .budgetSeconds(300)
        .items(ImmutableList.of(catCow, left, right, rest))
        .addWarnings("No safe exercise for the neck.")
        .putFocus("lower-back", 2.0)
        .seed(7)
        .build();
  }

  private static List<String> fieldNames(JsonNode node) {
    return ImmutableList.copyOf(node.fieldNames());
  }

  private static List<String> strings(JsonNode array) {
    return Streams.stream(array).map(JsonNode::asText).collect(Collectors.toList());
  }

}
