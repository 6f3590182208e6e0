package dev.limber.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The loader fixtures under {@code src/test/resources/dev/limber/data/fixtures}. */
final class Fixtures {
  static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /** The fixture file or directory at {@code relative}, such as {@code base/areas.json}. */
  static Path path(String relative) {
    URL url = Fixtures.class.getResource("/dev/limber/data/fixtures/" + relative);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + relative);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A small valid catalog: areas, conditions, a red flag, a goal, two exercises, a sequence. */
  static Path base() {
    return path("base");
  }

  /** The files of the base catalog, but the one at {@code relative} (such as {@code areas.json}). */
  static List<Path> baseFilesExcept(String relative) {
    try (Stream<Path> files = Files.walk(base())) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !base().relativize(f).toString().replace('\\', '/').equals(relative))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String relative) {
    try {
      return Files.readString(path(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object(String relative) {
    try {
      return (ObjectNode) JSON.readTree(text(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pretty-printed JSON text of {@code node}, one field a line. */
  static String pretty(ObjectNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
