package dev.limber.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.core.Catalog;
import dev.limber.core.CautionPolicy;
import dev.limber.core.Exercise;
import dev.limber.core.ExerciseAssessment;
import dev.limber.core.SafetyAssessment;
import dev.limber.data.CatalogLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code limber} tool run in process, as a person at a terminal would run it. */
class LimberCliTest {
  /** An item line of the text routine: start, duration, side, phase, position, exercise. */
  private static final Pattern ITEM =
      Pattern.compile(
          "^  (\\d\\d):(\\d\\d) +(\\d+) s  (both|left|right) +(warm-up|main|cool-down) +([a-z-]+) +(.+)$",
          Pattern.MULTILINE);

  private static final Pattern TOTAL = Pattern.compile("^Total (\\d\\d):(\\d\\d) of (\\d\\d):(\\d\\d)", Pattern.MULTILINE);

  private static final Pattern PROBLEM_LINE =
      Pattern.compile("^(.+\\.json):(\\d+):(\\d+): (.+)$", Pattern.MULTILINE);

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  /** Arguments {@code limber} rejects, and the words that name the bad one in its message. */
  record BadArguments(String named, String... args) {}

  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
    }
  }

  static Run limber(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = LimberCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exitCode = cli.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  // compose, text

  @Test
  void composePrintsATimedTenMinuteLowerBackRoutineFromWarmUpToCoolDown() {
    Run run = limber("compose", "--minutes", "10", "--focus", "lower-back");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("Limber: a 10-minute routine"), run::toString);
    assertTrue(run.out().contains("Focus: Lower back"), run::toString);
    List<MatchResult> items = items(run.out());
    assertFalse(items.isEmpty(), run::toString);
    assertEquals("warm-up", items.get(0).group(5), run::toString);
    assertEquals("cool-down", items.get(items.size() - 1).group(5), run::toString);
    int previousEnd = 0;
    for (MatchResult item : items) {
      int start = Integer.parseInt(item.group(1)) * 60 + Integer.parseInt(item.group(2));
      int end = start + Integer.parseInt(item.group(3));
      assertTrue(start >= previousEnd, () -> "items overlap at " + item.group() + "\n" + run);
      previousEnd = end;
    }
    assertTrue(previousEnd <= 600, run::toString);
    Matcher total = TOTAL.matcher(run.out());
    assertTrue(total.find(), run::toString);
    int totalSeconds = Integer.parseInt(total.group(1)) * 60 + Integer.parseInt(total.group(2));
    assertEquals(previousEnd, totalSeconds, run::toString);
    assertTrue(totalSeconds <= 600, run::toString);
    assertEquals("10:00", total.group(3) + ":" + total.group(4), run::toString);
    assertTrue(run.out().contains("Why: "), run::toString);
    assertEquals("", run.err());
  }

  @Test
  void composeAlwaysEndsARoutineWithTheDisclaimer() {
    Run run = limber("compose", "--minutes", "5", "--goal", "back-relief", "--condition", "herniated-disc");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    String flat = run.out().replaceAll("\\s+", " ").trim();
    assertTrue(flat.endsWith(RoutineReport.DISCLAIMER), run::toString);
    assertTrue(flat.contains("not medical advice"), run::toString);
    assertTrue(flat.contains("sharp pain, numbness or tingling"), run::toString);
  }

  @Test
  void composeShowsBothSidesOfOneSidedExercisesBackToBack() {
    Run run = limber("compose", "--minutes", "20", "--focus", "hips");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    List<MatchResult> items = items(run.out());
    assertTrue(items.stream().anyMatch(item -> item.group(4).equals("left")), run::toString);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).group(4).equals("left")) {
        MatchResult left = items.get(i);
        MatchResult right = items.get(i + 1);
        assertEquals("right", right.group(4), run::toString);
        // the left side names the exercise's id once, as [id]; the right side of the same set follows
        assertEquals(left.group(7).replaceAll("\\s+\\[[a-z0-9-]+\\]$", ""), right.group(7), run::toString);
        assertEquals(left.group(3), right.group(3), run::toString);
      }
    }
  }

  @Test
  void composeWithTheSameSeedPrintsTheSameRoutine() {
    String[] args = {"compose", "--minutes", "15", "--focus", "lower-back:2,hips", "--seed", "7"};

    Run first = limber(args);
    Run second = limber(args);

    assertEquals(LimberCli.OK, first.exitCode(), first::toString);
    assertEquals(first.out(), second.out());
    Run json = limber(concat(args, "--format", "json"));
    assertEquals(LimberCli.OK, json.exitCode(), json::toString);
    assertEquals(json.out(), limber(concat(args, "--format", "json")).out());
  }

  // compose, JSON

  @Test
  void composeJsonHasEveryRequiredField() throws IOException {
    Run run = limber("compose", "--minutes", "10", "--focus", "lower-back", "--format", "json");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    JsonNode root = JSON.readTree(run.out());
    assertEquals(600, root.path("budgetSeconds").asInt(), run::toString);
    assertTrue(root.path("totalSeconds").isInt(), run::toString);
    assertTrue(root.path("totalSeconds").asInt() <= 600, run::toString);
    assertTrue(root.has("referral") && root.get("referral").isNull(), run::toString);
    assertTrue(root.path("warnings").isArray(), run::toString);
    JsonNode items = root.path("items");
    assertTrue(items.isArray() && items.size() > 0, run::toString);
    for (JsonNode item : items) {
      assertAll(
          () -> assertTrue(item.path("exerciseId").isTextual(), item::toString),
          () -> assertTrue(item.path("phase").isTextual(), item::toString),
          () -> assertTrue(item.path("position").isTextual(), item::toString),
          () ->
              assertTrue(
                  item.has("side")
                      && (item.get("side").isNull()
                          || List.of("left", "right").contains(item.get("side").asText())),
                  item::toString),
          () -> assertTrue(item.path("startSeconds").isInt(), item::toString),
          () -> assertTrue(item.path("durationSeconds").isInt(), item::toString),
          () -> assertTrue(item.path("targets").isArray(), item::toString),
          () -> assertTrue(item.path("reason").isTextual(), item::toString));
    }
    assertEquals("warm-up", items.get(0).path("phase").asText());
    assertEquals("cool-down", items.get(items.size() - 1).path("phase").asText());
  }

  // referral and infeasible

  @Test
  void aRedFlagGivesAReferralWithNoRoutineAndExitZero() {
    Run run = limber("compose", "--minutes", "10", "--focus", "lower-back", "--red-flag", "saddle-numbness");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    assertTrue(run.out().contains("Urgency: emergency"), run::toString);
    assertTrue(run.out().contains("Numbness in the saddle area"), run::toString);
    assertTrue(run.out().strip().endsWith(RoutineReport.NO_ROUTINE), run::toString);
    assertTrue(items(run.out()).isEmpty(), run::toString);
    assertFalse(run.out().contains("START"), run::toString);
  }

  @Test
  void aRedFlagGivesAReferralInJsonToo() throws IOException {
    Run run = limber("compose", "--minutes", "10", "--red-flag", "fever", "--format", "json");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    JsonNode root = JSON.readTree(run.out());
    assertEquals("urgent", root.path("referral").path("urgency").asText(), run::toString);
    assertTrue(root.path("referral").path("reasons").size() > 0, run::toString);
    assertEquals(0, root.path("items").size(), run::toString);
  }

  @Test
  void aFirstEpisodeOutsideTheAgeWindowGivesAReferral() {
    Run run = limber("compose", "--minutes", "10", "--age", "70", "--first-episode");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    assertTrue(run.out().contains(RoutineReport.NO_ROUTINE), run::toString);
  }

  @Test
  void nothingSafeToComposeExitsThreeWithTheReason() {
    String everything =
        CatalogLoader.bundled().exercises().stream().map(Exercise::id).collect(Collectors.joining(","));

    Run run = limber("compose", "--minutes", "10", "--exclude", everything);

    assertEquals(LimberCli.INFEASIBLE, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("No routine could be composed: "), run::toString);
    Run json = limber("compose", "--minutes", "10", "--exclude", everything, "--format", "json");
    assertEquals(LimberCli.INFEASIBLE, json.exitCode(), json::toString);
  }

  // bad arguments

  @Test
  void anUnknownFocusAreaIsOneLineWithCloseMatchesAndExitTwo() {
    Run run = limber("compose", "--minutes", "10", "--focus", "lower-bak");

    assertEquals(LimberCli.USAGE, run.exitCode(), run::toString);
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains("did you mean lower-back"), run::toString);
    assertNoStackTrace(run);
  }

  @Test
  void unknownIdsInAComposeRequestAreOneLineUsageErrorsWithCloseMatches() {
    for (String[] args :
        List.of(
            new String[] {"--condition", "herniated-disk"},
            new String[] {"--goal", "back-releif"},
            new String[] {"--red-flag", "saddle-numbnes"},
            new String[] {"--exclude", "cat-cwo"},
            new String[] {"--equipment", "matt"})) {
      Run run = limber(concat(new String[] {"compose", "--minutes", "10"}, args));
      assertEquals(LimberCli.USAGE, run.exitCode(), run::toString);
      assertEquals(1, run.err().lines().count(), run::toString);
      assertTrue(run.err().contains("did you mean"), run::toString);
      assertNoStackTrace(run);
    }
  }

  @Test
  void badValuesAreOneLineUsageErrorsThatNameTheArgument() {
    String missing = temp.resolve("missing").toString();
    for (BadArguments bad :
        List.of(
            new BadArguments("--minutes", "compose"),
            new BadArguments("--minutes", "compose", "--minutes", "0"),
            new BadArguments("--minutes", "compose", "--minutes", "ten"),
            new BadArguments("--level", "compose", "--minutes", "10", "--level", "expert"),
            new BadArguments("--focus", "compose", "--minutes", "10", "--focus", "hips:heavy"),
            new BadArguments("--level", "compose", "--minutes", "10", "--level", "\u0131ntermediate"),
            new BadArguments("--focus", "compose", "--minutes", "10", "--focus", "hips:0x1p1"),
            new BadArguments("--focus", "compose", "--minutes", "10", "--focus", "hips:1e1"),
            new BadArguments("--focus", "compose", "--minutes", "10", "--focus", "hips:Infinity"),
            new BadArguments("--minutes", "compose", "--minutes", "71582790"),
            new BadArguments("--format", "compose", "--minutes", "10", "--format", "xml"),
            new BadArguments("--first-episode", "compose", "--minutes", "10", "--first-episode"),
            new BadArguments("age (500)", "compose", "--minutes", "10", "--age", "500"),
            new BadArguments("--catalog", "compose", "--minutes", "10", "--catalog", missing),
            new BadArguments("--position", "list", "--position", "upside-down"),
            new BadArguments("area \"hip\"", "list", "--area", "hip"),
            new BadArguments("exercise \"cat-cwo\"", "show", "cat-cwo"),
            new BadArguments("command 'compse'", "compse"))) {
      Run run = limber(bad.args());
      assertEquals(LimberCli.USAGE, run.exitCode(), run::toString);
      assertEquals(1, run.err().lines().count(), run::toString);
      assertTrue(run.err().contains(bad.named()), () -> bad.named() + " not named in\n" + run);
      assertNoStackTrace(run);
    }
  }

  @Test
  void aCatalogOptionNamingAFileSaysItIsNotADirectory() throws IOException {
    Path file = write("mine/areas.json", "{}");

    Run run = limber("list", "--catalog", file.toString());

    assertEquals(LimberCli.USAGE, run.exitCode(), run::toString);
    assertTrue(
        run.err().startsWith("limber list: --catalog " + file + ": not a directory"), run::toString);
  }

  // validate

  @Test
  void validateAcceptsAGoodFile() throws IOException {
    Path file = write("good/exercises/" + LoadYourOwnExercises.EXERCISE_ID + ".json", LoadYourOwnExercises.EXERCISE_JSON);

    Run run = limber("validate", file.toString());

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("OK: 1 catalog file checked"), run::toString);
    assertEquals(1, run.out().lines().count(), run::toString);

    Run directory = limber("validate", temp.resolve("good").toString());
    assertEquals(LimberCli.OK, directory.exitCode(), directory::toString);
  }

  @Test
  void validateNamesFileLineAndColumnOfEveryProblemAndExitsOne() throws IOException {
    Path broken = write("bad/exercises/" + LoadYourOwnExercises.EXERCISE_ID + ".json", LoadYourOwnExercises.BROKEN_JSON);
    Path garbled = write("bad/exercises/garbled.json", "{\n  \"id\": \"garbled\",\n  \"name\": \n}\n");

    Run run = limber("validate", broken.toString(), garbled.toString());

    assertEquals(LimberCli.DATA_PROBLEM, run.exitCode(), run::toString);
    List<String> lines = run.out().lines().collect(Collectors.toList());
    assertTrue(lines.size() >= 3, run::toString);
    for (String line : lines) {
      Matcher m = PROBLEM_LINE.matcher(line);
      assertTrue(m.matches(), () -> "not file:line:column: message: " + line);
      assertTrue(Integer.parseInt(m.group(2)) > 0 && Integer.parseInt(m.group(3)) > 0, line);
    }
    assertTrue(run.out().contains(broken + ":"), run::toString);
    assertTrue(run.out().contains(garbled + ":"), run::toString);
    assertNoStackTrace(run);
  }

  @Test
  void validateReportsUnreadablePathsWithoutAStackTrace() {
    Run run = limber("validate", temp.resolve("nowhere.json").toString());

    assertEquals(LimberCli.DATA_PROBLEM, run.exitCode(), run::toString);
    assertTrue(run.out().contains("nowhere.json"), run::toString);
    assertNoStackTrace(run);
  }

  @Test
  void validateCallsADirectoryWithoutCatalogFilesAProblem() throws IOException {
    Files.createDirectories(temp.resolve("empty"));

    Run run = limber("validate", temp.resolve("empty").toString());

    assertEquals(LimberCli.DATA_PROBLEM, run.exitCode(), run::toString);
    assertTrue(run.out().contains("no catalog files"), run::toString);
  }

  @Test
  void validateChecksABundledExerciseEditedInItsPlaceAsItWouldStandInTheCatalog() throws IOException {
    Path file =
        write(
            "repo/dev/limber/data/catalog/exercises/cat-cow.json",
            bundled("exercises/cat-cow.json").replace("\"name\": \"Cat-Cow\"", "\"name\": \"Cat and cow\""));

    Run run = limber("validate", file.toString());

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("OK: 1 catalog file checked"), run::toString);
  }

  @Test
  void validateReportsACopyOfABundledExerciseElsewhereAsADuplicateAsLoadingDoes() throws IOException {
    Path dir = write("my-catalog/exercises/cat-cow.json", bundled("exercises/cat-cow.json")).getParent().getParent();

    Run validated = limber("validate", dir.toString());
    Run composed = limber("compose", "--minutes", "5", "--catalog", dir.toString());

    assertEquals(LimberCli.DATA_PROBLEM, validated.exitCode(), validated::toString);
    assertEquals(LimberCli.DATA_PROBLEM, composed.exitCode(), composed::toString);
    assertTrue(validated.out().contains("duplicate exercise id \"cat-cow\""), validated::toString);
  }

  @Test
  void validateNamesAPatternAnExerciseCopiedWithoutItLeftOut() throws IOException {
    String original = bundled("exercises/sphinx-pose.json");
    Path file =
        write("catalog/exercises/sphinx-pose.json", original.replaceFirst("\\s*\"lying-prone\",", ""));

    Run run = limber("validate", file.toString());

    assertEquals(LimberCli.DATA_PROBLEM, run.exitCode(), run::toString);
    Matcher problem = PROBLEM_LINE.matcher(run.out());
    assertTrue(problem.find(), run::toString);
    assertTrue(
        problem.group(4).startsWith("\"lying-prone\" is missing: the position \"prone\" implies it"),
        run::toString);
    assertNoStackTrace(run);
  }

  @Test
  void aliasesWorkWhereverAnIdIsAccepted() {
    Run sciatica = limber("compose", "--minutes", "10", "--focus", "abs", "--condition", "sciatica,hypertension");
    assertEquals(LimberCli.OK, sciatica.exitCode(), sciatica::toString);
    assertTrue(sciatica.out().contains("Focus: Abdominals"), sciatica::toString);
    Run show = limber("show", "Cat-Camel");
    assertEquals(LimberCli.OK, show.exitCode(), show::toString);
    assertTrue(show.out().contains("Cat-Cow"), show::toString);
    Run list = limber("list", "--area", "abs");
    assertEquals(LimberCli.OK, list.exitCode(), list::toString);
  }

  @Test
  void aNonUrgentRedFlagComposesTheRoutineAndAdvisesADoctorVisit() {
    Run run = limber("compose", "--minutes", "10", "--red-flag", "inflammatory-back-pain");
    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    assertFalse(items(run.out()).isEmpty(), run::toString);
    assertTrue(run.out().contains("See a doctor in the coming weeks"), run::toString);
  }

  @Test
  void validatePrintsABadIdANegativeMinAndAnUnknownAreaOfOneFileInOneRunAndExitsOne()
      throws IOException {
    Path file =
        write(
            "catalog/exercises/cat-cow.json",
            bundled("exercises/cat-cow.json")
                .replace("\"id\": \"cat-cow\"", "\"id\": \"Cat_Cow\"")
                .replace("\"min\": 5,", "\"min\": -5,")
                .replace("[\"lower-back\", \"mid-back\"]", "[\"lower-bak\", \"mid-back\"]"));

    Run run = limber("validate", file.toString());

    assertEquals(LimberCli.DATA_PROBLEM, run.exitCode(), run::toString);
    List<String> lines = run.out().lines().collect(Collectors.toList());
    assertEquals(3, lines.size(), run::toString);
    assertAll(
        () -> assertTrue(lines.get(0).startsWith(file + ":3:9: \"Cat_Cow\" is not a valid id"), run::toString),
        () -> assertTrue(lines.get(1).startsWith(file + ":13:41: must be at least 1, but is -5"), run::toString),
        () ->
            assertEquals(
                file + ":14:22: unknown area \"lower-bak\"; did you mean lower-back? (at $.primaryTargets[0])",
                lines.get(2),
                run::toString));
    assertEquals("limber validate: 3 problems found.", run.err().strip(), run::toString);
  }

  @Test
  void validateReportsTwoGivenFilesWithTheSameIdWithoutSuggestingNoBundled() throws IOException {
    String catCow = bundled("exercises/cat-cow.json");
    Path first = write("a/dev/limber/data/catalog/exercises/cat-cow.json", catCow);
    Path second = write("b/dev/limber/data/catalog/exercises/cat-cow.json", catCow);

    Run run = limber("validate", first.toString(), second.toString());

    assertEquals(LimberCli.DATA_PROBLEM, run.exitCode(), run::toString);
    assertEquals(1, run.out().lines().count(), run::toString);
    assertTrue(run.out().startsWith(second + ":3:9: duplicate exercise id \"cat-cow\""), run::toString);
    assertFalse(run.err().contains("--no-bundled"), run::toString);
  }

  @Test
  void aBrokenCatalogDirectoryListsEveryProblemAndExitsOne() throws IOException {
    write("bad/exercises/" + LoadYourOwnExercises.EXERCISE_ID + ".json", LoadYourOwnExercises.BROKEN_JSON);

    Run run = limber("compose", "--minutes", "10", "--catalog", temp.resolve("bad").toString());

    assertEquals(LimberCli.DATA_PROBLEM, run.exitCode(), run::toString);
    assertTrue(PROBLEM_LINE.matcher(run.err()).find(), run::toString);
    assertTrue(run.err().lines().count() >= 3, run::toString);
    assertNoStackTrace(run);
  }

  @Test
  void showFindsAnExerciseFromACatalogDirectory() throws IOException {
    write("mine/exercises/" + LoadYourOwnExercises.EXERCISE_ID + ".json", LoadYourOwnExercises.EXERCISE_JSON);

    Run run =
        limber(
            "show", LoadYourOwnExercises.EXERCISE_ID, "--catalog", temp.resolve("mine").toString());

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("Towel Hamstring Stretch (" + LoadYourOwnExercises.EXERCISE_ID + ")"), run::toString);
  }

  // list, show, export

  @Test
  void listPrintsATableOfExercises() {
    Run run = limber("list");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    String header = run.out().lines().findFirst().orElse("");
    assertTrue(header.matches("ID +NAME +POSITION +KIND +LATERALITY +DOSAGE"), header);
    assertTrue(run.out().contains("cat-cow"), run::toString);
  }

  @Test
  void listFiltersByAreaPositionAndKind() {
    Run run = limber("list", "--area", "back", "--position", "hands-and-knees", "--kind", "dynamic-mobility");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    List<String> rows = run.out().lines().skip(1).collect(Collectors.toList());
    assertFalse(rows.isEmpty(), run::toString);
    for (String row : rows) {
      assertTrue(row.contains(" hands-and-knees ") && row.contains(" dynamic-mobility "), row);
    }
  }

  @Test
  void everyCommandPrintsTheVersion() {
    for (String command : List.of("compose", "validate", "list", "show", "export")) {
      for (String flag : List.of("--version", "-V")) {
        Run run = limber(command, flag);

        assertEquals(LimberCli.OK, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("limber "), () -> command + " " + flag + "\n" + run);
      }
    }
    assertTrue(limber("--version").out().startsWith("limber "));
  }

  @Test
  void listWritesJsonWithEveryFilteredExercise() throws IOException {
    Run run = limber("list", "--kind", "static-stretch", "--format", "json");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    JsonNode exercises = JSON.readTree(run.out()).get("exercises");
    assertTrue(exercises.size() > 10, run::toString);
    for (JsonNode e : exercises) {
      assertEquals("static-stretch", e.get("kind").asText(), e::toString);
      for (String field : List.of("id", "name", "position", "needsFloor", "difficulty", "equipment", "dosage")) {
        assertTrue(e.has(field), () -> field + " missing from " + e);
      }
    }
  }

  @Test
  void listFiltersByLevelEquipmentAndNoFloor() throws IOException {
    JsonNode exercises =
        JSON.readTree(
                limber("list", "--level", "beginner", "--equipment", "none", "--no-floor", "--format", "json")
                    .out())
            .get("exercises");

    assertFalse(exercises.isEmpty());
    for (JsonNode e : exercises) {
      assertEquals("beginner", e.get("difficulty").asText(), e::toString);
      assertTrue(e.get("equipment").isEmpty(), e::toString);
      assertFalse(e.get("needsFloor").asBoolean(), e::toString);
    }
    String withStrap = limber("list", "--equipment", "mat,strap").out();
    assertTrue(withStrap.contains("supine-hamstring-stretch"), withStrap);
    assertFalse(limber("list", "--equipment", "none").out().contains("supine-hamstring-stretch"));
    assertEquals(LimberCli.USAGE, limber("list", "--equipment", "starp").exitCode());
  }

  @Test
  void listWithAConditionLeavesOutWhatTheConditionRulesOut() throws IOException {
    Catalog catalog = CatalogLoader.bundled();
    SafetyAssessment safety =
        SafetyAssessment.of(catalog, Set.of("osteoporosis", "herniated-disc"), CautionPolicy.WARN);

    // "sciatica" is an alias of herniated-disc, "Osteoporosis" its name.
    Run run = limber("list", "--condition", "Osteoporosis,sciatica", "--format", "json");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    Set<String> listed = new HashSet<>();
    JSON.readTree(run.out()).get("exercises").forEach(e -> listed.add(e.get("id").asText()));
    long excluded = safety.all().values().stream().filter(a -> !a.usable()).count();
    assertTrue(excluded > 0);
    for (ExerciseAssessment a : safety.all().values()) {
      boolean itself = a.usable() && a.substituteId().isEmpty();
      assertEquals(itself, listed.contains(a.exerciseId()), a::toString);
    }
    Run unknown = limber("list", "--condition", "herniated-dsic");
    assertEquals(LimberCli.USAGE, unknown.exitCode(), unknown::toString);
    assertTrue(unknown.err().contains("herniated-disc"), unknown::toString);
  }

  @Test
  void showAcceptsANameOrAnAlias() {
    String byId = limber("show", "cat-cow").out();

    assertEquals(byId, limber("show", "Cat-Cow").out());
    assertEquals(byId, limber("show", "cat camel").out());
  }

  @Test
  void showPrintsEveryFactWithResolvedContraindications() {
    Run run = limber("show", "cat-cow");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    for (String expected :
        List.of("Cat-Cow (cat-cow)", "Position:", "hands-and-knees", "Dosage:", "breaths", "Steps:", "Contraindications:")) {
      assertTrue(run.out().contains(expected), () -> expected + " missing from\n" + run);
    }
    // Cat-Cow loads the wrists; the wrist-pain rule says modify.
    assertTrue(run.out().matches("(?s).*- modify +.*\\(wrist-pain, rule on weight-on-wrists\\).*"), run::toString);
  }

  @Test
  void exportWritesTheWholeCatalogAsJson() throws IOException {
    Run run = limber("export");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    JsonNode root = JSON.readTree(run.out());
    for (String key : List.of("exercises", "areas", "conditions", "redFlags", "sequences")) {
      assertTrue(root.has(key), () -> key + " missing from export");
    }
    assertTrue(root.get("exercises").size() > 0);
  }

  @Test
  void noCommandPrintsUsageAndExitsTwo() {
    Run run = limber();

    assertEquals(LimberCli.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains("compose"), run::toString);
  }

  /** The text of a bundled catalog file, such as {@code exercises/cat-cow.json}. */
  /** A bundled catalog file's text, by its path inside the catalog. */
  static String bundled(String relative) throws IOException {
    try (var in = LimberCliTest.class.getResourceAsStream("/dev/limber/data/catalog/" + relative)) {
      assertTrue(in != null, relative);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path write(String relative, String text) throws IOException {
    Path file = temp.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<MatchResult> items(String out) {
    return ITEM.matcher(out).results().collect(Collectors.toList());
  }

  private static void assertNoStackTrace(Run run) {
    String all = run.out() + run.err();
    assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("    at "), run::toString);
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
