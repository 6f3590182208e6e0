package dev.limber.data;

import com.google.common.collect.ImmutableList;
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
import dev.limber.data.LocaleOverlays.Translations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the catalog for a locale from the English one and the translations of each locale of its
 * fallback chain ({@code de-AT}, then {@code de}), field by field: the first locale of the chain
 * with an up-to-date translation of a field gives it, else the English stays. Ids, facts and
 * structure never change, so the composer gives the same routine in every locale.
 */
final class Localizer {
  private final List<Translations> chain;

  Localizer(List<Translations> chain) {
    this.chain = chain;
  }

  /** The fallback chain of {@code locale}: {@code de-AT} gives {@code [de-AT, de]}; English gives none. */
  static List<String> chain(Locale locale) {
    List<String> tags = new ArrayList<>();
    String tag = locale.toLanguageTag();
    while (!tag.isEmpty() && !tag.equals("und")) {
      if (!tag.equals("en") && !tag.startsWith("en-")) {
        tags.add(tag);
      }
      int dash = tag.lastIndexOf('-');
      tag = dash < 0 ? "" : tag.substring(0, dash);
    }
    return tags;
  }

  Catalog localize(Catalog english, Locale locale) {
    Catalog.Builder out = Catalog.builder().locale(locale);
    for (Exercise e : english.exercises()) {
      String k = LocaleOverlays.EXERCISES;
      Exercise.Builder b = e.toBuilder();
      b.name(text(k, e.id(), "name", e.name()));
      if (!e.summary().isEmpty()) {
        b.summary(text(k, e.id(), "summary", e.summary()));
      }
      b.steps(texts(k, e.id(), "steps", e.steps()));
      b.cues(texts(k, e.id(), "cues", e.cues()));
      b.safetyNotes(texts(k, e.id(), "safetyNotes", e.safetyNotes()));
      List<Map<String, String>> mods = objects(k, e.id(), "modifications");
      if (mods != null) {
        List<ExerciseModification> list = new ArrayList<>();
        for (int i = 0; i < e.modifications().size(); i++) {
          list.add(e.modifications().get(i).toBuilder().description(mods.get(i).get("description")).build());
        }
        b.modifications(list);
      }
      List<Map<String, String>> contra = objects(k, e.id(), "contraindications");
      if (contra != null) {
        List<Contraindication> list = new ArrayList<>();
        for (int i = 0; i < e.contraindications().size(); i++) {
          Contraindication c = e.contraindications().get(i);
          Map<String, String> t = contra.get(i);
          list.add(c.toBuilder().reason(t.getOrDefault("reason", c.reason())).instead(t.getOrDefault("instead", c.instead())).build());
        }
        b.contraindications(list);
      }
      b.aliases(aliases(k, e.id(), e.name(), text(k, e.id(), "name", e.name()), e.aliases()));
      out.addExercises(b.build());
    }
    for (TargetArea a : english.areas()) {
      String k = LocaleOverlays.AREAS;
      out.addAreas(
          a.toBuilder()
              .name(text(k, a.id(), "name", a.name()))
              .aliases(aliases(k, a.id(), a.name(), text(k, a.id(), "name", a.name()), a.aliases()))
              .build());
    }
    for (Condition c : english.conditions()) {
      String k = LocaleOverlays.CONDITIONS;
      Condition.Builder b =
          c.toBuilder()
              .name(text(k, c.id(), "name", c.name()))
              .description(text(k, c.id(), "description", c.description()))
              .aliases(aliases(k, c.id(), c.name(), text(k, c.id(), "name", c.name()), c.aliases()));
      List<Map<String, String>> rules = objects(k, c.id(), "rules");
      if (rules != null) {
        List<ConditionRule> list = new ArrayList<>();
        for (int i = 0; i < c.rules().size(); i++) {
          ConditionRule r = c.rules().get(i);
          Map<String, String> t = rules.get(i);
          list.add(r.toBuilder().reason(t.getOrDefault("reason", r.reason())).instead(t.getOrDefault("instead", r.instead())).build());
        }
        b.rules(list);
      }
      out.addConditions(b.build());
    }
    for (RedFlag r : english.redFlags()) {
      String k = LocaleOverlays.RED_FLAGS;
      out.addRedFlags(
          r.toBuilder()
              .name(text(k, r.id(), "name", r.name()))
              .question(text(k, r.id(), "question", r.question()))
              .description(text(k, r.id(), "description", r.description()))
              .build());
    }
    for (Goal g : english.goals()) {
      String k = LocaleOverlays.GOALS;
      out.addGoals(
          g.toBuilder()
              .name(text(k, g.id(), "name", g.name()))
              .description(text(k, g.id(), "description", g.description()))
              .build());
    }
    for (Advice a : english.advice()) {
      String k = LocaleOverlays.ADVICE;
      out.addAdvice(
          a.toBuilder()
              .name(text(k, a.id(), "name", a.name()))
              .summary(text(k, a.id(), "summary", a.summary()))
              .tips(texts(k, a.id(), "tips", a.tips()))
              .build());
    }
    for (Sequence s : english.sequences()) {
      String k = LocaleOverlays.SEQUENCES;
      out.addSequences(
          s.toBuilder()
              .name(text(k, s.id(), "name", s.name()))
              .description(text(k, s.id(), "description", s.description()))
              .build());
    }
    out.addAllPoses(english.poses());
    return out.build();
  }

  private @Nullable Object translated(String kind, String id, String field) {
    for (Translations t : chain) {
      Map<String, Object> fields = t.texts.get(kind).get(id);
      if (fields != null && fields.containsKey(field)) {
        return fields.get(field);
      }
    }
    return null;
  }

  private String text(String kind, String id, String field, String english) {
    Object t = translated(kind, id, field);
    return t == null ? english : (String) t;
  }

  @SuppressWarnings("unchecked")
  private List<String> texts(String kind, String id, String field, List<String> english) {
    Object t = translated(kind, id, field);
    return t == null ? english : (List<String>) t;
  }

  @SuppressWarnings("unchecked")
  private @Nullable List<Map<String, String>> objects(String kind, String id, String field) {
    return (List<Map<String, String>>) translated(kind, id, field);
  }

  /**
   * The aliases of every locale of the chain, then the English name and aliases, so that a user
   * can type either language.
   */
  private List<String> aliases(String kind, String id, String englishName, String name, List<String> english) {
    Set<String> all = new LinkedHashSet<>();
    for (Translations t : chain) {
      all.addAll(t.aliases.get(kind).getOrDefault(id, ImmutableList.of()));
    }
    if (!englishName.equals(name)) {
      all.add(englishName);
    }
    all.addAll(english);
    all.remove(name);
    return new ArrayList<>(all);
  }
}
