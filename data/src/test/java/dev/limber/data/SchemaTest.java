package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.Streams;
import com.google.common.io.Resources;
import dev.limber.core.AreaKind;
import dev.limber.core.Difficulty;
import dev.limber.core.DosageUnit;
import dev.limber.core.ExerciseKind;
import dev.limber.core.Laterality;
import dev.limber.core.MovementPattern;
import dev.limber.core.Phase;
import dev.limber.core.Position;
import dev.limber.core.Severity;
import dev.limber.core.Urgency;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled JSON Schemas: valid, strict, documented, and in step with core's enums. */
class SchemaTest {
  static Stream<String> schemas() {
    return Stream.concat(
        Arrays.stream(FileKind.values()).map(FileKind::schema),
        Stream.of("muscle-mapping.schema.json", "overlay.schema.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void schemaIsAValidDraft202012Schema(String schema) throws IOException {
    JsonNode json = read(schema);

    assertEquals("https://json-schema.org/draft/2020-12/schema", json.get("$schema").asText());
    assertEquals(List.of(), CatalogSchemas.errors(CatalogSchemas.metaSchema(), json));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void everyObjectIsClosedAndEveryPropertyDescribed(String schema) throws IOException {
    List<String> faults = new ArrayList<>();
    walk(read(schema), "#", faults);

    assertEquals(List.of(), faults);
  }

  @Test
  void schemaEnumsAreTheIdsOfCoreEnums() throws IOException {
    JsonNode exercise = read("exercise.schema.json");
    JsonNode conditions = read("conditions.schema.json");
    assertEquals(ids(ExerciseKind.values(), ExerciseKind::id), enumAt(exercise, "/properties/kind"));
    assertEquals(ids(Position.values(), Position::id), enumAt(exercise, "/$defs/position"));
    assertEquals(
        ids(Position.values(), Position::id),
        enumAt(exercise, "/properties/modifications/items/properties/position"));
    assertEquals(ids(Difficulty.values(), Difficulty::id), enumAt(exercise, "/properties/difficulty"));
    assertEquals(ids(Laterality.values(), Laterality::id), enumAt(exercise, "/properties/laterality"));
    assertEquals(
        ids(DosageUnit.values(), DosageUnit::id), enumAt(exercise, "/properties/dosage/properties/unit"));
    assertEquals(ids(Phase.values(), Phase::id), enumAt(exercise, "/properties/phases/items"));
    assertEquals(ids(Severity.values(), Severity::id), enumAt(exercise, "/$defs/severity"));
    assertEquals(
        ids(MovementPattern.values(), MovementPattern::id), enumAt(exercise, "/$defs/movementPattern"));
    assertEquals(
        ids(MovementPattern.values(), MovementPattern::id),
        enumAt(conditions, "/$defs/rule/properties/pattern"));
    assertEquals(
        ids(Severity.values(), Severity::id), enumAt(conditions, "/$defs/rule/properties/severity"));
    assertEquals(
        ids(Urgency.values(), Urgency::id),
        enumAt(read("red-flags.schema.json"), "/$defs/redFlag/properties/urgency"));
    assertEquals(
        ids(AreaKind.values(), AreaKind::id),
        enumAt(read("areas.schema.json"), "/$defs/area/properties/kind"));
    assertEquals(
        ids(Phase.values(), Phase::id),
        enumAt(read("sequence.schema.json"), "/$defs/step/properties/phase"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void slugsAreTheSameEverywhere(String schema) throws IOException {
    JsonNode slug = read(schema).at("/$defs/slug");
    if (!slug.isMissingNode()) {
      assertEquals("^[a-z0-9]+(-[a-z0-9]+)*$", slug.get("pattern").asText());
      assertEquals(80, slug.get("maxLength").asInt());
    }
  }

  @Test
  void limitsAgreeWithTheLoader() throws IOException {
    JsonNode dosage = read("exercise.schema.json").at("/properties/dosage/properties");
    for (String field : List.of("min", "default", "max")) {
      assertEquals(1, dosage.get(field).get("minimum").asInt());
      assertEquals(CatalogFileReader.MAX_COUNT, dosage.get(field).get("maximum").asInt());
    }
    assertEquals(
        CatalogFileReader.MAX_SECONDS_PER_UNIT, dosage.get("secondsPerUnit").get("maximum").asInt());
  }

  private static void walk(JsonNode node, String at, List<String> faults) {
    if (node.isObject()) {
      if (node.has("properties")) {
        if (!node.path("additionalProperties").isBoolean()
            || node.get("additionalProperties").booleanValue()) {
          faults.add(at + " allows additional properties");
        }
        for (Map.Entry<String, JsonNode> p : node.get("properties").properties()) {
          if (!p.getValue().has("description")) {
            faults.add(at + "/properties/" + p.getKey() + " has no description");
          }
        }
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        // Conditional subschemas only add constraints to properties declared elsewhere.
        if (!List.of("if", "then", "else").contains(e.getKey())) {
          walk(e.getValue(), at + "/" + e.getKey(), faults);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, faults);
      }
    }
  }

  private static <E> List<String> ids(E[] values, Function<E, String> id) {
    return Arrays.stream(values).map(id).collect(Collectors.toList());
  }

  private static List<String> enumAt(JsonNode schema, String pointer) {
    JsonNode node = schema.at(pointer + "/enum");
    assertTrue(node.isArray(), "no enum at " + pointer);
    return Streams.stream(node).map(JsonNode::asText).collect(Collectors.toList());
  }

  private static JsonNode read(String schema) throws IOException {
    return CatalogSchemas.STRICT_JSON.readTree(
        Resources.toString(
            Resources.getResource(CatalogSchemas.SCHEMA_ROOT + schema), StandardCharsets.UTF_8));
  }
}
