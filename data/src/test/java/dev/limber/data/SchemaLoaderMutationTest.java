package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every systematic mutation of each good fixture document: each value replaced by values of every
 * other JSON type, each object member removed, an unknown member added to each object. Whatever
 * the schema says about the mutated document (valid or not), the loader must say the same.
 */
class SchemaLoaderMutationTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("exercise.schema.json", "good/exercises/cat-cow.json"),
        Arguments.of("exercise.schema.json", "base/exercises/knee-to-chest.json"),
        Arguments.of("sequence.schema.json", "good/sequences/evening-wind-down.json"),
        Arguments.of("conditions.schema.json", "good/conditions.json"),
        Arguments.of("red-flags.schema.json", "good/red-flags.json"),
        Arguments.of("goals.schema.json", "good/goals.json"),
        Arguments.of("areas.schema.json", "good/areas.json"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("fixtures")
  void schemaAndLoaderAgreeOnEveryMutation(String schema, String fixture) {
    ObjectNode original = Fixtures.object(fixture);
    String resource = fixture.substring(fixture.indexOf('/') + 1);
    boolean onBase = fixture.startsWith("base/");
    List<String> disagreements = new ArrayList<>();
    for (Mutation mutation : mutations(original)) {
      ObjectNode copy = original.deepCopy();
      mutation.apply(copy);
      String json = Fixtures.pretty(copy);
      boolean schemaAccepts = CatalogSchemas.errors(schema, json).isEmpty();
      CatalogLoader.Builder loader = CatalogLoader.builder().includeBundled(false);
      if (onBase) {
        // The fixture replaces its own file in a copy of the base catalog.
        loader.addJson(resource, json);
        Fixtures.baseFilesExcept(resource).forEach(loader::addFile);
      } else {
        loader.addDirectory(Fixtures.base()).addJson(resource, json);
      }
      boolean loaderAccepts = loader.problems().isEmpty();
      if (schemaAccepts != loaderAccepts) {
        disagreements.add(
            mutation.description + ": schema " + (schemaAccepts ? "accepts" : "rejects")
                + ", loader " + (loaderAccepts ? "accepts" : "rejects"));
      }
    }
    assertEquals(List.of(), disagreements);
  }

  private record Mutation(String description, Consumer<ObjectNode> change) {
    void apply(ObjectNode root) {
      change.accept(root);
    }
  }

  private static List<Mutation> mutations(ObjectNode root) {
    List<Mutation> result = new ArrayList<>();
    collect(root, "", result);
    return result;
  }

  /** Mutations of the value at JSON pointer {@code pointer} and of everything inside it. */
  private static void collect(JsonNode node, String pointer, List<Mutation> result) {
    if (!pointer.isEmpty()) {
      for (JsonNode replacement : othersThan(node)) {
        result.add(
            new Mutation(
                "replace " + pointer + " with " + replacement,
                root -> replace(root, pointer, replacement.deepCopy())));
      }
    }
    if (node.isObject()) {
      result.add(
          new Mutation(
              "add an unknown field to " + pointer,
              root -> ((ObjectNode) at(root, pointer)).put("unknownField", 1)));
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String child = pointer + "/" + e.getKey();
        result.add(
            new Mutation(
                "remove " + child, root -> ((ObjectNode) at(root, pointer)).remove(e.getKey())));
        collect(e.getValue(), child, result);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, result);
      }
    }
  }

  /** Values of every JSON type other than the type of {@code node}. */
  private static List<JsonNode> othersThan(JsonNode node) {
    List<JsonNode> values = new ArrayList<>();
    values.add(NODES.nullNode());
    if (!node.isBoolean()) {
      values.add(NODES.booleanNode(true));
    }
    if (!node.isNumber()) {
      values.add(NODES.numberNode(5));
    }
    if (node.isIntegralNumber()) {
      values.add(NODES.numberNode(1.5));
    }
    if (!node.isTextual()) {
      values.add(NODES.textNode("five"));
    }
    if (!node.isArray()) {
      values.add(NODES.arrayNode());
    }
    if (!node.isObject()) {
      values.add(NODES.objectNode());
    }
    return values;
  }

  private static JsonNode at(JsonNode root, String pointer) {
    return pointer.isEmpty() ? root : root.at(pointer);
  }

  private static void replace(ObjectNode root, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = at(root, pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
  }
}
