package dev.limber.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableSet;
import dev.limber.core.Advice;
import dev.limber.core.Condition;
import dev.limber.core.ConditionRule;
import dev.limber.core.Contraindication;
import dev.limber.core.Dosage;
import dev.limber.core.Exercise;
import dev.limber.core.ExerciseKind;
import dev.limber.core.ExerciseModification;
import dev.limber.core.Goal;
import dev.limber.core.IdRules;
import dev.limber.core.Laterality;
import dev.limber.core.MovementPattern;
import dev.limber.core.Position;
import dev.limber.core.RedFlag;
import dev.limber.core.Sequence;
import dev.limber.core.SequenceStep;
import dev.limber.core.TargetArea;
import dev.limber.data.CatalogSource.Origin;
import dev.limber.data.CatalogSource.Reference;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads catalog files into a {@link CatalogSource}: parses each strictly, tells its {@link
 * FileKind} from its {@code $schema} or its location, and binds its fields (types, enum ids, known
 * and required fields) into the core builders. The rules of the values are the values' own checks
 * ({@link dev.limber.core.InvalidValueException}); each problem is placed at its field's line,
 * column and JSON path. An element with any
 * problem is left out (and its id noted as broken, and its references kept, so that those to
 * unknown ids are reported in the same run); the reading goes on with the next field and the next
 * element. Not thread-safe; one reader per source.
 */
final class CatalogFileReader {
  // Sets, in the order messages list them, so that checking each field name is one lookup.
  static final ImmutableSet<String> SCHEMA = ImmutableSet.of("$schema");
  static final ImmutableSet<String> EXERCISE_FIELDS =
      ImmutableSet.of(
          "id", "name", "aliases", "summary", "kind", "position", "needsFloor", "equipment",
          "difficulty", "laterality", "dosage", "primaryTargets", "secondaryTargets",
          "movementPatterns", "phases", "steps", "cues", "safetyNotes", "easierVariations",
          "harderVariations", "contraindications", "modifications", "tags", "sources");
  static final ImmutableSet<String> EXERCISE_OPTIONAL =
      ImmutableSet.of("$schema", "replaces", "patternWaivers");
  static final ImmutableSet<String> DOSAGE_FIELDS =
      ImmutableSet.of("unit", "min", "default", "max", "secondsPerUnit");
  static final ImmutableSet<String> DOSAGE_SETS = ImmutableSet.of("sets");
  static final ImmutableSet<String> SETS_FIELDS = ImmutableSet.of("recommended", "max");
  static final ImmutableSet<String> CONTRAINDICATION_FIELDS =
      ImmutableSet.of("condition", "severity", "reason");
  static final ImmutableSet<String> INSTEAD = ImmutableSet.of("instead");
  static final ImmutableSet<String> MODIFICATION_FIELDS =
      ImmutableSet.of("removes", "description");
  static final ImmutableSet<String> POSITION = ImmutableSet.of("position");
  static final ImmutableSet<String> AREA_FIELDS =
      ImmutableSet.of("id", "name", "kind", "aliases");
  static final ImmutableSet<String> AREA_OPTIONAL = ImmutableSet.of("replaces", "parent");
  static final ImmutableSet<String> CONDITION_FIELDS =
      ImmutableSet.of("id", "name", "aliases", "description", "rules", "sources");
  static final ImmutableSet<String> REPLACES = ImmutableSet.of("replaces");
  static final ImmutableSet<String> SEQUENCE_OPTIONAL = ImmutableSet.of("$schema", "replaces");
  static final ImmutableSet<String> RULE_FIELDS = ImmutableSet.of("severity", "reason");
  static final ImmutableSet<String> RULE_OPTIONAL =
      ImmutableSet.of("pattern", "area", "instead");
  static final ImmutableSet<String> RED_FLAG_FIELDS =
      ImmutableSet.of("id", "name", "question", "description", "urgency", "sources");
  static final ImmutableSet<String> RED_FLAG_OPTIONAL = ImmutableSet.of("answer", "askedWith");
  static final ImmutableSet<String> GOAL_FIELDS =
      ImmutableSet.of("id", "name", "description", "focus", "preferredTags");
  static final ImmutableSet<String> ADVICE_FIELDS =
      ImmutableSet.of("id", "name", "summary", "tips", "tags", "sources");
  static final ImmutableSet<String> SEQUENCE_FIELDS =
      ImmutableSet.of("id", "name", "description", "steps", "tags", "sources");
  static final ImmutableSet<String> STEP_FIELDS = ImmutableSet.of("exercise", "phase");
  static final ImmutableSet<String> COUNT = ImmutableSet.of("count");

  private static final Dosage STAND_IN = Dosage.seconds(1, 1, 1);

  private final CatalogSource into;
  private final ProblemList problems;

  CatalogFileReader(CatalogSource into) {
    this.into = into;
    this.problems = into.problems();
  }

  /**
   * Reads one file, named {@code resource} in problems, into the source. Whatever the bytes, this
   * reports problems and throws nothing: the limits of {@link ReadLimits} keep every file cheap,
   * and should a file still meet an error in this reader (a bug), it is reported as a problem of
   * that file, so that the other files' problems are still reported and the load throws only
   * {@link dev.limber.core.CatalogException}.
   */
  void read(String resource, byte[] bytes) {
    try {
      readElements(resource, bytes);
    } catch (RuntimeException | StackOverflowError e) {
      unreadable(
          resource,
          "this file could not be read: " + INTERNAL_ERROR + " (" + e.getClass().getSimpleName()
              + "); please report it with the file");
    }
  }

  /** Words in the problem for an error in the reader itself, which tests look for. */
  static final String INTERNAL_ERROR = "an error in Limber's reader";

  private void readElements(String resource, byte[] bytes) {
    JsonDocument document = JsonDocument.parse(resource, bytes, problems);
    Optional<JsonNode> root = document.root();
    Optional<FileKind> kind = kindOf(document);
    if (!root.isPresent() || !kind.isPresent()) {
      (kind.isPresent() ? kind : FileKind.fromLocation(resource))
          .filter(FileKind::namedAfterId)
          .ifPresent(k -> into.broken(k.elementKind(), FileKind.stem(resource)));
      return;
    }
    switch (kind.get()) {
      case EXERCISE:
        element(document, root.get(), "$", CatalogSource.EXERCISE, EXERCISE_FIELDS, EXERCISE_OPTIONAL, this::exercise);
        break;
      case SEQUENCE:
        element(document, root.get(), "$", CatalogSource.SEQUENCE, SEQUENCE_FIELDS, SEQUENCE_OPTIONAL, this::sequence);
        break;
      case AREAS:
        list(document, root.get(), "areas", CatalogSource.AREA, AREA_FIELDS, AREA_OPTIONAL, this::area);
        break;
      case CONDITIONS:
        list(document, root.get(), "conditions", CatalogSource.CONDITION, CONDITION_FIELDS, REPLACES, this::condition);
        break;
      case RED_FLAGS:
        list(document, root.get(), "redFlags", CatalogSource.RED_FLAG, RED_FLAG_FIELDS, RED_FLAG_OPTIONAL, this::redFlag);
        break;
      case GOALS:
        list(document, root.get(), "goals", CatalogSource.GOAL, GOAL_FIELDS, ImmutableSet.of(), this::goal);
        break;
      case ADVICE:
        list(document, root.get(), "advice", CatalogSource.ADVICE, ADVICE_FIELDS, ImmutableSet.of(), this::advice);
        break;
      case POSE:
        new PoseFileReader(into).read(document, root.get());
        break;
    }
  }

  /** Reports a file given as text with a lone surrogate at {@code index}, which is not read. */
  void loneSurrogate(String resource, String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    problems.add(
        resource,
        new JsonDocument.Mark(line, index - lineStart + 1),
        "$",
        String.format(
            "the text has a lone surrogate (\\u%04x), which is not Unicode text; the file is not"
                + " read",
            (int) text.charAt(index)));
    FileKind.fromLocation(resource)
        .filter(FileKind::namedAfterId)
        .ifPresent(k -> into.broken(k.elementKind(), FileKind.stem(resource)));
  }

  /** Reports a problem for a file that could not be read at all. */
  void unreadable(String resource, String message) {
    problems.add(resource, JsonDocument.Mark.UNKNOWN, "$", message);
    FileKind.fromLocation(resource)
        .filter(FileKind::namedAfterId)
        .ifPresent(k -> into.broken(k.elementKind(), FileKind.stem(resource)));
  }

  private Optional<FileKind> kindOf(JsonDocument document) {
    Optional<JsonNode> schema = document.root().filter(JsonNode::isObject).map(r -> r.get("$schema"));
    if (schema.isPresent()) {
      JsonNode value = schema.get();
      if (!value.isTextual()) {
        problems.add(
            document.resource(),
            document.valueMark("$.$schema"),
            "$.$schema",
            "expected a string but found " + JsonFields.describe(value));
        return Optional.empty();
      }
      Optional<FileKind> kind = FileKind.fromSchema(value.textValue());
      if (!kind.isPresent()) {
        problems.add(
            document.resource(),
            document.valueMark("$.$schema"),
            "$.$schema",
            String.format(
                "unknown schema \"%s\"; expected a path ending in one of %s",
                value.textValue(),
                Arrays.stream(FileKind.values()).map(FileKind::schema).collect(Collectors.joining(", "))));
      }
      return kind;
    }
    Optional<FileKind> kind = FileKind.fromLocation(document.resource());
    if (!kind.isPresent() && document.root().isPresent()) {
      problems.add(
          document.resource(),
          document.valueMark("$"),
          "$",
          "cannot tell what kind of catalog file this is: give it a \"$schema\" such as"
              + " \"../../schema/exercise.schema.json\", or put it in an exercises or sequences"
              + " folder, or name it areas.json, conditions.json, red-flags.json, goals.json or"
              + " advice.json");
    }
    return kind;
  }

  /**
   * Reads one element of {@code kind}: one that a whole file holds, such as an exercise, or one of
   * a list. If it cannot be built, notes its id (if it can be read) as broken and keeps its
   * references, for {@link CatalogSource#build()} to check.
   */
  private void element(
      JsonDocument document,
      JsonNode node,
      String path,
      String kind,
      Set<String> required,
      Set<String> optional,
      ElementMapper mapper) {
    Map<String, Reference> references = references(document, node, path, kind);
    Optional<JsonFields> fields = JsonFields.open(document, problems, path, node, required, optional);
    if (!fields.isPresent() || !mapper.map(fields.get(), new Origin(document, path, references))) {
      String id = node.path("id").isTextual() ? node.get("id").textValue() : null;
      if (id != null) {
        into.broken(kind, id);
      }
      into.unbuiltReferences(kind, id, references.values());
    }
  }

  /** Reads a file that holds a list of elements under {@code field}, such as areas.json. */
  private void list(
      JsonDocument document,
      JsonNode root,
      String field,
      String kind,
      Set<String> required,
      Set<String> optional,
      ElementMapper mapper) {
    Optional<JsonFields> top =
        JsonFields.open(document, problems, "$", root, List.of(field), SCHEMA);
    if (!top.isPresent() || !root.has(field)) {
      return;
    }
    JsonNode items = root.get(field);
    String path = JsonDocument.member("$", field);
    if (!items.isArray()) {
      top.get().report(field, "expected an array but found " + JsonFields.describe(items));
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      element(document, items.get(i), JsonDocument.element(path, i), kind, required, optional, mapper);
    }
  }

  @FunctionalInterface
  private interface ElementMapper {
    /** Maps the fields {@code f} of the element at {@code origin}; returns whether it was added. */
    boolean map(JsonFields f, Origin origin);
  }

  /**
   * The references to other elements that the element {@code node} of {@code kind} holds, by
   * their JSON path in the document, read from the JSON as it is, so that they are known even
   * when the element cannot be built: each id that is a valid slug (others are reported as bad
   * ids), once per list that must not repeat an id (a repeat is reported as such). The fields are
   * those the {@link dev.limber.core.Catalog} checks the references of.
   */
  private static Map<String, Reference> references(
      JsonDocument document, JsonNode node, String path, String kind) {
    References found = new References(document, node, path);
    switch (kind) {
      case CatalogSource.EXERCISE:
        found.inArray("primaryTargets", CatalogSource.AREA, "area");
        found.inArray("secondaryTargets", CatalogSource.AREA, "area");
        found.inArray("easierVariations", CatalogSource.EXERCISE, "exercise");
        found.inArray("harderVariations", CatalogSource.EXERCISE, "exercise");
        found.inObjects(
            "contraindications", "condition", false, CatalogSource.CONDITION, "condition");
        break;
      case CatalogSource.AREA:
        found.in("parent", CatalogSource.AREA, "parent area");
        break;
      case CatalogSource.CONDITION:
        found.inObjects("rules", "area", false, CatalogSource.AREA, "area");
        break;
      case CatalogSource.RED_FLAG:
        found.inArray("askedWith", CatalogSource.CONDITION, "condition");
        break;
      case CatalogSource.SEQUENCE:
        found.inObjects("steps", "exercise", true, CatalogSource.EXERCISE, "exercise");
        break;
      case CatalogSource.GOAL:
        found.inKeys("focus", CatalogSource.AREA, "area");
        break;
      default:
        break;
    }
    return found.byPath;
  }

  /** Collects the references of one element; see {@link #references}. */
  private static final class References {
    private final JsonDocument document;
    private final JsonNode node;
    private final String path;
    private final Map<String, Reference> byPath = new LinkedHashMap<>();

    References(JsonDocument document, JsonNode node, String path) {
      this.document = document;
      this.node = node.isObject() ? node : JsonNodeFactory.instance.objectNode();
      this.path = path;
    }

    /** The id that field {@code field} holds. */
    void in(String field, String kind, String noun) {
      add(node.get(field), JsonDocument.member(path, field), kind, noun);
    }

    /** The ids an array field holds, each once. */
    void inArray(String field, String kind, String noun) {
      JsonNode items = node.get(field);
      if (items != null && items.isArray()) {
        String at = JsonDocument.member(path, field);
        Set<JsonNode> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
          if (seen.add(items.get(i))) {
            add(items.get(i), JsonDocument.element(at, i), kind, noun);
          }
        }
      }
    }

    /** The ids that field {@code member} of the objects of an array holds; each once if unique. */
    void inObjects(String field, String member, boolean unique, String kind, String noun) {
      JsonNode items = node.get(field);
      if (items != null && items.isArray()) {
        Set<JsonNode> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
          JsonNode id = items.get(i).get(member);
          if (id != null && (!unique || seen.add(id))) {
            String at = JsonDocument.element(JsonDocument.member(path, field), i);
            add(id, JsonDocument.member(at, member), kind, noun);
          }
        }
      }
    }

    /** The ids that are the keys of an object field. */
    void inKeys(String field, String kind, String noun) {
      JsonNode object = node.get(field);
      if (object != null && object.isObject()) {
        String at = JsonDocument.member(path, field);
        object.fieldNames()
            .forEachRemaining(
                key -> add(TextNode.valueOf(key), JsonDocument.member(at, key), kind, noun));
      }
    }

    private void add(@Nullable JsonNode id, String at, String kind, String noun) {
      if (id != null && id.isTextual() && IdRules.isSlug(id.textValue())) {
        byPath.put(at, new Reference(kind, noun, id.textValue(), document, at));
      }
    }
  }

  private boolean exercise(JsonFields f, Origin origin) {
    Exercise.Builder b = Exercise.builder();
    Optional<String> id = f.string("id");
    id.ifPresent(b::id);
    id.ifPresent(i -> checkFileName(f, i));
    replaces(f, id, CatalogSource.EXERCISE);
    f.string("name").ifPresent(b::name);
    f.strings("aliases", false).ifPresent(b::aliases);
    f.string("summary").ifPresent(b::summary);
    // Stand-ins for facts reported already, so that the exercise's own rules are checked too; an
    // exercise with any problem is never added.
    b.kind(f.enumValue("kind", EnumIds.KIND).orElse(ExerciseKind.RELAXATION));
    b.position(f.enumValue("position", EnumIds.POSITION).orElse(Position.STANDING));
    b.needsFloor(f.bool("needsFloor").orElse(false));
    f.strings("equipment", true).ifPresent(b::equipment);
    f.enumValue("difficulty", EnumIds.DIFFICULTY).ifPresent(b::difficulty);
    b.laterality(f.enumValue("laterality", EnumIds.LATERALITY).orElse(Laterality.BILATERAL));
    b.dosage(f.object("dosage", DOSAGE_FIELDS, DOSAGE_SETS).flatMap(this::dosage).orElse(STAND_IN));
    f.strings("primaryTargets", false).ifPresent(b::primaryTargets);
    f.strings("secondaryTargets", false).ifPresent(b::secondaryTargets);
    f.enums("movementPatterns", EnumIds.PATTERN, 0).ifPresent(b::movementPatterns);
    f.textsByEnum("patternWaivers", EnumIds.PATTERN).ifPresent(b::patternWaivers);
    f.enums("phases", EnumIds.PHASE, 0).ifPresent(b::phases);
    f.strings("steps", false).ifPresent(b::steps);
    f.strings("cues", false).ifPresent(b::cues);
    f.strings("safetyNotes", false).ifPresent(b::safetyNotes);
    f.strings("easierVariations", false).ifPresent(b::easierVariations);
    f.strings("harderVariations", false).ifPresent(b::harderVariations);
    f.objects("contraindications", 0, CONTRAINDICATION_FIELDS, INSTEAD)
        .ifPresent(list -> each(list, this::contraindication, b::addContraindication));
    f.objects("modifications", 0, MODIFICATION_FIELDS, POSITION)
        .ifPresent(list -> each(list, this::modification, b::addModification));
    f.strings("tags", true).ifPresent(b::tags);
    f.strings("sources", false).ifPresent(b::sources);
    Optional<Exercise> built = f.buildReportingAll(b::build).filter(e -> checkPatterns(f, e));
    built.ifPresent(e -> into.add(e, origin));
    return built.isPresent();
  }

  /**
   * Reports each pattern the exercise's facts imply that it neither lists nor waives; returns
   * whether there were none.
   */
  private static boolean checkPatterns(JsonFields f, Exercise exercise) {
    for (MovementPattern missing : exercise.unlistedPatterns()) {
      f.report(
          "movementPatterns",
          String.format(
              "\"%s\" is missing: %s; list it, or if the exercise truly does not load it, say why"
                  + " in \"patternWaivers\"",
              missing.id(), impliedBecause(exercise, missing)));
    }
    return exercise.unlistedPatterns().isEmpty();
  }

  private static String impliedBecause(Exercise exercise, MovementPattern missing) {
    for (MovementPattern listed : exercise.movementPatterns()) {
      if (listed.implied().contains(missing)) {
        return "\"" + listed.id() + "\" implies it";
      }
    }
    return exercise.kind() == ExerciseKind.STRENGTH_STABILITY
            && missing == MovementPattern.ISOMETRIC_BRACING
            && exercise.position() != Position.PLANK
        ? "a strength or stability exercise held for seconds implies it"
        : "the position \"" + exercise.position().id() + "\" implies it";
  }

  /**
   * Reads {@code "replaces"}, which says on purpose that the element takes the place of the
   * bundled element of its kind and id: it must name the element's own id.
   */
  private void replaces(JsonFields f, Optional<String> id, String kind) {
    Optional<String> replaced = f.slug("replaces");
    if (!replaced.isPresent() || !id.isPresent()) {
      return;
    }
    if (!replaced.get().equals(id.get())) {
      f.report(
          "replaces",
          String.format(
              "replaces \"%s\" but this %s's id is \"%s\"; an override keeps the id of the"
                  + " bundled %s it replaces",
              replaced.get(), kind, id.get(), kind));
      return;
    }
    into.replaces(kind, id.get(), f.document(), JsonDocument.member(f.path(), "replaces"));
  }

  private void checkFileName(JsonFields f, String id) {
    String stem = FileKind.stem(f.document().resource());
    if (f.path().equals("$") && IdRules.isSlug(id) && !stem.equals(id)) {
      f.report(
          "id",
          String.format(
              "id \"%s\" must match the file name, so the file should be named %s.json (it is %s.json)",
              id, id, stem));
    }
  }

  private Optional<Dosage> dosage(JsonFields f) {
    Dosage.Builder b = Dosage.builder();
    f.enumValue("unit", EnumIds.UNIT).ifPresent(b::unit);
    f.integer("min", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(b::min);
    f.integer("default", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(b::defaultCount);
    f.integer("max", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(b::max);
    f.integer("secondsPerUnit", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(b::secondsPerUnit);
    f.object("sets", SETS_FIELDS, List.of())
        .ifPresent(
            sets -> {
              sets.integer("recommended", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(b::recommendedSets);
              sets.integer("max", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(b::maxSets);
            });
    return f.buildReportingAll(b::build);
  }

  private Optional<Contraindication> contraindication(JsonFields f) {
    Contraindication.Builder b = Contraindication.builder();
    f.string("condition").ifPresent(b::conditionId);
    f.enumValue("severity", EnumIds.SEVERITY).ifPresent(b::severity);
    f.string("reason").ifPresent(b::reason);
    f.string("instead").ifPresent(b::instead);
    return f.buildReportingAll(b::build);
  }

  private Optional<ExerciseModification> modification(JsonFields f) {
    ExerciseModification.Builder b = ExerciseModification.builder();
    f.enums("removes", EnumIds.PATTERN, 0).ifPresent(b::removes);
    f.string("description").ifPresent(b::description);
    f.enumValue("position", EnumIds.POSITION).ifPresent(b::position);
    return f.buildReportingAll(b::build);
  }

  private boolean area(JsonFields f, Origin origin) {
    TargetArea.Builder b = TargetArea.builder();
    Optional<String> id = f.string("id");
    id.ifPresent(b::id);
    replaces(f, id, CatalogSource.AREA);
    f.string("name").ifPresent(b::name);
    f.string("parent").ifPresent(b::parentId);
    f.enumValue("kind", EnumIds.AREA_KIND).ifPresent(b::kind);
    f.strings("aliases", false).ifPresent(b::aliases);
    return add(f, b::build, e -> into.add(e, origin));
  }

  private boolean condition(JsonFields f, Origin origin) {
    Condition.Builder b = Condition.builder();
    Optional<String> id = f.string("id");
    id.ifPresent(b::id);
    replaces(f, id, CatalogSource.CONDITION);
    f.string("name").ifPresent(b::name);
    f.strings("aliases", false).ifPresent(b::aliases);
    f.string("description").ifPresent(b::description);
    f.objects("rules", 0, RULE_FIELDS, RULE_OPTIONAL)
        .ifPresent(list -> each(list, this::rule, b::addRule));
    f.strings("sources", false).ifPresent(b::sources);
    return add(f, b::build, e -> into.add(e, origin));
  }

  private Optional<ConditionRule> rule(JsonFields f) {
    ConditionRule.Builder b = ConditionRule.builder();
    f.enumValue("pattern", EnumIds.PATTERN).ifPresent(b::pattern);
    f.string("area").ifPresent(b::area);
    f.enumValue("severity", EnumIds.SEVERITY).ifPresent(b::severity);
    f.string("reason").ifPresent(b::reason);
    f.string("instead").ifPresent(b::instead);
    return f.buildReportingAll(b::build);
  }

  private boolean redFlag(JsonFields f, Origin origin) {
    RedFlag.Builder b = RedFlag.builder();
    f.string("id").ifPresent(b::id);
    f.string("name").ifPresent(b::name);
    f.string("question").ifPresent(b::question);
    f.string("description").ifPresent(b::description);
    f.enumValue("urgency", EnumIds.URGENCY).ifPresent(b::urgency);
    f.enumValue("answer", EnumIds.ANSWER).ifPresent(b::answer);
    f.strings("askedWith", true).ifPresent(b::askedWith);
    f.strings("sources", false).ifPresent(b::sources);
    return add(f, b::build, e -> into.add(e, origin));
  }

  private boolean goal(JsonFields f, Origin origin) {
    Goal.Builder b = Goal.builder();
    f.string("id").ifPresent(b::id);
    f.string("name").ifPresent(b::name);
    f.string("description").ifPresent(b::description);
    f.numbers("focus").ifPresent(b::focus);
    f.strings("preferredTags", true).ifPresent(b::preferredTags);
    return add(f, b::build, e -> into.add(e, origin));
  }

  private boolean advice(JsonFields f, Origin origin) {
    Advice.Builder b = Advice.builder();
    f.string("id").ifPresent(b::id);
    f.string("name").ifPresent(b::name);
    f.string("summary").ifPresent(b::summary);
    f.strings("tips", false).ifPresent(b::tips);
    f.strings("tags", true).ifPresent(b::tags);
    f.strings("sources", false).ifPresent(b::sources);
    return add(f, b::build, e -> into.add(e, origin));
  }

  private boolean sequence(JsonFields f, Origin origin) {
    Sequence.Builder b = Sequence.builder();
    Optional<String> id = f.string("id");
    id.ifPresent(b::id);
    id.ifPresent(i -> checkFileName(f, i));
    replaces(f, id, CatalogSource.SEQUENCE);
    f.string("name").ifPresent(b::name);
    f.string("description").ifPresent(b::description);
    f.objects("steps", 0, STEP_FIELDS, COUNT)
        .ifPresent(list -> each(list, this::step, b::addSteps));
    f.strings("tags", true).ifPresent(b::tags);
    f.strings("sources", false).ifPresent(b::sources);
    return add(f, b::build, e -> into.add(e, origin));
  }

  private Optional<SequenceStep> step(JsonFields f) {
    SequenceStep.Builder b = SequenceStep.builder();
    f.string("exercise").ifPresent(b::exerciseId);
    f.enumValue("phase", EnumIds.PHASE).ifPresent(b::phase);
    f.integer("count", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(b::count);
    return f.buildReportingAll(b::build);
  }

  private <T> void each(List<JsonFields> items, Mapper<T> mapper, Consumer<T> sink) {
    for (JsonFields item : items) {
      mapper.map(item).ifPresent(sink);
    }
  }

  @FunctionalInterface
  private interface Mapper<T> {
    Optional<T> map(JsonFields fields);
  }

  private <T> boolean add(JsonFields f, Supplier<T> builder, Consumer<T> sink) {
    Optional<T> built = f.buildReportingAll(builder);
    built.ifPresent(sink);
    return built.isPresent();
  }
}
