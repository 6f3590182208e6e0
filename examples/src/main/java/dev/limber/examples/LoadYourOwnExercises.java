package dev.limber.examples;

import dev.limber.core.Catalog;
import dev.limber.core.CatalogException;
import dev.limber.core.ComposeRequest;
import dev.limber.core.Exercise;
import dev.limber.core.Problem;
import dev.limber.core.Routine;
import dev.limber.core.RoutineComposer;
import dev.limber.data.CatalogLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * For an app or a contributor with exercises of its own: write one exercise as a JSON file in a
 * catalog directory, load it on top of the bundled catalog, and compose with it; then see the
 * report a broken file gets, every problem with its file, line and column.
 *
 * <p>It asserts what it shows: the new exercise is in the catalog, can be composed with, and a
 * broken file is rejected with problems that point into it.
 */
public final class LoadYourOwnExercises {
  /** The new exercise's id; the file is named after it. */
  static final String EXERCISE_ID = "acme-towel-hamstring-stretch";

  /** One exercise in Limber's JSON format, as a contributor would write it. */
  static final String EXERCISE_JSON =
      """
      {
        "$schema": "https://limber.dev/schema/exercise.schema.json",
        "id": "acme-towel-hamstring-stretch",
        "name": "Towel Hamstring Stretch",
        "aliases": ["Lying hamstring stretch with a towel"],
        "summary": "Lying on your back, a towel around one foot lets you lengthen the back of the thigh without rounding the spine.",
        "kind": "static-stretch",
        "position": "supine",
        "needsFloor": true,
        "equipment": ["mat", "towel"],
        "difficulty": "beginner",
        "laterality": "unilateral",
        "dosage": { "unit": "seconds", "min": 20, "default": 30, "max": 45, "secondsPerUnit": 1 },
        "primaryTargets": ["hamstrings"],
        "secondaryTargets": ["calves"],
        "movementPatterns": ["lying-supine"],
        "phases": ["main", "cool-down"],
        "steps": [
          "Lie on your back with both knees bent and feet flat.",
          "Loop a towel around the ball of one foot and straighten that leg towards the ceiling.",
          "Hold the ends of the towel and ease the leg closer until you feel a gentle stretch."
        ],
        "cues": ["Keep your lower back resting on the floor.", "Breathe slowly and let the leg relax."],
        "safetyNotes": ["Stop if you feel pain, numbness or tingling down the leg."],
        "easierVariations": [],
        "harderVariations": [],
        "contraindications": [],
        "modifications": [],
        "tags": ["post-run"],
        "sources": ["Example content of the Acme app"]
      }
      """;

  /** The same exercise, broken two ways: its name is missing and its default hold is below its min. */
  static final String BROKEN_JSON =
      EXERCISE_JSON
          .replace("\"min\": 20, \"default\": 30", "\"min\": 40, \"default\": 30")
          .replace("  \"name\": \"Towel Hamstring Stretch\",\n", "");

  /** Another exercise, well formed but targeting an area the catalog does not have. */
  static final String DANGLING_JSON =
      EXERCISE_JSON
          .replace(EXERCISE_ID, "acme-towel-calf-stretch")
          .replace("Towel Hamstring Stretch", "Towel Calf Stretch")
          .replace("\"primaryTargets\": [\"hamstrings\"]", "\"primaryTargets\": [\"calfs\"]");

  private LoadYourOwnExercises() {}

  /**
   * Loads, composes and checks; throws {@link AssertionError} if a check fails.
   *
   * @throws IOException if the example's temporary catalog directories cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path root = Files.createTempDirectory("limber-example");
    try {
      Path good = writeCatalog(root.resolve("good"), EXERCISE_ID, EXERCISE_JSON);
      Catalog catalog = CatalogLoader.builder().includeBundled(true).addDirectory(good).load();

      Exercise mine = catalog.exerciseOrThrow(EXERCISE_ID);
      System.out.println("Loaded " + mine.name() + " on top of " + catalog.exercises().size() + " exercises in all.");
      check(
          catalog.exercisesTargeting("hamstrings").contains(mine),
          "the new exercise to be found under the hamstrings");
      check(
          catalog.exercises().size() > 1, "the bundled exercises to be there too");

      // The towel is not in the default equipment, so say the person has one.
      Routine routine =
          RoutineComposer.of(catalog)
              .compose(
                  ComposeRequest.builder()
                      .budgetSeconds(8 * 60)
                      .putFocus("hamstrings", 1.0)
                      .addEquipment("mat", "towel")
                      .build())
              .routineOrThrow();
      boolean used = routine.items().stream().anyMatch(i -> i.exerciseId().equals(EXERCISE_ID));
      System.out.println(
          "An 8-minute hamstring routine has "
              + routine.items().size()
              + " items"
              + (used ? ", including the new stretch." : "; the new stretch was not needed this time."));
      check(routine.totalSeconds() <= routine.budgetSeconds(), "the routine to fit its budget");

      // Broken files: the catalog does not load, and every problem points into its file.
      Path broken = writeCatalog(root.resolve("broken"), EXERCISE_ID, BROKEN_JSON);
      writeCatalog(broken, "acme-towel-calf-stretch", DANGLING_JSON);
      try {
        CatalogLoader.builder().includeBundled(true).addDirectory(broken).load();
        throw new AssertionError("LoadYourOwnExercises: expected the broken files to be rejected");
      } catch (CatalogException e) {
        System.out.println("The broken files give " + e.problems().size() + " problems:");
        e.problems().forEach(p -> System.out.println("  " + p));
        check(e.problems().size() >= 3, "at least three problems, got %s", e.problems());
        for (Problem p : e.problems()) {
          check(p.resource().contains("acme-towel-"), "%s to name its file", p);
          check(p.line() > 0 && p.column() > 0, "%s to give a line and column", p);
        }
        check(
            e.problems().stream().anyMatch(p -> p.message().contains("calfs")),
            "the unknown area calfs to be reported, got %s",
            e.problems());
      }
    } finally {
      deleteRecursively(root);
    }
  }

  /** Writes {@code exercises/<id>.json} in a catalog directory, the layout the loader reads. */
  private static Path writeCatalog(Path directory, String id, String exerciseJson) throws IOException {
    Path exercises = Files.createDirectories(directory.resolve("exercises"));
    Files.writeString(exercises.resolve(id + ".json"), exerciseJson, StandardCharsets.UTF_8);
    return directory;
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(LoadYourOwnExercises::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(boolean condition, String what, Object... args) {
    if (!condition) {
      throw new AssertionError("LoadYourOwnExercises: expected " + String.format(what, args));
    }
  }
}
