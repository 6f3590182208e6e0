package dev.limber.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Validates JSON text against the bundled JSON Schemas the way a strict editor does: the text
 * must parse as JSON without repeated fields or trailing content (RFC 8259 interoperable JSON),
 * and then satisfy the schema under the networknt draft 2020-12 validator.
 *
 * <p>The schemas state the structure of the files (fields, types, enum ids) for editors; the
 * rules of the values are core's checks, which the loader applies (see the data package's
 * javadoc).
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
          builder -> {});
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
}
