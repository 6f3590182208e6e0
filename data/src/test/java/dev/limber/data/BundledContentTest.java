package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.core.Exercise;
import dev.limber.core.MovementPattern;
import dev.limber.core.Position;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of the content contract ({@code briefs/content.md}) that neither the schema nor the
 * loader enforce, because they are about the bundled catalog's quality and safety rather than its
 * format: enough steps and cues, patterns implied by the position, loaded patterns with their plain
 * form.
 */
class BundledContentTest {
  private static final Map<MovementPattern, MovementPattern> PLAIN_FORM =
      Map.of(
          MovementPattern.LOADED_SPINAL_FLEXION, MovementPattern.SPINAL_FLEXION,
          MovementPattern.LOADED_SPINAL_EXTENSION, MovementPattern.SPINAL_EXTENSION,
          MovementPattern.LOADED_SPINAL_ROTATION, MovementPattern.SPINAL_ROTATION);

  static Stream<String> exerciseIds() {
    return CatalogLoader.bundled().exercises().stream().map(Exercise::id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exerciseIds")
  void exerciseFollowsTheContentContract(String id) {
    Exercise e = CatalogLoader.bundled().exerciseOrThrow(id);
    assertAll(
        "exercises/" + id + ".json",
        () -> assertTrue(e.steps().size() >= 3, "at least 3 steps"),
        () -> assertFalse(e.cues().isEmpty(), "at least 1 cue"),
        () -> assertFalse(e.safetyNotes().isEmpty(), "at least 1 safety note"),
        () -> assertFalse(e.summary().isBlank(), "a summary"),
        implies(e, Position.SUPINE, MovementPattern.LYING_SUPINE),
        implies(e, Position.PRONE, MovementPattern.LYING_PRONE),
        implies(e, Position.KNEELING, MovementPattern.KNEELING),
        () -> {
          if (e.position() == Position.STANDING) {
            assertFalse(e.needsFloor(), "standing exercises need no floor");
          }
        },
        () -> {
          for (Map.Entry<MovementPattern, MovementPattern> p : PLAIN_FORM.entrySet()) {
            if (e.movementPatterns().contains(p.getKey())) {
              assertTrue(
                  e.movementPatterns().contains(p.getValue()),
                  p.getKey().id() + " needs " + p.getValue().id() + " too");
            }
          }
        },
        () -> {
          if (e.position() == Position.SEATED && e.equipment().contains("chair")) {
            assertTrue(
                e.tags().contains("desk") || e.tags().contains("chair"),
                "exercises seated on a chair carry the desk or chair tag");
          }
        });
  }

  private static Executable implies(Exercise e, Position position, MovementPattern pattern) {
    return () -> {
      if (e.position() == position) {
        assertTrue(
            e.movementPatterns().contains(pattern),
            position.id() + " exercises load " + pattern.id());
      }
    };
  }

}
