package dev.limber.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The catalog issue's acceptance table: each kind of breakage in a copy of a bundled exercise file
 * makes {@code limber validate} exit 1 and name the file with line and column.
 */
class BrokenCopyTest {
  private static final Pattern LOCATED = Pattern.compile("^(.+\\.json):(\\d+):(\\d+): .+$", Pattern.MULTILINE);

  @TempDir Path temp;

  static Stream<Arguments> breakages() {
    return Stream.of(
        Arguments.of("cut short", (UnaryOperator<String>) json -> json.substring(0, json.length() / 2), "end-of-input"),
        Arguments.of("unknown field", (UnaryOperator<String>) json -> json.replace("\"kind\":", "\"colour\": \"red\",\n  \"kind\":"), "colour"),
        Arguments.of("number as a word", (UnaryOperator<String>) json -> json.replace("\"min\": 5", "\"min\": \"five\""), "min"),
        Arguments.of("unknown area", (UnaryOperator<String>) json -> json.replace("\"lower-back\", \"mid-back\"", "\"lower-bak\", \"mid-back\""), "lower-bak"),
        Arguments.of("bad id", (UnaryOperator<String>) json -> json.replace("\"id\": \"cat-cow\"", "\"id\": \"Cat Cow\""), "Cat Cow"),
        Arguments.of("missing name", (UnaryOperator<String>) json -> json.replace("\"name\": \"Cat-Cow\",", ""), "name"),
        Arguments.of("negative number", (UnaryOperator<String>) json -> json.replace("\"secondsPerUnit\": 6", "\"secondsPerUnit\": -6"), "-6"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void aBrokenCopyOfABundledExerciseFailsValidationWithFileLineAndColumn(
      String breakage, UnaryOperator<String> breakIt, String mentioned) throws IOException {
    String original = bundledCatCow();
    String broken = breakIt.apply(original);
    assertFalse(broken.equals(original), "the breakage must change the file: " + breakage);
    // A bundled file edited in its place, as a contributor does in the repository.
    Path file = temp.resolve("dev/limber/data/catalog/exercises/cat-cow.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, broken, StandardCharsets.UTF_8);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = LimberCli.commandLine();
    cli.setOut(new java.io.PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
    cli.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
    int exit = cli.execute("validate", file.toString());

    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(1, exit, () -> breakage + ": " + printed + err);
    var located = LOCATED.matcher(printed);
    assertTrue(located.find(), () -> breakage + ": no file:line:column in " + printed);
    assertEquals(file.toString(), located.group(1));
    assertTrue(Integer.parseInt(located.group(2)) > 0 && Integer.parseInt(located.group(3)) > 0, printed);
    assertTrue(printed.contains(mentioned), () -> breakage + ": the message should mention " + mentioned + ": " + printed);
  }

  private static String bundledCatCow() throws IOException {
    try (InputStream in = BrokenCopyTest.class.getResourceAsStream("/dev/limber/data/catalog/exercises/cat-cow.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
