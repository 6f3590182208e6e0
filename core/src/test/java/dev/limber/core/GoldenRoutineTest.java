package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden routine per way of making a routine (composing a request, on the seed catalog and on
 * a synthetic one; timing a curated sequence): the exact items, in order, with sides and times, as
 * written in {@code src/test/resources/dev/limber/core/golden/}. A same-JVM determinism test
 * cannot see an order that changes between JVMs (a hash of an enum's identity, say); this can.
 *
 * <p>When the composer is changed on purpose, regenerate the files and review their diff:
 *
 * <pre>
 * mvn -B -pl core test -Dtest=GoldenRoutineTest -Dlimber.golden.update=true
 * </pre>
 */
class GoldenRoutineTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/limber/core/golden");

  static Stream<Arguments> routines() {
    Catalog seed = SeedCatalog.catalog();
    Catalog synthetic = SyntheticCatalog.generate(42, 60);
    RoutineComposer composer = RoutineComposer.of(seed);
    return Stream.of(
        Arguments.of(
            "compose-lower-back-10",
            (RoutineSource)
                () ->
                    composer
                        .compose(ComposeRequest.builder().budgetSeconds(600).putFocus("lower-back", 1.0).build())
                        .routineOrThrow()),
        Arguments.of(
            "compose-conditions-seed-7",
            (RoutineSource)
                () ->
                    composer
                        .compose(
                            ComposeRequest.builder()
                                .budgetSeconds(900)
                                .focus(ImmutableMap.of("hips", 2.0, "back", 1.0))
                                .addCondition("wrist-pain")
                                .seed(7)
                                .build())
                        .routineOrThrow()),
        Arguments.of(
            "compose-synthetic-20",
            (RoutineSource)
                () ->
                    RoutineComposer.of(synthetic)
                        .compose(ComposeRequest.builder().budgetSeconds(1200).seed(3).build())
                        .routineOrThrow()),
        Arguments.of("sequence-quick-morning", (RoutineSource) () -> composer.timeSequence("quick-morning")));
  }

  @FunctionalInterface
  interface RoutineSource {
    Routine routine();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routines")
  void theRoutineIsTheGoldenOne(String name, RoutineSource source) throws IOException {
    String actual = describe(source.routine());
    Path file = GOLDEN.resolve(name + ".txt");
    if (Boolean.getBoolean("limber.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
  }

  /** One line per item: start, duration, phase, position, exercise, side, count and unit. */
  static String describe(Routine routine) {
    return routine.items().stream()
            .map(
                i ->
                    String.format(
                        Locale.ROOT,
                        "%5d %4d %-9s %-15s %-28s %-5s %3d %s",
                        i.startSeconds(),
                        i.durationSeconds(),
                        i.phase().id(),
                        i.position().id(),
                        i.exerciseId(),
                        i.side().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("-"),
                        i.count(),
                        i.unit().id()))
            .collect(Collectors.joining("\n"))
        + "\ntotal " + routine.totalSeconds() + "\n";
  }
}
