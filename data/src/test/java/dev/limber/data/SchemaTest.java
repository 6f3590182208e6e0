package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.Streams;
import com.google.common.io.Resources;
import dev.limber.core.AreaKind;
import dev.limber.core.Difficulty;
import dev.limber.core.DosageUnit;
import dev.limber.core.ExerciseKind;
import dev.limber.core.IdRules;
import dev.limber.core.Laterality;
import dev.limber.core.MovementPattern;
import dev.limber.core.Phase;
import dev.limber.core.Position;
import dev.limber.core.Severity;
import dev.limber.core.Urgency;
import dev.limber.core.figure.BasePose;
import dev.limber.core.figure.Joint;
import dev.limber.core.figure.Prop;
import dev.limber.core.figure.View;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled JSON Schemas: valid, strict, documented, their structure that of the reader, their
 * enums core's, and no copy of the values' rules.
 */
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

  @Test
  void thePoseSchemaNamesEveryJointViewPropAndBase() throws IOException {
    JsonNode pose = read("pose.schema.json");
    assertEquals(ids(View.values(), View::id), enumAt(pose, "/properties/view"));
    assertEquals(new TreeSet<>(ids(Prop.values(), Prop::id)),
        new TreeSet<>(enumAt(pose, "/properties/props/items")));
    assertEquals(ids(BasePose.values(), BasePose::id), enumAt(pose, "/$defs/keyframe/properties/base"));
    assertEquals(
        new TreeSet<>(ids(Joint.values(), Joint::id)),
        new TreeSet<>(Streams.stream(
                pose.at("/$defs/keyframe/properties/angles/properties").fieldNames())
            .collect(Collectors.toList())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void slugsAreTheSameEverywhere(String schema) throws IOException {
    JsonNode slug = read(schema).at("/$defs/slug");
    if (!slug.isMissingNode()) {
      assertEquals("^[a-z0-9]+(-[a-z0-9]+)*$", slug.get("pattern").asText());
      assertEquals(IdRules.MAX_LENGTH, slug.get("maxLength").asInt());
    }
  }

  /**
   * The schemas' structure is derived from the reader's: each object of each schema has exactly
   * the fields the reader knows, and requires exactly those it requires. The rules of the values
   * (ranges, counts, slugs, order) are not in the schemas but in core's value checks, stated once.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("structures")
  void schemaFieldsAreTheReadersFields(
      String schema, String pointer, Set<String> required, Set<String> optional) throws IOException {
    JsonNode object = read(schema).at(pointer);
    Set<String> properties = new TreeSet<>();
    object.get("properties").fieldNames().forEachRemaining(properties::add);
    Set<String> all = new TreeSet<>(required);
    all.addAll(optional);
    assertEquals(all, properties, schema + pointer + " properties");
    Set<String> requiredInSchema = new TreeSet<>();
    object.path("required").forEach(r -> requiredInSchema.add(r.asText()));
    assertEquals(new TreeSet<>(required), requiredInSchema, schema + pointer + " required");
  }

  static Stream<Arguments> structures() {
    Set<String> none = Set.of();
    return Stream.of(
        Arguments.of("exercise.schema.json", "", CatalogFileReader.EXERCISE_FIELDS, CatalogFileReader.EXERCISE_OPTIONAL),
        Arguments.of("exercise.schema.json", "/properties/dosage", CatalogFileReader.DOSAGE_FIELDS, CatalogFileReader.DOSAGE_SETS),
        Arguments.of("exercise.schema.json", "/properties/dosage/properties/sets", CatalogFileReader.SETS_FIELDS, none),
        Arguments.of("exercise.schema.json", "/properties/contraindications/items", CatalogFileReader.CONTRAINDICATION_FIELDS, CatalogFileReader.INSTEAD),
        Arguments.of("exercise.schema.json", "/properties/modifications/items", CatalogFileReader.MODIFICATION_FIELDS, CatalogFileReader.POSITION),
        Arguments.of("areas.schema.json", "/$defs/area", CatalogFileReader.AREA_FIELDS, CatalogFileReader.AREA_OPTIONAL),
        Arguments.of("conditions.schema.json", "/$defs/condition", CatalogFileReader.CONDITION_FIELDS, CatalogFileReader.REPLACES),
        Arguments.of("conditions.schema.json", "/$defs/rule", CatalogFileReader.RULE_FIELDS, CatalogFileReader.RULE_OPTIONAL),
        Arguments.of("red-flags.schema.json", "/$defs/redFlag", CatalogFileReader.RED_FLAG_FIELDS, CatalogFileReader.RED_FLAG_OPTIONAL),
        Arguments.of("goals.schema.json", "/$defs/goal", CatalogFileReader.GOAL_FIELDS, none),
        Arguments.of("advice.schema.json", "/$defs/advice", CatalogFileReader.ADVICE_FIELDS, none),
        Arguments.of("sequence.schema.json", "", CatalogFileReader.SEQUENCE_FIELDS, CatalogFileReader.SEQUENCE_OPTIONAL),
        Arguments.of("sequence.schema.json", "/$defs/step", CatalogFileReader.STEP_FIELDS, CatalogFileReader.COUNT));
  }

  /** No schema states a rule of the values, which would be a second copy of it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogSchemas")
  void schemasStateNoValueRules(String schema) throws IOException {
    String text = Resources.toString(Resources.getResource(CatalogSchemas.SCHEMA_ROOT + schema), StandardCharsets.UTF_8);
    for (String keyword : List.of("\"minimum\"", "\"maximum\"", "\"exclusiveMinimum\"", "\"minItems\"", "\"minProperties\"", "\"if\"")) {
      assertFalse(text.contains(keyword), schema + " states " + keyword);
    }
  }

  static Stream<String> catalogSchemas() {
    return Arrays.stream(FileKind.values()).map(FileKind::schema);
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
