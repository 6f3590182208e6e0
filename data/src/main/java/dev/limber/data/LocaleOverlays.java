package dev.limber.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import dev.limber.core.Advice;
import dev.limber.core.Catalog;
import dev.limber.core.Condition;
import dev.limber.core.ConditionRule;
import dev.limber.core.Contraindication;
import dev.limber.core.Exercise;
import dev.limber.core.ExerciseModification;
import dev.limber.core.Goal;
import dev.limber.core.RedFlag;
import dev.limber.core.Sequence;
import dev.limber.core.TargetArea;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The locale overlay format: which fields of which kind of element a translation covers, how the
 * English text a translation was made from is hashed, and the reading and checking of overlay
 * files.
 *
 * <p>An overlay file is {@code l10n/<locale>/exercises/<id>.json} (one exercise) or {@code
 * l10n/<locale>/<kind>.json} for the other kinds ({@code areas}, {@code conditions}, {@code
 * red-flags}, {@code goals}, {@code advice}, {@code sequences}):
 *
 * <pre>{@code
 * { "$schema": "../../../schema/overlay.schema.json", "locale": "de", "kind": "exercises",
 *   "entries": [ { "id": "cat-cow",
 *                  "fields": { "name": { "from": "<hash>", "text": "Katze-Kuh" }, ... },
 *                  "aliases": ["Katzenbuckel"] } ] }
 * }</pre>
 *
 * <p>A field's {@code text} has the shape of the English field: a string, a list of strings of the
 * same length, or a list of objects with the same keys as the English objects that have them.
 * {@code from} is the first 16 hex digits of the SHA-256 of the field's English strings (for a list
 * of objects, each object's sub-fields in the order of {@link #FIELDS}, missing as {@code ""})
 * joined by U+001F, so a changed English text makes the translation stale.
 */
final class LocaleOverlays {
  /** The shape of a translatable field. */
  enum Shape {
    TEXT,
    TEXTS,
    OBJECTS
  }

  /** A translatable field of a kind of element. */
  static final class Field {
    final String name;
    final Shape shape;
    final ImmutableList<String> subs;

    Field(String name, Shape shape, String... subs) {
      this.name = name;
      this.shape = shape;
      this.subs = ImmutableList.copyOf(subs);
    }
  }

  static final String EXERCISES = "exercises";
  static final String AREAS = "areas";
  static final String CONDITIONS = "conditions";
  static final String RED_FLAGS = "red-flags";
  static final String GOALS = "goals";
  static final String ADVICE = "advice";
  static final String SEQUENCES = "sequences";

  /** Every kind with its translatable fields, in order. */
  static final ImmutableMap<String, ImmutableList<Field>> FIELDS =
      ImmutableMap.<String, ImmutableList<Field>>builder()
          .put(
              EXERCISES,
              ImmutableList.of(
                  new Field("name", Shape.TEXT),
                  new Field("summary", Shape.TEXT),
                  new Field("steps", Shape.TEXTS),
                  new Field("cues", Shape.TEXTS),
                  new Field("safetyNotes", Shape.TEXTS),
                  new Field("modifications", Shape.OBJECTS, "description"),
                  new Field("contraindications", Shape.OBJECTS, "reason", "instead")))
          .put(AREAS, ImmutableList.of(new Field("name", Shape.TEXT)))
          .put(
              CONDITIONS,
              ImmutableList.of(
                  new Field("name", Shape.TEXT),
                  new Field("description", Shape.TEXT),
                  new Field("rules", Shape.OBJECTS, "reason", "instead")))
          .put(
              RED_FLAGS,
              ImmutableList.of(
                  new Field("name", Shape.TEXT), new Field("question", Shape.TEXT), new Field("description", Shape.TEXT)))
          .put(GOALS, ImmutableList.of(new Field("name", Shape.TEXT), new Field("description", Shape.TEXT)))
          .put(
              ADVICE,
              ImmutableList.of(new Field("name", Shape.TEXT), new Field("summary", Shape.TEXT), new Field("tips", Shape.TEXTS)))
          .put(SEQUENCES, ImmutableList.of(new Field("name", Shape.TEXT), new Field("description", Shape.TEXT)))
          .build();

  /** The kinds whose entries may have aliases. */
  static final ImmutableSet<String> ALIASED = ImmutableSet.of(EXERCISES, AREAS, CONDITIONS);

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private LocaleOverlays() {}

  static Field field(String kind, String name) {
    for (Field f : FIELDS.get(kind)) {
      if (f.name.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException(kind + " has no field " + name);
  }

  /** Whether {@code tag} looks like a locale folder name: {@code de}, {@code de-AT}, {@code es}. */
  static boolean isLocaleTag(String tag) {
    return LOCALE.matcher(tag).matches();
  }

  // ---------------------------------------------------------------- the English side

  /**
   * The English values of every translatable field of every element, by kind, id and field; a
   * field the element does not have (an empty summary, no cues) is left out. A value is a {@code
   * String}, a {@code List<String>}, or a {@code List<Map<String, String>>} (sub-field to text,
   * {@code ""} when empty).
   */
  static Map<String, Map<String, Map<String, Object>>> english(Catalog catalog) {
    Map<String, Map<String, Map<String, Object>>> out = new LinkedHashMap<>();
    FIELDS.keySet().forEach(k -> out.put(k, new TreeMap<>()));
    for (Exercise e : catalog.exercises()) {
      Map<String, Object> f = new LinkedHashMap<>();
      text(f, "name", e.name());
      text(f, "summary", e.summary());
      texts(f, "steps", e.steps());
      texts(f, "cues", e.cues());
      texts(f, "safetyNotes", e.safetyNotes());
      List<Map<String, String>> mods = new ArrayList<>();
      for (ExerciseModification m : e.modifications()) {
        mods.add(ImmutableMap.of("description", m.description()));
      }
      objects(f, "modifications", mods);
      List<Map<String, String>> contra = new ArrayList<>();
      for (Contraindication c : e.contraindications()) {
        contra.add(ImmutableMap.of("reason", c.reason(), "instead", c.instead()));
      }
      objects(f, "contraindications", contra);
      out.get(EXERCISES).put(e.id(), f);
    }
    for (TargetArea a : catalog.areas()) {
      Map<String, Object> f = new LinkedHashMap<>();
      text(f, "name", a.name());
      out.get(AREAS).put(a.id(), f);
    }
    for (Condition c : catalog.conditions()) {
      Map<String, Object> f = new LinkedHashMap<>();
      text(f, "name", c.name());
      text(f, "description", c.description());
      List<Map<String, String>> rules = new ArrayList<>();
      for (ConditionRule r : c.rules()) {
        rules.add(ImmutableMap.of("reason", r.reason(), "instead", r.instead()));
      }
      objects(f, "rules", rules);
      out.get(CONDITIONS).put(c.id(), f);
    }
    for (RedFlag r : catalog.redFlags()) {
      Map<String, Object> f = new LinkedHashMap<>();
      text(f, "name", r.name());
      text(f, "question", r.question());
      text(f, "description", r.description());
      out.get(RED_FLAGS).put(r.id(), f);
    }
    for (Goal g : catalog.goals()) {
      Map<String, Object> f = new LinkedHashMap<>();
      text(f, "name", g.name());
      text(f, "description", g.description());
      out.get(GOALS).put(g.id(), f);
    }
    for (Advice a : catalog.advice()) {
      Map<String, Object> f = new LinkedHashMap<>();
      text(f, "name", a.name());
      text(f, "summary", a.summary());
      texts(f, "tips", a.tips());
      out.get(ADVICE).put(a.id(), f);
    }
    for (Sequence s : catalog.sequences()) {
      Map<String, Object> f = new LinkedHashMap<>();
      text(f, "name", s.name());
      text(f, "description", s.description());
      out.get(SEQUENCES).put(s.id(), f);
    }
    return out;
  }

  private static void text(Map<String, Object> fields, String name, String value) {
    if (!value.isEmpty()) {
      fields.put(name, value);
    }
  }

  private static void texts(Map<String, Object> fields, String name, List<String> value) {
    if (!value.isEmpty()) {
      fields.put(name, ImmutableList.copyOf(value));
    }
  }

  private static void objects(Map<String, Object> fields, String name, List<Map<String, String>> value) {
    if (!value.isEmpty()) {
      fields.put(name, ImmutableList.copyOf(value));
    }
  }

  /** The hash of an English field value, as {@code from} records it. */
  @SuppressWarnings("unchecked")
  static String hash(Field field, Object english) {
    List<String> strings = new ArrayList<>();
    switch (field.shape) {
      case TEXT:
        strings.add((String) english);
        break;
      case TEXTS:
        strings.addAll((List<String>) english);
        break;
      default:
        for (Map<String, String> o : (List<Map<String, String>>) english) {
          for (String sub : field.subs) {
            String v = o.get(sub);
            strings.add(v == null ? "" : v);
          }
        }
    }
    byte[] joined = String.join("\u001f", strings).getBytes(StandardCharsets.UTF_8);
    return Hashing.sha256().hashBytes(joined).toString().substring(0, 16);
  }

  // ---------------------------------------------------------------- reading

  /** The translations of one locale that are well-formed and up to date, with what is wrong. */
  static final class Translations {
    /** kind -> id -> field -> translated value, shaped as the English one. */
    final Map<String, Map<String, Map<String, Object>>> texts = new LinkedHashMap<>();
    /** kind -> id -> localized aliases. */
    final Map<String, Map<String, List<String>>> aliases = new LinkedHashMap<>();
    /** kind -> id -> fields whose translation is stale or unstamped. */
    final Map<String, Map<String, Set<String>>> stale = new LinkedHashMap<>();
    /** kind -> ids with an entry. */
    final Map<String, Set<String>> entries = new LinkedHashMap<>();

    Translations() {
      for (String kind : FIELDS.keySet()) {
        texts.put(kind, new TreeMap<>());
        aliases.put(kind, new TreeMap<>());
        stale.put(kind, new TreeMap<>());
        entries.put(kind, new LinkedHashSet<>());
      }
    }
  }

  /**
   * Reads the overlay files of one locale and checks them against the English catalog. Problems
   * go to the problem list with file, line, column and JSON path. A regional locale ({@code de-AT})
   * translates only what differs from its language ({@code de}), so its entries may leave fields
   * out. Not thread-safe.
   */
  static final class Reader {
    private final String locale;
    private final Map<String, Map<String, Map<String, Object>>> english;
    private final ProblemList problems;
    private final ProblemList stale;
    private boolean shapeIsStale;
    private boolean overriding;
    /** kind -> ids translated by bundled files, which an overriding file may translate again. */
    private final Map<String, Set<String>> replaceable = new LinkedHashMap<>();
    final Translations translations = new Translations();

    Reader(
        String locale,
        Map<String, Map<String, Map<String, Object>>> english,
        ProblemList problems,
        ProblemList stale) {
      this.locale = locale;
      this.english = english;
      this.problems = problems;
      this.stale = stale;
    }

    /**
     * Reads one overlay file; with {@code overriding} (an app's file read after the bundled ones),
     * an entry for an element a bundled file translated takes the place of that translation.
     */
    void read(String resource, byte[] bytes, boolean overriding) {
      this.overriding = overriding;
      JsonDocument doc = JsonDocument.parse(resource, bytes, problems);
      if (!doc.root().isPresent()) {
        return;
      }
      JsonNode root = doc.root().get();
      if (!root.isObject()) {
        problem(doc, "$", "an overlay file is a JSON object with locale, kind and entries");
        return;
      }
      onlyKeys(doc, root, "$", ImmutableSet.of("$schema", "locale", "kind", "entries"));
      JsonNode loc = root.get("locale");
      if (loc == null || !loc.isTextual()) {
        problem(doc, "$", "missing \"locale\": the locale of the overlay, such as \"" + locale + "\"");
      } else if (!loc.asText().equals(locale)) {
        problem(doc, "$.locale", "locale \"" + loc.asText() + "\" does not match the folder l10n/" + locale + "/");
      }
      JsonNode kindNode = root.get("kind");
      if (kindNode == null || !kindNode.isTextual() || !FIELDS.containsKey(kindNode.asText())) {
        problem(doc, kindNode == null ? "$" : "$.kind", "\"kind\" must be one of " + String.join(", ", FIELDS.keySet()));
        return;
      }
      String kind = kindNode.asText();
      JsonNode entries = root.get("entries");
      if (entries == null || !entries.isArray()) {
        problem(doc, entries == null ? "$" : "$.entries", "\"entries\" must be an array of translated elements");
        return;
      }
      for (int i = 0; i < entries.size(); i++) {
        entry(doc, kind, entries.get(i), JsonDocument.element("$.entries", i));
      }
    }

    private void entry(JsonDocument doc, String kind, JsonNode entry, String path) {
      if (!entry.isObject()) {
        problem(doc, path, "an entry is an object with id, fields and (for " + String.join(", ", ALIASED) + ") aliases");
        return;
      }
      onlyKeys(doc, entry, path, ImmutableSet.of("id", "fields", "aliases"));
      JsonNode idNode = entry.get("id");
      if (idNode == null || !idNode.isTextual()) {
        problem(doc, path, "an entry needs the \"id\" of the element it translates");
        return;
      }
      String id = idNode.asText();
      String idPath = JsonDocument.member(path, "id");
      Map<String, Object> source = english.get(kind).get(id);
      if (source == null) {
        // The English element may have been renamed or removed since: out of date, not malformed.
        staleAt(doc, idPath, kind + " \"" + id + "\" has no English element: extra translation");
        return;
      }
      Set<String> bundledIds = replaceable.computeIfAbsent(kind, k -> new LinkedHashSet<>());
      if (!translations.entries.get(kind).add(id)) {
        if (!overriding || !bundledIds.remove(id)) {
          problem(doc, idPath, "a second " + locale + " entry for " + kind + " \"" + id + "\"");
          return;
        }
        translations.texts.get(kind).remove(id);
        translations.aliases.get(kind).remove(id);
        translations.stale.get(kind).remove(id);
      } else if (!overriding) {
        bundledIds.add(id);
      }
      JsonNode aliases = entry.get("aliases");
      if (aliases != null) {
        String aliasPath = JsonDocument.member(path, "aliases");
        if (!ALIASED.contains(kind)) {
          problem(doc, aliasPath, kind + " have no aliases; only " + String.join(", ", ALIASED) + " do");
        } else if (!aliases.isArray()) {
          problem(doc, aliasPath, "\"aliases\" must be an array of strings");
        } else {
          List<String> list = new ArrayList<>();
          for (int i = 0; i < aliases.size(); i++) {
            JsonNode a = aliases.get(i);
            if (!a.isTextual() || a.asText().trim().isEmpty()) {
              problem(doc, JsonDocument.element(aliasPath, i), "an alias must be a non-empty string");
            } else {
              list.add(a.asText());
            }
          }
          translations.aliases.get(kind).put(id, list);
        }
      }
      JsonNode fields = entry.get("fields");
      String fieldsPath = JsonDocument.member(path, "fields");
      if (fields == null || !fields.isObject()) {
        problem(doc, fields == null ? idPath : fieldsPath, "an entry needs \"fields\", an object of translated fields");
        return;
      }
      Map<String, Object> done = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        String name = member.getKey();
        String fieldPath = JsonDocument.member(fieldsPath, name);
        Field field = fieldOrNull(kind, name);
        if (field == null) {
          problemAtKey(doc, fieldPath, "extra field " + name + ": " + kind + " translate " + names(kind));
          continue;
        }
        Object en = source.get(name);
        if (en == null) {
          stale.add(doc.resource(), doc.keyMark(fieldPath), fieldPath, "extra field " + name + ": the English " + id + " has no " + name);
          continue;
        }
        JsonNode value = member.getValue();
        if (!value.isObject()) {
          problem(doc, fieldPath, "a translated field is an object with \"from\" and \"text\"");
          continue;
        }
        onlyKeys(doc, value, fieldPath, ImmutableSet.of("from", "text"));
        JsonNode from = value.get("from");
        String expected = hash(field, en);
        // A translation of older English may have an older shape (a step more or fewer): that is
        // part of its being stale, not a mistake in the file.
        shapeIsStale = from != null && from.isTextual() && !from.asText().equals(expected);
        Object text = text(doc, field, en, value.get("text"), JsonDocument.member(fieldPath, "text"), fieldPath);
        if (text == null) {
          continue;
        }
        if (from == null || !from.isTextual() || !HASH.matcher(from.asText()).matches()) {
          staleAt(doc, from == null ? fieldPath : JsonDocument.member(fieldPath, "from"),
              name + " is unstamped: \"from\" must be the hash of the English text (" + expected
                  + "); run limber l10n stamp");
          stale(kind, id, name);
        } else if (!from.asText().equals(expected)) {
          staleAt(doc, JsonDocument.member(fieldPath, "from"),
              "stale translation of " + name + ": the English changed since it was translated (from "
                  + from.asText() + ", English now " + expected + "); update the text, then run limber l10n stamp");
          stale(kind, id, name);
        } else {
          done.put(name, text);
        }
      }
      for (String name : source.keySet()) {
        if (!fields.has(name) && !locale.contains("-")) {
          // The English may have gained the field since: out of date, not malformed.
          staleAt(doc, fieldsPath, "missing field " + name + " of " + kind + " \"" + id + "\"");
        }
      }
      translations.texts.get(kind).put(id, done);
    }

    /** The translated value, shaped as the English; null (and a problem) if it is not. */
    @SuppressWarnings("unchecked")
    private Object text(JsonDocument doc, Field field, Object en, JsonNode text, String textPath, String fieldPath) {
      if (text == null) {
        problem(doc, fieldPath, "missing \"text\": the translation of " + field.name);
        return null;
      }
      switch (field.shape) {
        case TEXT:
          if (!text.isTextual() || text.asText().trim().isEmpty()) {
            problem(doc, textPath, field.name + " must be a non-empty string");
            return null;
          }
          return text.asText();
        case TEXTS:
          {
            int n = ((List<String>) en).size();
            if (!text.isArray() || text.size() != n) {
              shapeProblem(doc, textPath, field.name + " needs " + n + " non-empty strings, as many as the English has"
                  + (text.isArray() ? ", not " + text.size() : ""));
              return null;
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
              JsonNode t = text.get(i);
              if (!t.isTextual() || t.asText().trim().isEmpty()) {
                problem(doc, JsonDocument.element(textPath, i), field.name + "[" + i + "] must be a non-empty string");
                return null;
              }
              out.add(t.asText());
            }
            return ImmutableList.copyOf(out);
          }
        default:
          {
            List<Map<String, String>> objects = (List<Map<String, String>>) en;
            if (!text.isArray() || text.size() != objects.size()) {
              shapeProblem(doc, textPath, field.name + " needs " + objects.size() + " objects, as many as the English has"
                  + (text.isArray() ? ", not " + text.size() : ""));
              return null;
            }
            List<Map<String, String>> out = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
              Set<String> keys = new LinkedHashSet<>();
              for (String sub : field.subs) {
                String v = objects.get(i).get(sub);
                if (v != null && !v.isEmpty()) {
                  keys.add(sub);
                }
              }
              JsonNode o = text.get(i);
              String at = JsonDocument.element(textPath, i);
              Set<String> has = new LinkedHashSet<>();
              o.fieldNames().forEachRemaining(has::add);
              if (!o.isObject() || !has.equals(keys)) {
                shapeProblem(doc, at, field.name + "[" + i + "] needs exactly the keys " + keys + ", as the English has");
                return null;
              }
              Map<String, String> t = new LinkedHashMap<>();
              for (String k : keys) {
                JsonNode v = o.get(k);
                if (!v.isTextual() || v.asText().trim().isEmpty()) {
                  problem(doc, JsonDocument.member(at, k), field.name + "[" + i + "]." + k + " must be a non-empty string");
                  return null;
                }
                t.put(k, v.asText());
              }
              out.add(t);
            }
            return ImmutableList.copyOf(out);
          }
      }
    }

    private void stale(String kind, String id, String field) {
      translations.stale.get(kind).computeIfAbsent(id, k -> new LinkedHashSet<>()).add(field);
    }

    private void onlyKeys(JsonDocument doc, JsonNode object, String path, Set<String> allowed) {
      object.fieldNames().forEachRemaining(
          k -> {
            if (!allowed.contains(k)) {
              problemAtKey(doc, JsonDocument.member(path, k), "unknown field " + k + "; allowed are " + allowed);
            }
          });
    }

    /** A text of the wrong shape: a problem, or part of a stale translation's being out of date. */
    private void shapeProblem(JsonDocument doc, String path, String message) {
      if (shapeIsStale) {
        staleAt(doc, path, message);
      } else {
        problem(doc, path, message);
      }
    }

    private void staleAt(JsonDocument doc, String path, String message) {
      stale.add(doc.resource(), doc.valueMark(path), path, message);
    }

    private void problem(JsonDocument doc, String path, String message) {
      problems.add(doc.resource(), doc.valueMark(path), path, message);
    }

    private void problemAtKey(JsonDocument doc, String path, String message) {
      problems.add(doc.resource(), doc.keyMark(path), path, message);
    }
  }

  private static Field fieldOrNull(String kind, String name) {
    for (Field f : FIELDS.get(kind)) {
      if (f.name.equals(name)) {
        return f;
      }
    }
    return null;
  }

  private static String names(String kind) {
    List<String> names = new ArrayList<>();
    FIELDS.get(kind).forEach(f -> names.add(f.name));
    return String.join(", ", names);
  }
}
