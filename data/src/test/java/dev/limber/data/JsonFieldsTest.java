package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableSet;
import dev.limber.core.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written checks of texts and member paths agree with the patterns they stand for. */
class JsonFieldsTest {
  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_$-]+");

  @Test
  void memberQuotesExactlyTheKeysThatAreNotSimple() {
    for (String key : randomStrings("azAZ09_$-", "azAZ09_$- .'\\\u00e9")) {
      String expected =
          SIMPLE_KEY.matcher(key).matches()
              ? "$." + key
              : "$['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
      assertEquals(expected, JsonDocument.member("$", key), key);
    }
  }

  @Test
  void aTextOfOnlyRegexWhitespaceIsBlankButOtherUnicodeSpacesAreText() {
    for (String text : List.of(" ", " \t\n\r\f\u000B", "")) {
      assertEquals(List.of("must not be blank"), problemsOfText(text), "\"" + text + "\"");
    }
    for (String text : List.of("\u00a0", "\u2003", " x ")) {
      assertEquals(List.of(), problemsOfText(text), "\"" + text + "\"");
    }
  }

  private static List<String> problemsOfText(String text) {
    String json = "{\"name\": " + TextNode.valueOf(text) + "}";
    ProblemList problems = new ProblemList();
    JsonDocument document =
        JsonDocument.parse("t.json", json.getBytes(StandardCharsets.UTF_8), problems);
    JsonNode root = document.root().orElseThrow();
    Optional<JsonFields> fields =
        JsonFields.open(document, problems, "$", root, ImmutableSet.of("name"), List.of());
    fields.orElseThrow().text("name");
    return problems.sorted().stream().map(Problem::message).toList();
  }

  private static List<String> randomStrings(String common, String all) {
    Random random = new Random(42);
    List<String> strings = new ArrayList<>();
    for (int n = 0; n < 100_000; n++) {
      String alphabet = n % 2 == 0 ? common : all;
      int length = random.nextInt(n % 100 == 0 ? 90 : 8);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      strings.add(s.toString());
    }
    return strings;
  }
}
