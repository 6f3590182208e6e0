package dev.limber.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limber validate} on a folder of hostile files, in a JVM of its own with a 256 MB heap:
 * exit 1, one clean problem line per file, the ordinary broken file's problem still among them,
 * no stack trace, in seconds (most of which the JVM's start and the bundled catalog take).
 */
class HostileValidateTest {
  @TempDir Path temp;

  @Test
  void hostileFilesGiveCleanProblemsAtASmallHeap() throws Exception {
    Path exercises = Files.createDirectories(temp.resolve("catalog/exercises"));
    String catCow =
        new String(
            LimberCliTest.class.getResourceAsStream("/dev/limber/data/catalog/exercises/cat-cow.json")
                .readAllBytes(),
            StandardCharsets.UTF_8);
    write(
        exercises.resolve("my-cat-cow.json"),
        catCow.replace("\"id\": \"cat-cow\"", "\"id\": \"my-cat-cow\"").replace("\"lower-back\"", "\"lower-bak\""));
    write(exercises.resolve("number.json"), catCow.replaceFirst("\"min\": \\d+", "\"min\": 1e999999999"));
    write(exercises.resolve("overflow.json"), catCow.replaceFirst("\"min\": \\d+", "\"min\": 1e2147483648"));
    write(exercises.resolve("deep.json"), "[".repeat(1_000_000));
    write(exercises.resolve("name.json"), "{\"" + "n".repeat(900_000) + "\": 1}");
    write(exercises.resolve("string.json"), "{\"id\": \"" + "s".repeat(900_000) + "\"}");
    write(exercises.resolve("big.json"), "[" + "1,".repeat(5_000_000) + "1]");
    Files.createDirectories(exercises.resolve("folder.json"));
    List<String> args = new ArrayList<>(List.of("validate", temp.resolve("catalog").toString()));
    if (Files.exists(Path.of("/dev/zero"))) {
      args.add("/dev/zero");
    }

    Process process = limberAtSmallHeap(args);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "validate hung");
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    String all = "--- out:\n" + out + "--- err:\n" + err;

    assertEquals(LimberCli.DATA_PROBLEM, process.exitValue(), all);
    assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("Error:"), all);
    assertTrue(out.contains("unknown area \"lower-bak\""), all);
    for (String file :
        List.of("number.json:", "overflow.json:", "deep.json:", "name.json:", "string.json:",
            "big.json:", "folder.json:")) {
      assertEquals(1, out.lines().filter(l -> l.contains(file)).count(), file + "\n" + all);
    }
    assertTrue(out.lines().allMatch(l -> l.length() < 400), all);
  }

  private static Process limberAtSmallHeap(List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LimberCli.class.getName());
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.PIPE)
        .redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

}
