package dev.limber.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.limber.core.Message;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Message} as JSON beside the text it renders to: {@code {"code":
 * "item-reason-focus", "args": {"phase": "main", "areas": ["lower-back"], "sets": 1}}}. Enum
 * constants are written as their ids, nested messages as such objects.
 */
final class MessageJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MessageJson() {}

  static ObjectNode write(Message message) {
    ObjectNode json = NODES.objectNode();
    json.put("code", message.code().id());
    ObjectNode args = json.putObject("args");
    for (Map.Entry<String, Object> arg : message.args().entrySet()) {
      args.set(arg.getKey(), value(arg.getValue()));
    }
    return json;
  }

  static void writeAll(ArrayNode json, List<Message> messages) {
    messages.forEach(m -> json.add(write(m)));
  }

  private static com.fasterxml.jackson.databind.JsonNode value(Object value) {
    if (value instanceof Message) {
      return write((Message) value);
    }
    if (value instanceof Integer) {
      return NODES.numberNode((Integer) value);
    }
    if (value instanceof Enum) {
      return NODES.textNode(((Enum<?>) value).name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    if (value instanceof List) {
      ArrayNode array = NODES.arrayNode();
      for (Object element : (List<?>) value) {
        array.add(value(element));
      }
      return array;
    }
    return NODES.textNode(String.valueOf(value));
  }
}
