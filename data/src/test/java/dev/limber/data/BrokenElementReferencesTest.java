package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.core.Problem;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An element that fails its field checks is not built, but its references are still checked in
 * the same run, so every problem of a file is reported at once (design.md, "Errors").
 */
class BrokenElementReferencesTest {
  private static final String CAT_COW = Fixtures.text("good/exercises/cat-cow.json");

  @Test
  void reportsTheUnknownAreasExercisesAndConditionsOfAnExerciseThatFailsItsFieldChecks() {
    String resource = "extra/exercises/my-cat-cow.json";
    String json =
        myCatCow()
            .replace("\"kind\": \"dynamic-mobility\"", "\"kind\": \"dynamic-mobilty\"")
            .replace("[\"lower-back\", \"mid-back\"]", "[\"lower-bak\", \"mid-back\"]")
            .replace("[\"neck-extensors\", \"abdominals\"]", "[\"neck-extensors\", \"abdominal\"]")
            .replace("[\"seated-cat-cow\"]", "[\"seated-catcow\"]")
            .replace(
                "\"contraindications\": []",
                "\"contraindications\": [{\"condition\": \"wrist-pian\", \"severity\": \"avoid\","
                    + " \"reason\": \"Sore.\"}]");

    List<Problem> problems = base().addJson(resource, json).problems();

    assertEquals(
        List.of(
            resource + ":7:11 $.kind unknown kind \"dynamic-mobilty\"",
            resource + ":14:22 $.primaryTargets[0] unknown area \"lower-bak\"; did you mean lower-back?",
            resource + ":15:42 $.secondaryTargets[1] unknown area \"abdominal\"; did you mean abdominals?",
            resource + ":29:24 $.easierVariations[0] unknown exercise \"seated-catcow\"; did you mean"
                + " seated-cat-cow?",
            resource + ":31:39 $.contraindications[0].condition unknown condition \"wrist-pian\"; did you"
                + " mean wrist-pain?"),
        shortly(problems));
  }

  @Test
  void reportsTheUnknownReferencesOfBrokenElementsInEveryKindOfFile() {
    String areas =
        "{\"$schema\": \"../schema/areas.schema.json\", \"areas\": [\n"
            + "  {\"id\": \"calves\", \"name\": \"Calves\", \"parent\": \"leggs\", \"kind\": \"muscel\","
            + " \"aliases\": []}\n]}";
    String conditions =
        "{\"$schema\": \"../schema/conditions.schema.json\", \"conditions\": [\n"
            + "  {\"id\": \"knee-pain\", \"name\": \"Knee pain\", \"aliases\": [], \"description\": \"Knees.\","
            + " \"sources\": [],\n   \"rules\": [{\"area\": \"hamstring\", \"severity\": \"avod\","
            + " \"reason\": \"Sore.\"}]}\n]}";
    String goals =
        "{\"$schema\": \"../schema/goals.schema.json\", \"goals\": [\n"
            + "  {\"id\": \"legs-day\", \"name\": \"Legs\", \"description\": \"Legs.\", \"preferredTags\": [],\n"
            + "   \"focus\": {\"glute\": 2, \"hips\": -1}}\n]}";
    String sequence =
        "{\"$schema\": \"../../schema/sequence.schema.json\", \"id\": \"evening\", \"name\": \"Evening\","
            + " \"description\": \"Wind down.\", \"tags\": [], \"sources\": [],\n"
            + " \"steps\": [{\"exercise\": \"knee-to-chst\", \"phase\": \"main\"},\n"
            + "   {\"exercise\": \"seated-cat-cow\", \"phase\": \"warmup\"}]}";

    List<Problem> problems =
        base()
            .addJson("extra/areas.json", areas)
            .addJson("extra/conditions.json", conditions)
            .addJson("extra/goals.json", goals)
            .addJson("extra/sequences/evening.json", sequence)
            .problems();

    assertEquals(
        List.of(
            "extra/areas.json:2:48 $.areas[0].parent unknown parent area \"leggs\"; did you mean legs?",
            "extra/areas.json:2:65 $.areas[0].kind unknown area kind \"muscel\"",
            "extra/conditions.json:3:23 $.conditions[0].rules[0].area unknown area \"hamstring\"; did you"
                + " mean hamstrings?",
            "extra/conditions.json:3:48 $.conditions[0].rules[0].severity unknown severity \"avod\"",
            "extra/goals.json:3:23 $.goals[0].focus.glute unknown area \"glute\"; did you mean glutes?",
            "extra/goals.json:3:34 $.goals[0].focus.hips must be above 0, but is -1",
            "extra/sequences/evening.json:2:11 $.steps must have at least 3 items, but has 1",
            "extra/sequences/evening.json:2:25 $.steps[0].exercise unknown exercise \"knee-to-chst\"; did"
                + " you mean knee-to-chest?",
            "extra/sequences/evening.json:3:44 $.steps[1].phase unknown phase \"warmup\""),
        shortly(problems));
  }

  @Test
  void reportsAnUnknownReferenceOfAnElementThatBuiltOnlyOnce() {
    String json = myCatCow().replace("[\"lower-back\", \"mid-back\"]", "[\"lower-bak\", \"mid-back\"]");

    List<Problem> problems = base().addJson("extra/exercises/my-cat-cow.json", json).problems();

    assertEquals(1, problems.size(), problems::toString);
    assertEquals("unknown area \"lower-bak\"; did you mean lower-back?", problems.get(0).message());
  }

  @Test
  void reportsAnUnknownReferenceListedTwiceInABrokenElementOnlyOnce() {
    String json = myCatCow().replace("[\"lower-back\", \"mid-back\"]", "[\"lower-bak\", \"lower-bak\"]");

    List<Problem> problems = base().addJson("extra/exercises/my-cat-cow.json", json).problems();

    assertEquals(
        List.of(
            "extra/exercises/my-cat-cow.json:14:22 $.primaryTargets[0] unknown area \"lower-bak\"; did you"
                + " mean lower-back?",
            "extra/exercises/my-cat-cow.json:14:35 $.primaryTargets[1] \"lower-bak\" is listed twice"),
        shortly(problems));
  }

  @Test
  void doesNotReportAReferenceFromOneBrokenElementToAnotherAsUnknown() {
    String first =
        myCatCow()
            .replace("\"kind\": \"dynamic-mobility\"", "\"kind\": \"mobility\"")
            .replace("[\"seated-cat-cow\"]", "[\"other-cat-cow\"]");
    String second =
        CAT_COW
            .replace("\"id\": \"cat-cow\"", "\"id\": \"other-cat-cow\"")
            .replace("\"position\": \"hands-and-knees\"", "\"position\": \"all-fours\"");

    List<Problem> problems =
        base()
            .addJson("extra/exercises/my-cat-cow.json", first)
            .addJson("extra/exercises/other-cat-cow.json", second)
            .problems();

    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.stream().noneMatch(p -> p.message().contains("other-cat-cow\"")), problems::toString);
  }

  @Test
  void aBrokenElementHidesOnlyReferencesToElementsOfItsOwnKind() {
    // A broken exercise named like an area does not make a reference to that area known.
    String brokenExercise =
        CAT_COW
            .replace("\"id\": \"cat-cow\"", "\"id\": \"calves\"")
            .replace("\"position\": \"hands-and-knees\"", "\"position\": \"all-fours\"");
    String refersToCalves =
        myCatCow().replace("[\"lower-back\", \"mid-back\"]", "[\"calves\", \"mid-back\"]");

    List<Problem> problems =
        base()
            .addJson("extra/exercises/calves.json", brokenExercise)
            .addJson("extra/exercises/my-cat-cow.json", refersToCalves)
            .problems();

    assertEquals(2, problems.size(), problems::toString);
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.resource().equals("extra/exercises/my-cat-cow.json")
                        && p.message().equals("unknown area \"calves\"")),
        problems::toString);
  }

  @Test
  void doesNotReportAnIdThatIsNotAValidSlugAsUnknownToo() {
    String json =
        myCatCow().replace("[\"lower-back\", \"mid-back\"]", "[\"Lower Back\", \"mid-back\"]");

    List<Problem> problems = base().addJson("extra/exercises/my-cat-cow.json", json).problems();

    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().startsWith("\"Lower Back\" is not a valid id"), problems::toString);
  }

  private static CatalogLoader.Builder base() {
    return CatalogLoader.builder().includeBundled(false).addDirectory(Fixtures.base());
  }

  private static String myCatCow() {
    return CAT_COW.replace("\"id\": \"cat-cow\"", "\"id\": \"my-cat-cow\"");
  }

  /** Each problem as {@code resource:line:column path message}, without the enum ids a message lists. */
  private static List<String> shortly(List<Problem> problems) {
    return problems.stream()
        .map(
            p ->
                p.resource() + ":" + p.line() + ":" + p.column() + " " + p.path() + " "
                    + cut(p.message()))
        .collect(Collectors.toList());
  }

  private static String cut(String message) {
    int end = message.length();
    for (String tail : List.of("; did you mean \"", "; expected", " (also at")) {
      int at = message.indexOf(tail);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return message.substring(0, end);
  }
}
