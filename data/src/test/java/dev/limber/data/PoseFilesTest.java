package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.core.Catalog;
import dev.limber.core.Exercise;
import dev.limber.core.Problem;
import dev.limber.core.Side;
import dev.limber.core.figure.FigureOptions;
import dev.limber.core.figure.Figures;
import dev.limber.core.figure.Pose;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoseFilesTest {
  private static final Path POSES = Path.of("src/main/resources/dev/limber/data/catalog/poses");

  @TempDir Path temp;

  @Test
  void theExemplarsHavePosesThatDrawOnBothSides() {
    Catalog catalog = CatalogLoader.bundled();
    Figures figures = Figures.of(catalog);
    for (String id :
        List.of("cat-cow", "childs-pose", "knee-to-chest", "piriformis-stretch",
            "standing-hamstring-stretch", "seated-hamstring-stretch", "cobra-pose",
            "side-lying-quad-stretch", "forearm-plank", "half-kneeling-hip-flexor-stretch",
            "neck-side-tilts", "wall-sit")) {
      Exercise exercise = catalog.exerciseOrThrow(id);
      assertTrue(figures.has(id), id);
      for (Side side : Side.values()) {
        assertTrue(figures.svg(exercise, side, FigureOptions.defaults()).startsWith("<svg"), id);
      }
    }
  }

  @Test
  void theBundledPoseFilesValidate() {
    assertEquals(List.of(), CatalogLoader.validate(POSES));
  }

  @Test
  void everyBundledExerciseHasAPose() {
    Catalog catalog = CatalogLoader.bundled();
    List<String> missing =
        catalog.exercises().stream()
            .map(Exercise::id)
            .filter(id -> !catalog.pose(id).isPresent())
            .collect(Collectors.toList());

    assertEquals(List.of(), missing, "exercises without a pose (add poses/<id>.json)");
    assertEquals(catalog.exercises().size(), catalog.poses().size());
  }

  @Test
  void anElbowBentBackwardsAndAHandUnderTheFloorAreProblemsAtTheirLines() throws IOException {
    // An app's own exercise (a copy of Cat-Cow under another id) and its pose.
    Path exercises = Files.createDirectories(temp.resolve("exercises"));
    try (java.io.InputStream in =
        PoseFilesTest.class.getResourceAsStream("/dev/limber/data/catalog/exercises/cat-cow.json")) {
      Files.writeString(
          exercises.resolve("my-cat-cow.json"),
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("\"id\": \"cat-cow\"", "\"id\": \"my-cat-cow\"")
              .replace("\"name\": \"Cat-Cow\"", "\"name\": \"My Cat-Cow\"")
              .replace("\"aliases\": [\"Cat-Camel\"]", "\"aliases\": []")
              .replace("\"easierVariations\": [\"seated-cat-cow\"]", "\"easierVariations\": []"));
    }
    Path file = write("my-cat-cow.json", """
        {
          "$schema": "../../schema/pose.schema.json",
          "exercise": "my-cat-cow",
          "view": "side",
          "keyframes": [
            { "name": "cow", "base": "hands-and-knees", "angles": { "elbow-left": -20 } },
            { "name": "cat", "base": "hands-and-knees", "angles": { "trunk": 100 } }
          ]
        }
        """);

    List<Problem> problems = CatalogLoader.validate(temp);

    assertEquals(3, problems.size(), problems::toString);
    Problem elbow = problems.get(0);
    assertEquals(file.toString(), elbow.resource());
    assertEquals(6, elbow.line());
    assertEquals(75, elbow.column());
    assertEquals("$.keyframes[0].angles.elbow-left", elbow.path());
    assertEquals("elbow-left -20 is outside its normal range 0 to 150 (side view)", elbow.message());
    assertEquals(7, problems.get(1).line());
    assertEquals("$.keyframes[1]", problems.get(1).path());
    assertTrue(problems.get(1).message().contains("hand is"), problems::toString);
    assertTrue(problems.get(1).message().contains("cm below the floor"), problems::toString);
  }

  @Test
  void aShoulderRotationOutsideItsRangeIsAProblemAtItsLine() throws IOException {
    // An app's own sleeper stretch, its forearm pressed past 70 degrees of internal rotation.
    Path exercises = Files.createDirectories(temp.resolve("exercises"));
    try (java.io.InputStream in = PoseFilesTest.class.getResourceAsStream(
        "/dev/limber/data/catalog/exercises/sleeper-stretch.json")) {
      Files.writeString(
          exercises.resolve("my-sleeper-stretch.json"),
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("\"id\": \"sleeper-stretch\"", "\"id\": \"my-sleeper-stretch\"")
              .replace("\"name\": \"Sleeper Stretch\"", "\"name\": \"My Sleeper Stretch\""));
    }
    Path file = write("my-sleeper-stretch.json", """
        {
          "exercise": "my-sleeper-stretch",
          "view": "top",
          "keyframes": [
            { "name": "hold", "base": "side-lying",
              "angles": { "shoulder-left": 90, "elbow-left": 90, "shoulder-rotation-left": 85 } }
          ]
        }
        """);

    List<Problem> problems = CatalogLoader.validate(temp);

    assertEquals(1, problems.size(), problems::toString);
    Problem rotation = problems.get(0);
    assertEquals(file.toString(), rotation.resource());
    assertEquals(6, rotation.line());
    assertEquals(84, rotation.column());
    assertEquals("$.keyframes[0].angles.shoulder-rotation-left", rotation.path());
    assertEquals(
        "shoulder-rotation-left 85 is outside its normal range -90 to 70 (top view)",
        rotation.message());
  }

  @Test
  void unknownIdsAreReportedWithCloseMatches() throws IOException {
    Path file = write("cat-cow.json", """
        {
          "exercise": "cat-cow",
          "view": "sied",
          "props": ["matt"],
          "keyframes": [
            { "name": "cow", "base": "hands-and-knee", "angles": { "elbow-lft": 10 } }
          ],
          "colour": "red"
        }
        """);

    List<String> problems =
        CatalogLoader.validate(file).stream().map(Problem::toString).collect(Collectors.toList());

    String all = String.join("\n", problems);
    assertTrue(all.contains(":3:11: unknown view \"sied\"; did you mean \"side\"?"), all);
    assertTrue(all.contains(":4:13: unknown prop \"matt\"; did you mean \"mat\"?"), all);
    assertTrue(all.contains("unknown base pose \"hands-and-knee\"; did you mean \"hands-and-knees\"?"), all);
    assertTrue(all.contains("unknown joint \"elbow-lft\"; did you mean \"elbow-left\"?"), all);
    assertTrue(all.contains("colour"), all);
  }

  @Test
  void aPoseOfAnUnknownExerciseOrUnderAnotherNameIsAProblem() throws IOException {
    Path file = write("cat-cw.json", """
        { "exercise": "cat-cw", "view": "side",
          "keyframes": [ { "name": "k", "base": "standing" } ] }
        """);
    Path misnamed = write("other.json", """
        { "exercise": "cat-cow", "view": "side",
          "keyframes": [ { "name": "k", "base": "hands-and-knees" } ] }
        """);

    String all =
        CatalogLoader.validate(file, misnamed).stream().map(Problem::toString)
            .collect(Collectors.joining("\n"));

    assertTrue(all.contains("cat-cw.json:1:15: unknown exercise \"cat-cw\""), all);
    assertTrue(all.contains("other.json:1:15: exercise \"cat-cow\" must match the file name"), all);
  }

  @Test
  void aLoadedCatalogCarriesItsPoses() {
    Pose pose = CatalogLoader.bundled().pose("cat-cow").orElseThrow();
    assertEquals(2, pose.keyframes().size());
    assertEquals("cow", pose.keyframes().get(0).name());
  }

  private Path write(String name, String json) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("poses"));
    return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
  }
}
