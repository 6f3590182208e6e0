package dev.limber.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.limber.core.Advice;
import dev.limber.core.Catalog;
import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.Condition;
import dev.limber.core.ConditionRule;
import dev.limber.core.Contraindication;
import dev.limber.core.Dosage;
import dev.limber.core.Exercise;
import dev.limber.core.ExerciseModification;
import dev.limber.core.Goal;
import dev.limber.core.MovementPattern;
import dev.limber.core.Phase;
import dev.limber.core.Position;
import dev.limber.core.RedFlag;
import dev.limber.core.Referral;
import dev.limber.core.Routine;
import dev.limber.core.RoutineItem;
import dev.limber.core.Sequence;
import dev.limber.core.SequenceStep;
import dev.limber.core.Severity;
import dev.limber.core.Side;
import dev.limber.core.UnservedFocus;
import dev.limber.core.TargetArea;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Writes Limber's results and catalogs as JSON, for the command-line tool and for apps: a {@link
 * ComposeResult} or {@link Routine} as a timer-ready list of items, and a whole {@link Catalog} as
 * one export object.
 *
 * <p>Every enum value is written as its id ({@code warm-up}, {@code hands-and-knees}); absent
 * values are written as {@code null}; fields always come in the same order, so the same input
 * gives byte-for-byte the same JSON. A composed result looks like this:
 *
 * <pre>{@code
 * {
 *   "outcome": "routine",                 // or "referral" or "infeasible"
 *   "budgetSeconds": 600,
 *   "totalSeconds": 596,
 *   "seed": 42,
 *   "focus": { "lower-back": 2.0 },
 *   "referral": null,                     // or { "urgency", "reasons", "reasonMessages", "redFlagIds" }
 *   "infeasibleReason": null,
 *   "infeasibleMessage": null,            // or { "code": "infeasible-too-short", "args": { ... } }
 *   "advice": null,                       // or a non-urgent referral beside the routine
 *   "unserved": [],                       // or [ { "areaId": "neck", "limit": "safety" } ]
 *   "shortfall": null,                    // or { "seconds": 95, "limit": "position" }
 *   "warnings": [],
 *   "warningMessages": [],                // each warning as { "code", "args" }
 *   "items": [ { "exerciseId": "cat-cow", "name": "Cat-Cow", "phase": "warm-up",
 *                "position": "hands-and-knees", "side": null, "transitionSeconds": 0,
 *                "startSeconds": 0, "durationSeconds": 48, "endSeconds": 48, "count": 8,
 *                "unit": "breaths", "set": 1, "sets": 1, "targets": ["lower-back"], "reason": "...",
 *                "reasonMessage": { "code": "item-reason-focus", "args": { "phase": "warm-up",
 *                  "kind": "dynamic-mobility", "areas": ["lower-back"], "sets": 1 } },
 *                "warnings": [], "warningMessages": [], "modification": null,
 *                "modificationMessage": null } ]
 * }
 * }</pre>
 *
 * <p>Each text the library generates is written beside its {@link dev.limber.core.Message}: its
 * {@link dev.limber.core.MessageCode} id and its arguments (ids, counts, enum ids, nested
 * messages), so an app can word it its own way; the texts are in the catalog's locale.
 *
 * <p>The catalog export has the top-level arrays {@code exercises}, {@code areas}, {@code
 * conditions}, {@code redFlags}, {@code sequences}, {@code goals} and {@code advice}, each element in the field
 * names of the catalog files; an exercise's {@code contraindications} there are all those that
 * apply to it ({@link Catalog#contraindications(String)}: the condition rules' and its own).
 *
 * <p>This class is thread-safe.
 */
public final class LimberJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private LimberJson() {}

  /**
   * The JSON text of a compose result: a routine, a referral or infeasible. {@code budgetSeconds}
   * is the routine's budget, or {@code null} for a result without a routine; use {@link
   * #toJson(ComposeResult, ComposeRequest)} to always have it.
   *
   * @throws NullPointerException if {@code result} is null
   */
  public static String toJson(ComposeResult result) {
    return write(toTree(result));
  }

  /**
   * The JSON text of a compose result, with {@code budgetSeconds} taken from the request that
   * gave it.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String toJson(ComposeResult result, ComposeRequest request) {
    return write(toTree(result, request));
  }

  /**
   * The JSON text of a routine, in the same form as a compose result whose outcome is {@code
   * routine}.
   *
   * @throws NullPointerException if {@code routine} is null
   */
  public static String toJson(Routine routine) {
    return write(toTree(routine));
  }

  /**
   * The JSON text of a compose request: {@code budgetSeconds}, {@code focus}, {@code goal}, {@code
   * conditions}, {@code screening} ({@code redFlags}, {@code age}, {@code firstEpisode}), {@code
   * level}, {@code equipment}, {@code positions}, {@code noFloor}, {@code excluded}, {@code
   * recent}, {@code cautionPolicy} and {@code seed}. {@link #readRequest} reads it back.
   *
   * @throws NullPointerException if {@code request} is null
   */
  public static String toJson(ComposeRequest request) {
    return write(toTree(request));
  }

  /**
   * The JSON text of a whole catalog, as exported by {@code limber export}.
   *
   * @throws NullPointerException if {@code catalog} is null
   */
  public static String toJson(Catalog catalog) {
    return write(toTree(catalog));
  }

  /**
   * The JSON tree of a compose result, as {@link #toJson(ComposeResult)} writes it.
   *
   * @throws NullPointerException if {@code result} is null
   */
  public static ObjectNode toTree(ComposeResult result) {
    checkNotNull(result, "result");
    OptionalInt budget =
        result.routine().map(r -> OptionalInt.of(r.budgetSeconds())).orElse(OptionalInt.empty());
    return result(result, budget);
  }

  /**
   * The JSON tree of a compose result, as {@link #toJson(ComposeResult, ComposeRequest)} writes
   * it.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ObjectNode toTree(ComposeResult result, ComposeRequest request) {
    checkNotNull(result, "result");
    checkNotNull(request, "request");
    return result(result, OptionalInt.of(request.budgetSeconds()));
  }

  /**
   * The JSON tree of a routine, as {@link #toJson(Routine)} writes it.
   *
   * @throws NullPointerException if {@code routine} is null
   */
  public static ObjectNode toTree(Routine routine) {
    checkNotNull(routine, "routine");
    return result(ComposeResult.of(routine), OptionalInt.of(routine.budgetSeconds()));
  }

  /**
   * The JSON tree of a compose request, as {@link #toJson(ComposeRequest)} writes it.
   *
   * @throws NullPointerException if {@code request} is null
   */
  public static ObjectNode toTree(ComposeRequest request) {
    checkNotNull(request, "request");
    ObjectNode json = NODES.objectNode();
    json.put("budgetSeconds", request.budgetSeconds());
    weights(json.putObject("focus"), request.focus());
    json.put("goal", request.goal().orElse(null));
    strings(json.putArray("conditions"), request.conditions());
    ObjectNode screening = json.putObject("screening");
    strings(screening.putArray("redFlags"), request.screening().redFlags());
    OptionalInt age = request.screening().age();
    screening.put("age", age.isPresent() ? age.getAsInt() : null);
    screening.put("firstEpisode", request.screening().firstEpisode());
    json.put("level", request.level().id());
    strings(json.putArray("equipment"), request.equipment());
    ids(json.putArray("positions"), request.positions(), Position::id);
    json.put("noFloor", request.noFloor());
    json.put("generalIfUnserved", request.generalIfUnserved());
    strings(json.putArray("excluded"), request.excluded());
    strings(json.putArray("recent"), request.recent());
    json.put("cautionPolicy", EnumIds.lowerCase(request.cautionPolicy()));
    json.put("seed", request.seed());
    return json;
  }

  /**
   * Reads a compose request from JSON as {@link #toJson(ComposeRequest)} writes it, such as the
   * body of an HTTP request. Only {@code budgetSeconds} is required; a field left out takes the
   * request's default. Ids of areas, conditions, red flags and exercises may be names or aliases,
   * as in {@link ComposeRequest}; the composer resolves them against its catalog.
   *
   * <p>Reading is as strict as loading catalog files: unknown, repeated or missing fields, wrong
   * types and values out of range are problems, each with its line, column and JSON path.
   *
   * @param resource names the JSON in problems, such as a file name or {@code "request body"}
   * @throws LimberJsonException with every problem found
   * @throws NullPointerException if an argument is null
   */
  public static ComposeRequest readRequest(String resource, String json) {
    return ValueJsonReader.request(
        checkNotNull(resource, "resource"), utf8(checkNotNull(json, "json")));
  }

  /**
   * Reads a compose result from JSON as {@link #toJson(ComposeResult)} writes it, equal to the
   * result written. The messages written beside the texts ({@code reasonMessage}, {@code
   * warningMessages}, ...) are accepted but not read back: the values read carry {@link
   * dev.limber.core.MessageCode#TEXT} messages of their texts (messages are not part of equality). The derived figures ({@code totalSeconds}, each item's {@code endSeconds}) may
   * be left out; when given they must add up.
   *
   * @param resource names the JSON in problems
   * @throws LimberJsonException with every problem found
   * @throws NullPointerException if an argument is null
   */
  public static ComposeResult readResult(String resource, String json) {
    return ValueJsonReader.result(
        checkNotNull(resource, "resource"), utf8(checkNotNull(json, "json")));
  }

  /**
   * Reads a routine from JSON as {@link #toJson(Routine)} writes it (a result whose outcome is
   * {@code routine}), equal to the routine written; for an app that stores routines.
   *
   * @param resource names the JSON in problems
   * @throws LimberJsonException with every problem found, or if the outcome is not a routine
   * @throws NullPointerException if an argument is null
   */
  public static Routine readRoutine(String resource, String json) {
    return ValueJsonReader.routine(
        checkNotNull(resource, "resource"), utf8(checkNotNull(json, "json")));
  }

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The JSON tree of a whole catalog, as {@link #toJson(Catalog)} writes it.
   *
   * @throws NullPointerException if {@code catalog} is null
   */
  public static ObjectNode toTree(Catalog catalog) {
    checkNotNull(catalog, "catalog");
    ObjectNode json = NODES.objectNode();
    objects(json.putArray("exercises"), catalog.exercises(), e -> exercise(e, catalog));
    objects(json.putArray("areas"), catalog.areas(), LimberJson::area);
    objects(json.putArray("conditions"), catalog.conditions(), LimberJson::condition);
    objects(json.putArray("redFlags"), catalog.redFlags(), LimberJson::redFlag);
    objects(json.putArray("sequences"), catalog.sequences(), LimberJson::sequence);
    objects(json.putArray("goals"), catalog.goals(), LimberJson::goal);
    objects(json.putArray("advice"), catalog.advice(), LimberJson::advice);
    return json;
  }

  /**
   * A new {@link LimberModule}, for apps that read and write Limber values with their own {@code
   * ObjectMapper} ({@code mapper.registerModule(LimberJson.module())}).
   */
  public static Module module() {
    return new LimberModule();
  }

  private static String write(ObjectNode json) {
    try {
      return WRITER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain nodes always writes
    }
  }

  /** {@code budget} is written as {@code budgetSeconds}, or {@code null} when empty. */
  private static ObjectNode result(ComposeResult result, OptionalInt budget) {
    Optional<Routine> routine = result.routine();
    ObjectNode json = NODES.objectNode();
    json.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
    json.put("budgetSeconds", budget.isPresent() ? budget.getAsInt() : null);
    json.put("totalSeconds", routine.map(Routine::totalSeconds).orElse(0));
    json.put("seed", routine.map(Routine::seed).orElse(null));
    weights(json.putObject("focus"), routine.map(Routine::focus).orElse(ImmutableMap.of()));
    referral(json, "referral", result.referral());
    json.put("infeasibleReason", result.infeasibleReason().orElse(null));
    json.set("infeasibleMessage", result.infeasibleMessage().<JsonNode>map(MessageJson::write).orElse(NODES.nullNode()));
    referral(json, "advice", result.advice());
    ArrayNode unserved = json.putArray("unserved");
    for (UnservedFocus u : result.unserved()) {
      unserved.addObject().put("areaId", u.areaId()).put("limit", u.limit().id());
    }
    if (result.shortfall().isPresent()) {
      json.putObject("shortfall")
          .put("seconds", result.shortfall().get().seconds())
          .put("limit", result.shortfall().get().limit().id());
    } else {
      json.putNull("shortfall");
    }
    strings(json.putArray("warnings"), routine.map(Routine::warnings).orElse(ImmutableList.of()));
    MessageJson.writeAll(json.putArray("warningMessages"), routine.map(Routine::warningMessages).orElse(ImmutableList.of()));
    objects(
        json.putArray("items"),
        routine.map(Routine::items).orElse(ImmutableList.of()),
        LimberJson::item);
    return json;
  }

  private static ObjectNode item(RoutineItem item) {
    ObjectNode json = NODES.objectNode();
    json.put("exerciseId", item.exerciseId());
    json.put("name", item.name());
    json.put("phase", item.phase().id());
    json.put("position", item.position().id());
    json.put("side", item.side().map(Side::id).orElse(null));
    json.put("transitionSeconds", item.transitionSeconds());
    json.put("startSeconds", item.startSeconds());
    json.put("durationSeconds", item.durationSeconds());
    json.put("endSeconds", item.endSeconds());
    json.put("count", item.count());
    json.put("unit", item.unit().id());
    json.put("set", item.set());
    json.put("sets", item.sets());
    strings(json.putArray("targets"), item.targets());
    json.put("reason", item.reason());
    json.set("reasonMessage", MessageJson.write(item.reasonMessage()));
    strings(json.putArray("warnings"), item.warnings());
    MessageJson.writeAll(json.putArray("warningMessages"), item.warningMessages());
    json.put("modification", item.modification().orElse(null));
    json.set("modificationMessage", item.modificationMessage().<JsonNode>map(MessageJson::write).orElse(NODES.nullNode()));
    return json;
  }

  private static ObjectNode exercise(Exercise e, Catalog catalog) {
    ObjectNode json = NODES.objectNode();
    json.put("id", e.id());
    json.put("name", e.name());
    strings(json.putArray("aliases"), e.aliases());
    json.put("summary", e.summary());
    json.put("kind", e.kind().id());
    json.put("position", e.position().id());
    json.put("needsFloor", e.needsFloor());
    strings(json.putArray("equipment"), e.equipment());
    json.put("difficulty", e.difficulty().id());
    json.put("laterality", e.laterality().id());
    Dosage d = e.dosage();
    ObjectNode dosage = json.putObject("dosage");
    dosage.put("unit", d.unit().id());
    dosage.put("min", d.min());
    dosage.put("default", d.defaultCount());
    dosage.put("max", d.max());
    dosage.put("secondsPerUnit", d.secondsPerUnit());
    ObjectNode sets = dosage.putObject("sets");
    sets.put("recommended", d.recommendedSets());
    sets.put("max", d.maxSets());
    strings(json.putArray("primaryTargets"), e.primaryTargets());
    strings(json.putArray("secondaryTargets"), e.secondaryTargets());
    ids(json.putArray("movementPatterns"), e.movementPatterns(), MovementPattern::id);
    ObjectNode waivers = json.putObject("patternWaivers");
    e.patternWaivers().forEach((p, why) -> waivers.put(p.id(), why));
    ids(json.putArray("phases"), e.phases(), Phase::id);
    strings(json.putArray("steps"), e.steps());
    strings(json.putArray("cues"), e.cues());
    strings(json.putArray("safetyNotes"), e.safetyNotes());
    strings(json.putArray("easierVariations"), e.easierVariations());
    strings(json.putArray("harderVariations"), e.harderVariations());
    ArrayNode contraindications = json.putArray("contraindications");
    for (Contraindication c : catalog.contraindications(e.id())) {
      ObjectNode cj = contraindications.addObject();
      cj.put("condition", c.conditionId());
      restriction(cj, c.severity(), c.reason(), c.instead());
    }
    ArrayNode modifications = json.putArray("modifications");
    for (ExerciseModification m : e.modifications()) {
      ObjectNode mj = modifications.addObject();
      ids(mj.putArray("removes"), m.removes(), MovementPattern::id);
      mj.put("description", m.description());
      m.position().ifPresent(p -> mj.put("position", p.id()));
    }
    strings(json.putArray("tags"), e.tags());
    strings(json.putArray("sources"), e.sources());
    return json;
  }

  private static ObjectNode area(TargetArea a) {
    ObjectNode json = NODES.objectNode();
    json.put("id", a.id());
    json.put("name", a.name());
    a.parentId().ifPresent(p -> json.put("parent", p));
    json.put("kind", a.kind().id());
    strings(json.putArray("aliases"), a.aliases());
    return json;
  }

  private static ObjectNode condition(Condition c) {
    ObjectNode json = NODES.objectNode();
    json.put("id", c.id());
    json.put("name", c.name());
    strings(json.putArray("aliases"), c.aliases());
    json.put("description", c.description());
    ArrayNode rules = json.putArray("rules");
    for (ConditionRule rule : c.rules()) {
      ObjectNode r = rules.addObject();
      rule.pattern().ifPresent(p -> r.put("pattern", p.id()));
      rule.area().ifPresent(a -> r.put("area", a));
      restriction(r, rule.severity(), rule.reason(), rule.instead());
    }
    strings(json.putArray("sources"), c.sources());
    return json;
  }

  private static ObjectNode redFlag(RedFlag r) {
    ObjectNode json = NODES.objectNode();
    json.put("id", r.id());
    json.put("name", r.name());
    json.put("question", r.question());
    json.put("description", r.description());
    json.put("urgency", r.urgency().id());
    json.put("answer", r.answer() == RedFlag.Answer.AGE ? "age" : "yes-no");
    strings(json.putArray("askedWith"), r.askedWith());
    strings(json.putArray("sources"), r.sources());
    return json;
  }

  private static ObjectNode sequence(Sequence s) {
    ObjectNode json = NODES.objectNode();
    json.put("id", s.id());
    json.put("name", s.name());
    json.put("description", s.description());
    ArrayNode steps = json.putArray("steps");
    for (SequenceStep step : s.steps()) {
      ObjectNode sj = steps.addObject();
      sj.put("exercise", step.exerciseId());
      sj.put("phase", step.phase().id());
      step.count().ifPresent(c -> sj.put("count", c));
    }
    strings(json.putArray("tags"), s.tags());
    strings(json.putArray("sources"), s.sources());
    return json;
  }

  /** A referral's urgency, reasons and red flag ids under {@code field}, or null. */
  private static void referral(ObjectNode json, String field, Optional<Referral> referral) {
    if (referral.isPresent()) {
      ObjectNode r = json.putObject(field);
      r.put("urgency", referral.get().urgency().id());
      strings(r.putArray("reasons"), referral.get().reasons());
      MessageJson.writeAll(r.putArray("reasonMessages"), referral.get().reasonMessages());
      strings(r.putArray("redFlagIds"), referral.get().redFlagIds());
    } else {
      json.putNull(field);
    }
  }

  private static ObjectNode advice(Advice a) {
    ObjectNode json = NODES.objectNode();
    json.put("id", a.id());
    json.put("name", a.name());
    json.put("summary", a.summary());
    strings(json.putArray("tips"), a.tips());
    strings(json.putArray("tags"), a.tags());
    strings(json.putArray("sources"), a.sources());
    return json;
  }

  private static ObjectNode goal(Goal g) {
    ObjectNode json = NODES.objectNode();
    json.put("id", g.id());
    json.put("name", g.name());
    json.put("description", g.description());
    weights(json.putObject("focus"), g.focus());
    strings(json.putArray("preferredTags"), g.preferredTags());
    return json;
  }

  /** How strongly a condition restricts an exercise, and why; {@code instead} only when given. */
  private static void restriction(
      ObjectNode json, Severity severity, String reason, String instead) {
    json.put("severity", severity.id());
    json.put("reason", reason);
    if (!instead.isEmpty()) {
      json.put("instead", instead);
    }
  }

  /** Area ids with their weights, as a routine's focus or a goal's. */
  private static void weights(ObjectNode json, Map<String, Double> weights) {
    weights.forEach(json::put);
  }

  private static <T> void objects(
      ArrayNode json, Iterable<T> values, Function<? super T, ObjectNode> toJson) {
    values.forEach(v -> json.add(toJson.apply(v)));
  }

  private static <T> void ids(ArrayNode json, Iterable<T> values, Function<? super T, String> id) {
    values.forEach(v -> json.add(id.apply(v)));
  }

  private static void strings(ArrayNode json, Iterable<String> values) {
    values.forEach(json::add);
  }
}
