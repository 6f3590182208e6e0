package dev.limber.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.limber.core.Catalog;
import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.Routine;
import java.io.IOException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A Jackson module with which an app's own {@code ObjectMapper} writes and reads Limber values in
 * the forms {@link LimberJson} writes: {@link ComposeRequest}, {@link ComposeResult} and {@link
 * Routine} both ways, and {@link Catalog} as the export (written only).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new LimberModule());
 * String json = mapper.writeValueAsString(result);
 * ComposeResult back = mapper.readValue(json, ComposeResult.class);   // equal to result
 * ComposeRequest request = mapper.readValue(body, ComposeRequest.class);
 * }</pre>
 *
 * <p>Reading is as strict as {@link LimberJson#readRequest} and its kin, which it uses: a value
 * with problems throws a {@link JsonMappingException} whose cause is a {@link
 * LimberJsonException} listing every problem with its JSON path. Line and column in those problems
 * count within the value, rewritten compactly by Jackson (the exception's own location is where the
 * value starts in the input), and a repeated field is resolved by the mapper before Limber sees
 * it; for problems at their place in a file, read the text with {@link LimberJson} instead.
 *
 * <p>Thread-safe once registered, like the mapper.
 */
public final class LimberModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module with Limber's serializers and deserializers. */
  public LimberModule() {
    super("limber");
    addSerializer(new TreeSerializer<>(ComposeRequest.class, LimberJson::toTree));
    addSerializer(new TreeSerializer<>(ComposeResult.class, LimberJson::toTree));
    addSerializer(new TreeSerializer<>(Routine.class, LimberJson::toTree));
    addSerializer(new TreeSerializer<>(Catalog.class, LimberJson::toTree));
    addDeserializer(
        ComposeRequest.class, new StrictDeserializer<>(ComposeRequest.class, LimberJson::readRequest));
    addDeserializer(
        ComposeResult.class, new StrictDeserializer<>(ComposeResult.class, LimberJson::readResult));
    addDeserializer(Routine.class, new StrictDeserializer<>(Routine.class, LimberJson::readRoutine));
  }

  private static final class TreeSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, ObjectNode> tree;

    TreeSerializer(Class<T> type, Function<T, ObjectNode> tree) {
      super(type);
      this.tree = tree;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeTree(tree.apply(value));
    }
  }

  private static final class StrictDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient BiFunction<String, String, T> reader;

    StrictDeserializer(Class<T> type, BiFunction<String, String, T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonLocation start = parser.currentTokenLocation();
      JsonNode tree = context.readTree(parser);
      String resource =
          String.format(
              "%s at line %s, column %s",
              handledType().getSimpleName(), start.getLineNr(), start.getColumnNr());
      try {
        return reader.apply(resource, tree.toString());
      } catch (LimberJsonException e) {
        throw JsonMappingException.from(parser, e.getMessage(), e);
      }
    }
  }
}
