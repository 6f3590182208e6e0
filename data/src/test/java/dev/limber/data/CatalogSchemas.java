package dev.limber.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbstractJsonValidator;
import com.networknt.schema.AbstractKeyword;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.JsonValidator;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationContext;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Validates JSON text against the bundled JSON Schemas the way a strict editor does: the text
 * must parse as JSON without repeated fields or trailing content (RFC 8259 interoperable JSON),
 * and then satisfy the schema under the networknt draft 2020-12 validator.
 *
 * <p>The validator knows Limber's one extra keyword, {@code x-limber-ordered}: the listed numeric
 * fields of an object must not decrease ({@code min <= default <= max}), which plain JSON Schema
 * cannot express. Editors that do not know it ignore it, as JSON Schema requires.
 */
final class CatalogSchemas {
  static final String SCHEMA_ROOT = "dev/limber/data/schema/";
  static final ObjectMapper STRICT_JSON =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.metaSchema(
                  JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                      .keyword(new OrderedKeyword())
                      .build()));
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private CatalogSchemas() {}

  /** The bundled schema with that file name, such as {@code exercise.schema.json}. */
  static JsonSchema schema(String fileName) {
    return SCHEMAS.computeIfAbsent(
        fileName,
        name -> {
          JsonSchema schema =
              FACTORY.getSchema(
                  SchemaLocation.of("classpath:" + SCHEMA_ROOT + name),
                  SchemaValidatorsConfig.builder().build());
          schema.initializeValidators();
          return schema;
        });
  }

  /** The draft 2020-12 meta-schema, to check the bundled schemas themselves. */
  static JsonSchema metaSchema() {
    return SCHEMAS.computeIfAbsent(
        "meta",
        name ->
            FACTORY.getSchema(
                SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"),
                SchemaValidatorsConfig.builder().build()));
  }

  /** Every reason {@code json} fails {@code schemaFile}; empty if it is valid. */
  static List<String> errors(String schemaFile, String json) {
    JsonNode node;
    try {
      node = STRICT_JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return List.of("not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || node.isMissingNode()) {
      return List.of("not valid JSON: empty");
    }
    return errors(schema(schemaFile), node);
  }

  static List<String> errors(JsonSchema schema, JsonNode node) {
    return schema.validate(node).stream()
        .map(ValidationMessage::toString)
        .sorted()
        .collect(Collectors.toList());
  }

  /** {@code "x-limber-ordered": ["min", "default", "max"]}: present numbers never decrease. */
  private static final class OrderedKeyword extends AbstractKeyword {
    OrderedKeyword() {
      super("x-limber-ordered");
    }

    @Override
    public JsonValidator newValidator(
        SchemaLocation schemaLocation,
        JsonNodePath evaluationPath,
        JsonNode schemaNode,
        JsonSchema parentSchema,
        ValidationContext validationContext) {
      List<String> fields = new ArrayList<>();
      schemaNode.forEach(f -> fields.add(f.asText()));
      return new AbstractJsonValidator(schemaLocation, evaluationPath, this, schemaNode) {
        @Override
        public Set<ValidationMessage> validate(
            ExecutionContext executionContext,
            JsonNode node,
            JsonNode rootNode,
            JsonNodePath instanceLocation) {
          Set<ValidationMessage> messages = new LinkedHashSet<>();
          if (!node.isObject()) {
            return messages;
          }
          for (int i = 0; i < fields.size(); i++) {
            for (int j = i + 1; j < fields.size(); j++) {
              JsonNode low = node.get(fields.get(i));
              JsonNode high = node.get(fields.get(j));
              if (low != null && high != null && low.isNumber() && high.isNumber()
                  && low.decimalValue().compareTo(high.decimalValue()) > 0) {
                messages.add(
                    ValidationMessage.builder()
                        .type("x-limber-ordered")
                        .code("x-limber-ordered")
                        .instanceLocation(instanceLocation)
                        .evaluationPath(evaluationPath)
                        .schemaLocation(schemaLocation)
                        .instanceNode(node)
                        .schemaNode(schemaNode)
                        .message(
                            instanceLocation + ": " + fields.get(i) + " must not exceed "
                                + fields.get(j))
                        .build());
              }
            }
          }
          return messages;
        }
      };
    }
  }
}
