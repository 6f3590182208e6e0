package dev.limber.examples;

import static dev.limber.examples.LimberCliTest.limber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class FigureCommandTest {
  @TempDir Path temp;

  @Test
  void figurePrintsAnAnimatedCatCowAsValidSvg() throws Exception {
    LimberCliTest.Run run = limber("figure", "cat-cow", "--animated", "--size", "96");

    assertEquals(0, run.exitCode(), run::toString);
    Document svg = parse(run.out());
    assertEquals("svg", svg.getDocumentElement().getTagName());
    assertEquals("96", svg.getDocumentElement().getAttribute("width"));
    assertTrue(svg.getElementsByTagName("animate").getLength() > 0, run::toString);
  }

  @Test
  void theRightSideIsAnotherFigure() throws Exception {
    LimberCliTest.Run left = limber("figure", "knee-to-chest");
    LimberCliTest.Run right = limber("figure", "knee-to-chest", "--side", "right");

    parse(right.out());
    assertTrue(!left.out().equals(right.out()), right::toString);
  }

  @Test
  void anExerciseWithoutAPoseIsAUsageError() throws Exception {
    // An app's own exercise, with no pose file beside it.
    myCatCow(temp.resolve("mine"));
    LimberCliTest.Run run = limber("figure", "my-cat-cow", "--catalog", temp.resolve("mine").toString());

    assertEquals(LimberCli.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains("has no pose yet"), run::toString);
  }

  @Test
  void exportWritesEveryFigureAndFiguresWritesTheContactSheet() throws Exception {
    Path dir = temp.resolve("figures");
    Path sheet = temp.resolve("sheet.html");

    assertEquals(0, limber("export", "--figures", dir.toString()).exitCode());
    LimberCliTest.Run run = limber("figures", "--contact-sheet", sheet.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(Files.exists(dir.resolve("cat-cow.svg")));
    assertTrue(Files.exists(dir.resolve("cat-cow-animated.svg")));
    assertTrue(Files.exists(dir.resolve("knee-to-chest-right.svg")));
    String html = Files.readString(sheet);
    assertTrue(html.contains("<figcaption>Cat-Cow"), html.substring(0, 400));
    try (var files = Files.list(dir)) {
      files.forEach(f -> {
        try {
          parse(Files.readString(f));
        } catch (Exception e) {
          throw new AssertionError(f + ": " + e, e);
        }
      });
    }
  }

  @Test
  void showSaysHowToGetTheFigure() {
    assertTrue(limber("show", "cat-cow").out().contains("Figure: limber figure cat-cow > cat-cow.svg"));
  }

  @Test
  void validateRejectsABentBackElbowAndAHandUnderTheFloorWithFileLineAndColumn()
      throws IOException {
    // An app's own exercise (Cat-Cow under another id) and its pose.
    myCatCow(temp);
    Path poses = Files.createDirectories(temp.resolve("poses"));
    Path file = poses.resolve("my-cat-cow.json");
    Files.writeString(file, """
        {
          "$schema": "../../schema/pose.schema.json",
          "exercise": "my-cat-cow",
          "view": "side",
          "keyframes": [
            { "name": "cow", "base": "hands-and-knees", "angles": { "elbow-left": -20 } },
            { "name": "cat", "base": "hands-and-knees", "angles": { "trunk": 100 } }
          ]
        }
        """, StandardCharsets.UTF_8);

    LimberCliTest.Run run = limber("validate", temp.toString());

    assertEquals(LimberCli.DATA_PROBLEM, run.exitCode(), run::toString);
    String all = run.out() + run.err();
    assertTrue(all.contains(file + ":6:75: elbow-left -20 is outside its normal range 0 to 150"), all);
    assertTrue(all.contains(file + ":7:5: the left hand is 28 cm below the floor"), all);
  }

  /** Writes an app's own exercise, Cat-Cow under the id my-cat-cow, into {@code dir/exercises}. */
  private static void myCatCow(Path dir) throws IOException {
    Path exercises = Files.createDirectories(dir.resolve("exercises"));
    Files.writeString(
        exercises.resolve("my-cat-cow.json"),
        LimberCliTest.bundled("exercises/cat-cow.json")
            .replace("\"id\": \"cat-cow\"", "\"id\": \"my-cat-cow\"")
            .replace("\"name\": \"Cat-Cow\"", "\"name\": \"My Cat-Cow\"")
            .replace("\"aliases\": [\"Cat-Camel\"]", "\"aliases\": []")
            .replace("\"easierVariations\": [\"seated-cat-cow\"]", "\"easierVariations\": []")
            .replace("\"$schema\": \"../../schema/exercise.schema.json\",", ""),
        StandardCharsets.UTF_8);
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }
}
