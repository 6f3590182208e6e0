package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.limber.core.Catalog;
import dev.limber.core.CautionPolicy;
import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.Difficulty;
import dev.limber.core.Position;
import dev.limber.core.Problem;
import dev.limber.core.Routine;
import dev.limber.core.RoutineComposer;
import dev.limber.core.ScreeningAnswers;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Requests, results and routines written as JSON read back equal, and bad JSON is reported. */
class LimberJsonReadTest {
  private static final Catalog CATALOG = CatalogLoader.bundled();
  private static final RoutineComposer COMPOSER = RoutineComposer.of(CATALOG);

  private static final ComposeRequest FULL_REQUEST =
      ComposeRequest.builder()
          .budgetSeconds(15 * 60)
          .putFocus("lower-back", 2.0)
          .putFocus("hips", 1.0)
          .addConditions("herniated-disc", "wrist-pain")
          .screening(ScreeningAnswers.builder().addRedFlags("inflammatory-back-pain").age(52).firstEpisode(true).build())
          .level(Difficulty.INTERMEDIATE)
          .equipment(List.of("mat", "strap"))
          .positions(List.of(Position.STANDING, Position.SUPINE, Position.SEATED))
          .noFloor(false)
          .addExcluded("cat-cow")
          .addRecent("childs-pose", "knee-to-chest")
          .cautionPolicy(CautionPolicy.WARN)
          .seed(-7_000_000_000L)
          .build();

  @Test
  void aRoutineWrittenAsJsonReadsBackEqual() {
    for (ComposeRequest request :
        List.of(
            FULL_REQUEST,
            ComposeRequest.builder().budgetSeconds(600).putFocus("lower-back", 1.0).addConditions("wrist-pain").seed(3).build(),
            ComposeRequest.ofMinutes(20))) {
      ComposeResult result = COMPOSER.compose(request);
      Routine routine = result.routineOrThrow();
      assertTrue(routine.items().stream().anyMatch(i -> i.side().isPresent()), "a one-sided item");

      assertEquals(routine, LimberJson.readRoutine("routine.json", LimberJson.toJson(routine)));
      assertEquals(result, LimberJson.readResult("result.json", LimberJson.toJson(result)));
      assertEquals(result, LimberJson.readResult("result.json", LimberJson.toJson(result, request)));
    }
  }

  @Test
  void referralsAndInfeasibleResultsReadBackEqual() {
    ComposeResult referral =
        COMPOSER.compose(ComposeRequest.builder().budgetSeconds(600).screening(ScreeningAnswers.of("saddle-numbness")).build());
    ComposeResult infeasible = ComposeResult.infeasible("nothing safe fits");
    ComposeResult advised =
        COMPOSER.compose(ComposeRequest.builder().budgetSeconds(600).screening(ScreeningAnswers.of("inflammatory-back-pain")).build());
    assertEquals(ComposeResult.Outcome.REFERRAL, referral.outcome());
    assertTrue(advised.advice().isPresent());

    for (ComposeResult result : List.of(referral, infeasible, advised)) {
      assertEquals(result, LimberJson.readResult("result.json", LimberJson.toJson(result)));
    }
    LimberJsonException e =
        assertThrows(LimberJsonException.class, () -> LimberJson.readRoutine("r.json", LimberJson.toJson(referral)));
    assertTrue(e.getMessage().contains("expected a routine but the outcome is \"referral\""), e::getMessage);
  }

  @Test
  void aRequestWrittenAsJsonReadsBackEqual() {
    assertEquals(FULL_REQUEST, LimberJson.readRequest("request.json", LimberJson.toJson(FULL_REQUEST)));
    ComposeRequest defaults = ComposeRequest.ofMinutes(10);
    assertEquals(defaults, LimberJson.readRequest("request.json", LimberJson.toJson(defaults)));
  }

  @Test
  void aRequestNeedsOnlyItsBudgetAndTakesNamesAndAliases() {
    assertEquals(
        ComposeRequest.ofMinutes(10), LimberJson.readRequest("body", "{\"budgetSeconds\": 600}"));
    ComposeRequest request =
        LimberJson.readRequest(
            "body", "{\"budgetSeconds\": 600, \"focus\": {\"abs\": 1}, \"conditions\": [\"sciatica\"]}");
    assertEquals(1.0, request.focus().get("abs"));
    assertEquals(ComposeResult.Outcome.ROUTINE, COMPOSER.compose(request).outcome());
  }

  @Test
  void everyProblemOfABadRequestIsReportedWithLineAndColumn() {
    String json =
        "{\n"
            + "  \"budgetSeconds\": 30,\n"
            + "  \"level\": \"expert\",\n"
            + "  \"noFloor\": \"yes\",\n"
            + "  \"colour\": \"red\",\n"
            + "  \"seed\": 1,\n"
            + "  \"seed\": 2,\n"
            + "  \"screening\": {\"age\": 200}\n"
            + "}\n";

    LimberJsonException e =
        assertThrows(LimberJsonException.class, () -> LimberJson.readRequest("request.json", json));

    List<String> found =
        e.problems().stream().map(LimberJsonReadTest::describe).collect(Collectors.toList());
    List<String> expected =
        List.of(
            "request.json:2:20 $.budgetSeconds must be at least 60, but is 30",
            "request.json:3:12 $.level unknown difficulty \"expert\"",
            "request.json:4:14 $.noFloor expected true or false but found a string (\"yes\")",
            "request.json:5:3 $.colour unknown field \"colour\"",
            "request.json:7:3 $.seed duplicate field \"seed\" (first at line 6, column 3)",
            "request.json:8:24 $.screening.age must be at most 130, but is 200");
    assertEquals(expected.size(), found.size(), () -> String.join("\n", found));
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(found.get(i).startsWith(expected.get(i)), "expected " + expected.get(i) + "\nbut was " + found.get(i));
    }
    LimberJsonException missing =
        assertThrows(LimberJsonException.class, () -> LimberJson.readRequest("body", "{}"));
    assertEquals("missing required field \"budgetSeconds\"", missing.problems().get(0).message());
    LimberJsonException syntax =
        assertThrows(LimberJsonException.class, () -> LimberJson.readRequest("body", "{\"budgetSeconds\": 600,}"));
    assertTrue(syntax.problems().get(0).message().startsWith("invalid JSON"), syntax::getMessage);
  }

  @Test
  void derivedFiguresThatDoNotAddUpAreProblems() throws Exception {
    Routine routine = COMPOSER.compose(ComposeRequest.ofMinutes(10)).routineOrThrow();
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = LimberJson.toTree(routine);
    ((ObjectNode) json.get("items").get(1)).put("endSeconds", 5);
    json.put("totalSeconds", 1);

    LimberJsonException e =
        assertThrows(
            LimberJsonException.class,
            () -> LimberJson.readRoutine("r.json", mapper.writeValueAsString(json)));

    assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("$.items[1].endSeconds")), e::getMessage);
    ObjectNode moved = LimberJson.toTree(routine);
    ((ObjectNode) moved.get("items").get(1)).put("startSeconds", 1).remove("endSeconds");
    LimberJsonException late =
        assertThrows(
            LimberJsonException.class,
            () -> LimberJson.readRoutine("r.json", mapper.writeValueAsString(moved)));
    assertTrue(late.getMessage().contains("starts at 1 s"), late::getMessage);
  }

  @Test
  void theJacksonModuleWritesAndReadsLimberValues() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new LimberModule());
    ComposeResult result = COMPOSER.compose(FULL_REQUEST);

    String json = mapper.writeValueAsString(result);
    assertEquals(LimberJson.toTree(result), mapper.readTree(json));
    assertEquals(result, mapper.readValue(json, ComposeResult.class));
    assertEquals(result.routineOrThrow(), mapper.readValue(mapper.writeValueAsString(result.routineOrThrow()), Routine.class));
    assertEquals(FULL_REQUEST, mapper.readValue(mapper.writeValueAsString(FULL_REQUEST), ComposeRequest.class));
    // Inside an app's own type, too.
    Stored stored = mapper.readValue(mapper.writeValueAsString(new Stored("mine", FULL_REQUEST)), Stored.class);
    assertEquals(FULL_REQUEST, stored.request);

    JsonMappingException e =
        assertThrows(
            JsonMappingException.class,
            () -> mapper.readValue("{\"budgetSeconds\": 600, \"colour\": 1}", ComposeRequest.class));
    LimberJsonException cause = assertInstanceOf(LimberJsonException.class, e.getCause());
    assertEquals("$.colour", cause.problems().get(0).path());
    assertFalse(LimberJson.module().getModuleName().isEmpty());
  }

  /** An app's own type holding a Limber value. */
  static final class Stored {
    public String name = "";
    public ComposeRequest request = ComposeRequest.ofMinutes(1);

    Stored() {}

    Stored(String name, ComposeRequest request) {
      this.name = name;
      this.request = request;
    }
  }

  private static String describe(Problem p) {
    return p.resource() + ":" + p.line() + ":" + p.column() + " " + p.path() + " " + p.message();
  }

}
