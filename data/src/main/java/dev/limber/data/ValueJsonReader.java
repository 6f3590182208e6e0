package dev.limber.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.limber.core.Dosage;
import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.Limit;
import dev.limber.core.Referral;
import dev.limber.core.Shortfall;
import dev.limber.core.UnservedFocus;
import dev.limber.core.Routine;
import dev.limber.core.RoutineItem;
import dev.limber.core.ScreeningAnswers;
import java.util.List;
import java.util.Optional;

/**
 * Reads the JSON that {@link LimberJson} writes for requests, results and routines back into
 * values, as strictly as the catalog loader reads catalog files: unknown fields, wrong types,
 * missing required fields, repeated fields, values out of range and derived fields that do not
 * add up are problems, each with its line, column and JSON path, all found in one pass.
 *
 * <p>Each kind of object has its field names in one place below (required, then optional), read
 * in one method: a field added to a value and to {@link LimberJson}'s writer is added here as one
 * name in the set and one line in the method. Fields the writer always writes but a person may
 * leave out (defaults, derived figures) are optional. Not thread-safe; one reader per document.
 */
final class ValueJsonReader {
  // Requests: only the budget is required; everything else has the request's default.
  private static final ImmutableSet<String> REQUEST_REQUIRED = ImmutableSet.of("budgetSeconds");
  private static final ImmutableSet<String> REQUEST_OPTIONAL =
      ImmutableSet.of(
          "focus", "goal", "conditions", "screening", "level", "equipment", "positions", "noFloor",
          "generalIfUnserved", "excluded", "recent", "cautionPolicy", "seed");
  private static final ImmutableSet<String> SCREENING_OPTIONAL =
      ImmutableSet.of("redFlags", "age", "firstEpisode");

  // Results and routines, in the writer's order.
  private static final ImmutableSet<String> RESULT_REQUIRED = ImmutableSet.of("outcome");
  private static final ImmutableSet<String> RESULT_OPTIONAL =
      ImmutableSet.of(
          "budgetSeconds", "totalSeconds", "seed", "focus", "referral", "infeasibleReason",
          "advice", "unserved", "shortfall", "warnings", "items", "infeasibleMessage", "warningMessages");
  private static final ImmutableSet<String> UNSERVED_REQUIRED = ImmutableSet.of("areaId", "limit");
  private static final ImmutableSet<String> SHORTFALL_REQUIRED = ImmutableSet.of("seconds", "limit");
  private static final ImmutableSet<String> REFERRAL_REQUIRED = ImmutableSet.of("urgency", "reasons");
  private static final ImmutableSet<String> REFERRAL_OPTIONAL = ImmutableSet.of("redFlagIds", "reasonMessages");
  private static final ImmutableSet<String> ITEM_REQUIRED =
      ImmutableSet.of(
          "exerciseId", "name", "phase", "position", "transitionSeconds", "startSeconds",
          "durationSeconds", "count", "unit", "reason");
  private static final ImmutableSet<String> ITEM_OPTIONAL =
      ImmutableSet.of(
          "side", "endSeconds", "set", "sets", "targets", "warnings", "modification", "reasonMessage",
          "warningMessages", "modificationMessage");

  private static final int MAX_SECONDS = 24 * 60 * 60;

  private final ProblemList problems = new ProblemList();

  private ValueJsonReader() {}

  /** Reads a request; {@code resource} names the text in problems. */
  static ComposeRequest request(String resource, byte[] json) {
    return new ValueJsonReader()
        .read(resource, json, REQUEST_REQUIRED, REQUEST_OPTIONAL, (reader, root) -> reader.request(root));
  }

  /** Reads a compose result. */
  static ComposeResult result(String resource, byte[] json) {
    return new ValueJsonReader()
        .read(resource, json, RESULT_REQUIRED, RESULT_OPTIONAL, (reader, root) -> reader.result(root));
  }

  /** Reads a routine, written as a result whose outcome is {@code routine}. */
  static Routine routine(String resource, byte[] json) {
    return new ValueJsonReader()
        .read(
            resource,
            json,
            RESULT_REQUIRED,
            RESULT_OPTIONAL,
            (reader, root) -> {
              Optional<ComposeResult> result = reader.result(root);
              if (result.isPresent() && !result.get().routine().isPresent()) {
                root.report(
                    "outcome",
                    String.format(
                        "expected a routine but the outcome is \"%s\"",
                        EnumIds.lowerCase(result.get().outcome())));
                return Optional.empty();
              }
              return result.map(ComposeResult::routineOrThrow);
            });
  }

  @FunctionalInterface
  private interface RootReader<T> {
    Optional<T> read(ValueJsonReader reader, JsonFields root);
  }

  private <T> T read(
      String resource,
      byte[] json,
      ImmutableSet<String> required,
      ImmutableSet<String> optional,
      RootReader<T> rootReader) {
    JsonDocument document = JsonDocument.parse(resource, json, problems);
    Optional<T> value = Optional.empty();
    Optional<JsonNode> root = document.root();
    if (root.isPresent()) {
      Optional<JsonFields> fields =
          JsonFields.open(document, problems, "$", root.get(), required, optional);
      if (fields.isPresent()) {
        value = rootReader.read(this, fields.get());
      }
    }
    if (!problems.isEmpty() || !value.isPresent()) {
      if (problems.isEmpty()) {
        problems.add(resource, JsonDocument.Mark.UNKNOWN, "$", "cannot read the value");
      }
      throw new LimberJsonException(problems.sorted());
    }
    return value.get();
  }

  private Optional<ComposeRequest> request(JsonFields f) {
    ComposeRequest.Builder b = ComposeRequest.builder();
    f.integer("budgetSeconds", 60, ComposeRequest.MAX_BUDGET_SECONDS).ifPresent(b::budgetSeconds);
    f.weights("focus", 0, 100, false, 0).ifPresent(b::putAllFocus);
    if (!f.isNull("goal")) {
      f.text("goal").ifPresent(b::goal);
    }
    f.texts("conditions", true, 0).ifPresent(b::addAllConditions);
    f.object("screening", List.of(), SCREENING_OPTIONAL).flatMap(this::screening).ifPresent(b::screening);
    f.enumValue("level", EnumIds.DIFFICULTY).ifPresent(b::level);
    f.slugs("equipment", 0).ifPresent(b::equipment);
    f.enums("positions", EnumIds.POSITION, 1).ifPresent(b::positions);
    f.bool("noFloor").ifPresent(b::noFloor);
    f.bool("generalIfUnserved").ifPresent(b::generalIfUnserved);
    f.texts("excluded", true, 0).ifPresent(b::addAllExcluded);
    f.texts("recent", false, 0).ifPresent(b::addAllRecent);
    f.enumValue("cautionPolicy", EnumIds.CAUTION_POLICY).ifPresent(b::cautionPolicy);
    f.longInteger("seed").ifPresent(b::seed);
    return f.build(b::build);
  }

  private Optional<ScreeningAnswers> screening(JsonFields f) {
    ScreeningAnswers.Builder b = ScreeningAnswers.builder();
    f.texts("redFlags", true, 0).ifPresent(b::addAllRedFlags);
    if (!f.isNull("age")) {
      f.integer("age", 0, 130).ifPresent(b::age);
    }
    f.bool("firstEpisode").ifPresent(b::firstEpisode);
    return f.build(b::build);
  }

  private Optional<ComposeResult> result(JsonFields f) {
    Optional<ComposeResult.Outcome> outcome = f.enumValue("outcome", EnumIds.OUTCOME);
    if (!outcome.isPresent()) {
      return Optional.empty();
    }
    ComposeResult.Builder b = ComposeResult.builder().outcome(outcome.get());
    nullableReferral(f, "referral").ifPresent(b::referral);
    nullableReferral(f, "advice").ifPresent(b::advice);
    if (!f.isNull("infeasibleReason")) {
      f.text("infeasibleReason").ifPresent(b::infeasibleReason);
    }
    f.objects("unserved", 0, UNSERVED_REQUIRED, ImmutableSet.of())
        .ifPresent(list -> list.forEach(u -> unserved(u).ifPresent(b::addUnserved)));
    if (!f.isNull("shortfall")) {
      f.object("shortfall", SHORTFALL_REQUIRED, ImmutableSet.of()).flatMap(this::shortfall).ifPresent(b::shortfall);
    }
    if (outcome.get() == ComposeResult.Outcome.ROUTINE) {
      routine(f).ifPresent(b::routine);
    } else {
      // A result without a routine is written with no items, total 0 and no seed or focus.
      f.objects("items", 0, ITEM_REQUIRED, ITEM_OPTIONAL)
          .filter(items -> !items.isEmpty())
          .ifPresent(items -> f.report("items", "a result without a routine has no items"));
      f.integer("totalSeconds", 0, 0);
    }
    if (outcome.get() != ComposeResult.Outcome.ROUTINE && !f.isNull("budgetSeconds")) {
      f.integer("budgetSeconds", 1, MAX_SECONDS);
    }
    return f.build(b::build);
  }

  private Optional<Routine> routine(JsonFields f) {
    Routine.Builder b = Routine.builder();
    if (!f.has("budgetSeconds") || f.isNull("budgetSeconds")) {
      f.report("budgetSeconds", "a routine needs its budgetSeconds");
    } else {
      f.integer("budgetSeconds", 1, MAX_SECONDS).ifPresent(b::budgetSeconds);
    }
    if (!f.has("items")) {
      f.report("items", "a routine needs its items");
    }
    f.objects("items", 0, ITEM_REQUIRED, ITEM_OPTIONAL)
        .ifPresent(items -> items.forEach(item -> item(item).ifPresent(b::addItems)));
    f.texts("warnings", false, 0).ifPresent(b::addAllWarnings);
    f.weights("focus", 0, 100, true, 0).ifPresent(b::putAllFocus);
    if (!f.isNull("seed")) {
      f.longInteger("seed").ifPresent(b::seed);
    }
    Optional<Routine> routine = f.build(b::build);
    Optional<Integer> total = f.integer("totalSeconds", 0, MAX_SECONDS);
    if (routine.isPresent() && total.isPresent() && total.get() != routine.get().totalSeconds()) {
      f.report(
          "totalSeconds",
          String.format(
              "totalSeconds (%s) must be the end of the last item (%s)",
              total.get(), routine.get().totalSeconds()));
      return Optional.empty();
    }
    return routine;
  }

  private Optional<RoutineItem> item(JsonFields f) {
    RoutineItem.Builder b = RoutineItem.builder();
    f.slug("exerciseId").ifPresent(b::exerciseId);
    f.text("name").ifPresent(b::name);
    f.enumValue("phase", EnumIds.PHASE).ifPresent(b::phase);
    f.enumValue("position", EnumIds.POSITION).ifPresent(b::position);
    if (!f.isNull("side")) {
      f.enumValue("side", EnumIds.SIDE).ifPresent(b::side);
    }
    f.integer("transitionSeconds", 0, MAX_SECONDS).ifPresent(b::transitionSeconds);
    f.integer("startSeconds", 0, MAX_SECONDS).ifPresent(b::startSeconds);
    f.integer("durationSeconds", 1, MAX_SECONDS).ifPresent(b::durationSeconds);
    f.integer("count", 1, Dosage.MAX_COUNT).ifPresent(b::count);
    f.enumValue("unit", EnumIds.UNIT).ifPresent(b::unit);
    f.integer("set", 1, Dosage.MAX_SETS).ifPresent(b::set);
    f.integer("sets", 1, Dosage.MAX_SETS).ifPresent(b::sets);
    f.slugs("targets", 0).ifPresent(b::targets);
    f.text("reason").ifPresent(b::reason);
    f.texts("warnings", false, 0).ifPresent(b::warnings);
    if (!f.isNull("modification")) {
      f.text("modification").ifPresent(b::modification);
    }
    Optional<RoutineItem> item = f.build(b::build);
    Optional<Integer> end = f.integer("endSeconds", 1, 2 * MAX_SECONDS);
    if (item.isPresent() && end.isPresent() && end.get() != item.get().endSeconds()) {
      f.report(
          "endSeconds",
          String.format(
              "endSeconds (%s) must be startSeconds plus durationSeconds (%s)",
              end.get(), item.get().endSeconds()));
      return Optional.empty();
    }
    return item;
  }

  private Optional<UnservedFocus> unserved(JsonFields f) {
    Optional<String> area = f.slug("areaId");
    Optional<Limit> limit = f.enumValue("limit", EnumIds.LIMIT);
    return area.isPresent() && limit.isPresent() ? f.build(() -> UnservedFocus.of(area.get(), limit.get())) : Optional.empty();
  }

  private Optional<Shortfall> shortfall(JsonFields f) {
    Optional<Integer> seconds = f.integer("seconds", 1, MAX_SECONDS);
    Optional<Limit> limit = f.enumValue("limit", EnumIds.LIMIT);
    return seconds.isPresent() && limit.isPresent() ? f.build(() -> Shortfall.of(seconds.get(), limit.get())) : Optional.empty();
  }

  private Optional<Referral> referral(JsonFields f) {
    Referral.Builder b = Referral.builder();
    f.enumValue("urgency", EnumIds.URGENCY).ifPresent(b::urgency);
    f.texts("reasons", false, 1).ifPresent(b::reasons);
    f.slugs("redFlagIds", 0).ifPresent(b::redFlagIds);
    return f.build(b::build);
  }

  /** A referral field that may be {@code null}: empty then, without a problem. */
  private Optional<Referral> nullableReferral(JsonFields f, String field) {
    if (f.isNull(field)) {
      return Optional.empty();
    }
    return f.object(field, REFERRAL_REQUIRED, REFERRAL_OPTIONAL).flatMap(this::referral);
  }

}
