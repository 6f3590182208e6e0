package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.limber.core.CatalogException;
import dev.limber.core.Problem;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.List;

/**
 * Never an internal error from data: whatever the bytes of a catalog file, loading throws only
 * {@link CatalogException} and reports problems with a place, never an error of the reader.
 *
 * <p>In the build, Jazzer runs this in regression mode over the committed inputs in {@code
 * src/test/resources/dev/limber/data/CatalogFuzzTestInputs/aCatalogFileOfAnyBytes/} (hostile seeds
 * and every finding so far). To fuzz for new findings, run
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl data -am test -Dtest=CatalogFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>and commit the crashing input Jazzer writes into that folder. {@link CatalogMutationTest} is
 * the bounded generated run of the default build.
 */
class CatalogFuzzTest {
  /**
   * Where a fuzzed file may sit. An input whose first byte is below 8 (which no JSON text starts
   * with) sits at the place that byte picks, without that byte; any other input is an exercise.
   */
  static final List<String> PLACES =
      List.of(
          "fuzz/exercises/knee-to-chest.json",
          "fuzz/sequences/quick-morning.json",
          "fuzz/areas.json",
          "fuzz/conditions.json",
          "fuzz/red-flags.json",
          "fuzz/goals.json",
          "fuzz/advice.json",
          "fuzz/exercises/other.json");

  /** The base fixture catalog's files, by the name they are read under. */
  private static final Map<String, String> BASE = baseFiles();

  @FuzzTest(maxDuration = "60s")
  void aCatalogFileOfAnyBytes(byte[] input) {
    if (input.length > 0 && input[0] >= 0 && input[0] < PLACES.size()) {
      check(PLACES.get(input[0]), Arrays.copyOfRange(input, 1, input.length));
    } else {
      check(PLACES.get(0), input);
    }
  }

  /**
   * Loads the base fixture catalog with {@code bytes} as the file at {@code place}, and checks
   * that it loads or throws {@link CatalogException} with the same problems {@code problems()}
   * gives, each placed in a file and none an error of the reader.
   */
  static List<Problem> check(String place, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    CatalogLoader.Builder builder = CatalogLoader.builder().includeBundled(false);
    // The fuzzed file takes the place of the base file it stands for.
    String replaced = "base/" + place.substring("fuzz/".length());
    BASE.forEach(
        (name, json) -> {
          if (!name.equals(replaced)) {
            builder.addJson(name, json);
          }
        });
    builder.addJson(place, text);
    List<Problem> problems;
    try {
      builder.load();
      problems = List.of();
    } catch (CatalogException e) {
      problems = e.problems();
    }
    assertFalse(problems.isEmpty() && text.isEmpty(), "an empty file is a problem");
    for (Problem p : problems) {
      assertFalse(p.message().contains(CatalogFileReader.INTERNAL_ERROR), p::toString);
      assertFalse(p.resource().isEmpty(), p::toString);
      assertFalse(p.toString().contains("\n"), () -> "a problem on two lines: " + p);
      if (p.resource().equals(place)) {
        assertTrue(p.line() >= 1 && p.column() >= 1, () -> "a problem without a place: " + p);
      }
    }
    return problems;
  }

  private static Map<String, String> baseFiles() {
    Path base = Fixtures.base();
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(base)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
        files.put("base/" + base.relativize(f).toString().replace('\\', '/'), Files.readString(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
