package dev.limber.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embed it" code is {@link EmbedIt}'s, word for word, so that it compiles and runs in
 * the build ({@code ExamplesTest} runs it) and cannot rot.
 */
class ReadmeTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path EMBED_IT =
      Path.of("src", "main", "java", "dev", "limber", "examples", "EmbedIt.java");

  @Test
  void theReadmeQuotesTheImportsAndTheSnippetOfEmbedIt() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> source = Files.readAllLines(EMBED_IT, StandardCharsets.UTF_8);

    for (String region : List.of("imports", "embed")) {
      String quoted = region(source, region);
      assertTrue(
          readme.contains("```java\n" + quoted + "```\n"),
          () -> "README.md must quote the " + region + " region of EmbedIt.java as a java block:\n" + quoted);
    }
  }

  /** The lines between {@code // README: NAME-start} and {@code -end}, less their common indent. */
  private static String region(List<String> source, String name) {
    int start = source.indexOf(source.stream().filter(l -> l.trim().equals("// README: " + name + "-start")).findFirst().orElseThrow());
    int end = source.indexOf(source.stream().filter(l -> l.trim().equals("// README: " + name + "-end")).findFirst().orElseThrow());
    List<String> lines = source.subList(start + 1, end);
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
