package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageRendererTest {
  private static final Catalog CATALOG = SeedCatalog.catalog();
  private static final Locale SPANISH = new Locale("es");
  private static final Message CAUTION =
      Message.of(MessageCode.CONTRAINDICATION, "condition", "wrist-pain", "reason", "Sore.", "instead", "");

  /** One example of every code, with every argument it takes. */
  private static final Map<MessageCode, Message> EXAMPLES = new EnumMap<>(MessageCode.class);

  static {
    for (MessageCode code :
        List.of(MessageCode.ITEM_REASON_FOCUS, MessageCode.ITEM_REASON_BALANCED, MessageCode.ITEM_REASON_ROUNDS_OUT)) {
      EXAMPLES.put(
          code,
          Message.of(code, "phase", Phase.MAIN, "kind", ExerciseKind.STATIC_STRETCH, "areas", List.of("lower-back", "hips"), "sets", 2));
    }
    EXAMPLES.put(MessageCode.ITEM_REASON_SEQUENCE, Message.of(MessageCode.ITEM_REASON_SEQUENCE, "sequence", "quick-morning"));
    EXAMPLES.put(MessageCode.CONTRAINDICATION, CAUTION);
    EXAMPLES.put(MessageCode.CAUTION_EXCLUDED, Message.of(MessageCode.CAUTION_EXCLUDED, "caution", CAUTION));
    EXAMPLES.put(MessageCode.NO_SAFE_FORM, Message.of(MessageCode.NO_SAFE_FORM));
    EXAMPLES.put(
        MessageCode.MODIFICATION_REPLACED,
        Message.of(MessageCode.MODIFICATION_REPLACED, "exercise", "cat-cow", "reasons", List.of(CAUTION)));
    EXAMPLES.put(
        MessageCode.MODIFICATION_CHANGED,
        Message.of(MessageCode.MODIFICATION_CHANGED, "changes", List.of("Rest on your forearms."), "reasons", List.of(CAUTION)));
    EXAMPLES.put(MessageCode.REFERRAL_REASON, Message.of(MessageCode.REFERRAL_REASON, "redFlag", "fever"));
    EXAMPLES.put(MessageCode.REFERRAL_AGE, Message.of(MessageCode.REFERRAL_AGE, "redFlag", Screener.AGE_RED_FLAG_ID));
    EXAMPLES.put(MessageCode.INFEASIBLE_NOTHING_SAFE, Message.of(MessageCode.INFEASIBLE_NOTHING_SAFE));
    EXAMPLES.put(MessageCode.INFEASIBLE_TOO_SHORT, Message.of(MessageCode.INFEASIBLE_TOO_SHORT, "seconds", 60));
    Message limit = Message.of(MessageCode.FOCUS_LIMIT, "area", "hips", "limit", Limit.SAFETY);
    EXAMPLES.put(MessageCode.FOCUS_LIMIT, limit);
    EXAMPLES.put(MessageCode.INFEASIBLE_FOCUS, Message.of(MessageCode.INFEASIBLE_FOCUS, "unserved", List.of(limit, limit)));
    EXAMPLES.put(MessageCode.BALANCED_INSTEAD, Message.of(MessageCode.BALANCED_INSTEAD, "area", "hips", "limit", Limit.LEVEL));
    EXAMPLES.put(MessageCode.UNSERVED_FOCUS, Message.of(MessageCode.UNSERVED_FOCUS, "area", "hips", "limit", Limit.TIME));
    EXAMPLES.put(MessageCode.SHORTFALL, Message.of(MessageCode.SHORTFALL, "seconds", 2, "limit", Limit.EQUIPMENT));
    EXAMPLES.put(MessageCode.LEFT_OUT, Message.of(MessageCode.LEFT_OUT, "exercise", "cat-cow", "reasons", List.of(CAUTION)));
    EXAMPLES.put(MessageCode.SEQUENCE_ALL_LEFT_OUT, Message.of(MessageCode.SEQUENCE_ALL_LEFT_OUT, "sequence", "quick-morning"));
    EXAMPLES.put(MessageCode.DISCLAIMER, Message.of(MessageCode.DISCLAIMER));
    EXAMPLES.put(MessageCode.TEXT, Message.text("As written."));
  }

  private static String render(Locale locale, Message message) {
    return MessageRenderer.of(CATALOG, locale).render(message);
  }

  @ParameterizedTest
  @EnumSource(MessageCode.class)
  void everyCodeHasAWordingInEveryBundledLanguage(MessageCode code) {
    Message example = EXAMPLES.get(code);
    assertTrue(example != null, "no example of " + code + ": add one, and its wording in every language");
    for (Locale locale : MessageRenderer.LANGUAGES) {
      String text = render(locale, example);
      assertFalse(text.trim().isEmpty(), code + " in " + locale);
      assertFalse(text.contains("null"), code + " in " + locale + ": " + text);
    }
    if (code != MessageCode.TEXT && code != MessageCode.CONTRAINDICATION && code != MessageCode.REFERRAL_REASON) {
      assertNotEquals(render(Locale.ENGLISH, example), render(Locale.GERMAN, example), code.toString());
      assertNotEquals(render(Locale.ENGLISH, example), render(SPANISH, example), code.toString());
      assertNotEquals(render(Locale.GERMAN, example), render(SPANISH, example), code.toString());
    }
  }

  @Test
  void englishWordingIsLimbersOwn() {
    assertEquals(
        "Main: a slow stretch that serves your focus on lower back, hips, in 2 sets.",
        render(Locale.ENGLISH, EXAMPLES.get(MessageCode.ITEM_REASON_FOCUS)));
    assertEquals(Limber.DISCLAIMER, render(Locale.ENGLISH, Message.of(MessageCode.DISCLAIMER)));
    assertEquals(
        "Left out cat cow: Wrist pain: Sore.",
        render(Locale.ENGLISH, EXAMPLES.get(MessageCode.LEFT_OUT)));
  }

  @Test
  void pluralsFollowEachLanguage() {
    Message one = Message.of(MessageCode.SHORTFALL, "seconds", 1, "limit", Limit.TIME);
    Message two = Message.of(MessageCode.SHORTFALL, "seconds", 2, "limit", Limit.TIME);
    assertTrue(render(Locale.GERMAN, one).startsWith("Die Routine ist 1 Sekunde kürzer"), render(Locale.GERMAN, one));
    assertTrue(render(Locale.GERMAN, two).startsWith("Die Routine ist 2 Sekunden kürzer"));
    assertTrue(render(SPANISH, one).startsWith("La rutina dura 1 segundo menos"), render(SPANISH, one));
    assertTrue(render(SPANISH, two).startsWith("La rutina dura 2 segundos menos"));

    Message oneSecond = Message.of(MessageCode.INFEASIBLE_TOO_SHORT, "seconds", 1);
    Message twoSeconds = Message.of(MessageCode.INFEASIBLE_TOO_SHORT, "seconds", 2);
    assertTrue(render(Locale.ENGLISH, oneSecond).contains("fits in 1 second;"));
    assertTrue(render(Locale.ENGLISH, twoSeconds).contains("fits in 2 seconds;"));

    Message sets = Message.of(MessageCode.ITEM_REASON_BALANCED, "phase", Phase.MAIN, "kind", ExerciseKind.RELAXATION, "areas", List.of("hips"), "sets", 3);
    assertTrue(render(Locale.GERMAN, sets).endsWith("in 3 Sätzen."), render(Locale.GERMAN, sets));
    assertTrue(render(SPANISH, sets).endsWith("en 3 series."), render(SPANISH, sets));
  }

  @Test
  void largeNumbersAreGroupedAsEachLanguageDoes() {
    Message big = Message.of(MessageCode.INFEASIBLE_TOO_SHORT, "seconds", 12345);
    assertTrue(render(Locale.ENGLISH, big).contains("12345 seconds"));
    assertTrue(render(Locale.GERMAN, big).contains("12.345 Sekunden"), render(Locale.GERMAN, big));
    assertTrue(render(Locale.GERMAN, Message.of(MessageCode.INFEASIBLE_TOO_SHORT, "seconds", 1234)).contains("1234 Sekunden"));
  }

  @Test
  void regionalLocalesUseTheirLanguageAndOthersEnglish() {
    assertEquals(Locale.GERMAN, MessageRenderer.of(CATALOG, Locale.forLanguageTag("de-AT")).language());
    assertEquals(SPANISH, MessageRenderer.of(CATALOG, Locale.forLanguageTag("es-MX")).language());
    assertEquals(Locale.ENGLISH, MessageRenderer.of(CATALOG, Locale.JAPANESE).language());
    assertEquals(Locale.ENGLISH, MessageRenderer.of(CATALOG).language());
  }

  @Test
  void composedResultsCarryTheMessagesTheirTextsAreRenderedFrom() {
    ComposeResult result =
        RoutineComposer.of(CATALOG)
            .compose(ComposeRequest.builder().budgetSeconds(600).putFocus("lower-back", 1.0).addConditions("wrist-pain").build());
    Routine routine = result.routineOrThrow();
    MessageRenderer english = MessageRenderer.of(CATALOG);
    for (RoutineItem item : routine.items()) {
      assertNotEquals(MessageCode.TEXT, item.reasonMessage().code());
      assertEquals(item.reason(), english.render(item.reasonMessage()));
      assertEquals(item.warnings(), english.renderAll(item.warningMessages()));
      assertEquals(item.modification(), item.modificationMessage().map(english::render));
    }
    assertEquals(routine.warnings(), english.renderAll(routine.warningMessages()));
  }

  @Test
  void aCatalogInAnotherLocaleGivesResultsInThatLanguage() {
    Catalog german = Catalog.builder().addAll(CATALOG).locale(Locale.GERMAN).build();
    Routine routine =
        RoutineComposer.of(german).compose(ComposeRequest.builder().budgetSeconds(600).putFocus("lower-back", 1.0).build()).routineOrThrow();
    assertTrue(
        ImmutableSet.of("Aufwärmen", "Hauptteil", "Ausklang").contains(routine.items().get(0).reason().split(":")[0]),
        routine.items().get(0).reason());
    Optional<Referral> referral = Screener.of(german).screen(ScreeningAnswers.of("fever"));
    assertEquals(MessageCode.REFERRAL_REASON, referral.orElseThrow().reasonMessages().get(0).code());
  }

  @Test
  void messagesRejectArgumentsOfOtherKinds() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Message.of(MessageCode.TEXT, "text", 1.5));
    assertEquals("text{text=x}", Message.text("x").toString());
    assertEquals(MessageCode.ITEM_REASON_FOCUS, MessageCode.fromId("item-reason-focus"));
  }

  private static Message reason(Phase phase, ExerciseKind kind, int sets) {
    return Message.of(MessageCode.ITEM_REASON_BALANCED, "phase", phase, "kind", kind, "areas", List.of("hips"), "sets", sets);
  }

  @Test
  void everyPhaseKindAndLimitHasItsOwnWordsInEveryLanguage() {
    for (Locale locale : MessageRenderer.LANGUAGES) {
      Set<String> phases = new HashSet<>();
      for (Phase phase : Phase.values()) {
        phases.add(render(locale, reason(phase, ExerciseKind.STATIC_STRETCH, 1)).split(":")[0]);
      }
      assertEquals(Phase.values().length, phases.size(), locale + ": " + phases);
      assertFalse(phases.contains(""), locale.toString());
      Set<String> kinds = new HashSet<>();
      for (ExerciseKind kind : ExerciseKind.values()) {
        kinds.add(render(locale, reason(Phase.MAIN, kind, 1)));
      }
      assertEquals(ExerciseKind.values().length, kinds.size(), locale + ": " + kinds);
      Set<String> limits = new HashSet<>();
      for (Limit limit : Limit.values()) {
        String text = render(locale, Message.of(MessageCode.UNSERVED_FOCUS, "area", "hips", "limit", limit));
        assertFalse(text.endsWith(": ."), locale + ": " + text);
        limits.add(text);
      }
      assertEquals(Limit.values().length, limits.size(), locale + ": " + limits);
    }
  }

  @Test
  void oneSetIsNotMentionedAndMoreAreCountedInEachLanguage() {
    assertEquals("Warm-up: gentle mobility that works your hips.", render(Locale.ENGLISH, reason(Phase.WARM_UP, ExerciseKind.DYNAMIC_MOBILITY, 1)));
    assertEquals(
        "Cool-down: relaxation that works your hips, in 2 sets.", render(Locale.ENGLISH, reason(Phase.COOL_DOWN, ExerciseKind.RELAXATION, 2)));
    assertFalse(render(Locale.GERMAN, reason(Phase.MAIN, ExerciseKind.STATIC_STRETCH, 1)).contains("Satz"));
    assertTrue(render(Locale.GERMAN, reason(Phase.MAIN, ExerciseKind.STATIC_STRETCH, 2)).endsWith(", in 2 Sätzen."));
    assertFalse(render(SPANISH, reason(Phase.MAIN, ExerciseKind.STATIC_STRETCH, 1)).contains("serie"));
    assertTrue(render(SPANISH, reason(Phase.MAIN, ExerciseKind.STATIC_STRETCH, 2)).endsWith(", en 2 series."));
  }

  @Test
  void zeroTakesThePluralInEveryLanguage() {
    Message zero = Message.of(MessageCode.INFEASIBLE_TOO_SHORT, "seconds", 0);
    assertTrue(render(Locale.ENGLISH, zero).contains("fits in 0 seconds;"), render(Locale.ENGLISH, zero));
    assertTrue(render(Locale.GERMAN, zero).startsWith("in 0 Sekunden "), render(Locale.GERMAN, zero));
    assertTrue(render(SPANISH, zero).contains("cabe en 0 segundos;"), render(SPANISH, zero));
  }

  @Test
  void germanAndSpanishGroupFromTenThousandOnAndEnglishNever() {
    MessageRenderer german = MessageRenderer.of(CATALOG, Locale.GERMAN);
    MessageRenderer spanish = MessageRenderer.of(CATALOG, SPANISH);
    MessageRenderer english = MessageRenderer.of(CATALOG, Locale.ENGLISH);
    assertEquals("9999", german.number(9999));
    assertEquals("10.000", german.number(10_000));
    assertEquals("-10.000", german.number(-10_000));
    assertEquals("-9999", german.number(-9999));
    assertEquals("12.345", spanish.number(12_345));
    assertEquals("9999", spanish.number(9999));
    assertEquals("1234567", english.number(1_234_567));
    assertEquals("10.000 Sekunden", german.plural(10_000, "Sekunde", "Sekunden"));
  }

  @Test
  void areasReadInsideASentenceAndUnknownElementsByTheirId() {
    Catalog named =
        Catalog.builder().addAll(CATALOG).addAreas(SeedCatalog.area("neck", null).toBuilder().name("Neck Ñandú").build()).build();
    assertEquals("neck ñandú", MessageRenderer.of(named, Locale.ENGLISH).area("neck"));
    assertEquals("Neck Ñandú", MessageRenderer.of(named, Locale.GERMAN).area("neck"));
    assertEquals("neck ñandú", MessageRenderer.of(named, SPANISH).area("neck"));
    assertEquals("neck ñandú, lower back", MessageRenderer.of(named, Locale.ENGLISH).areas(List.of("neck", "lower-back")));
    MessageRenderer english = MessageRenderer.of(CATALOG, Locale.ENGLISH);
    assertEquals("no-such-area", english.area("no-such-area"));
    assertEquals("no-such-exercise", english.exercise("no-such-exercise"));
    assertEquals("no-such-condition", english.condition("no-such-condition"));
    assertEquals("no-such-sequence", english.sequence("no-such-sequence"));
    assertEquals("no-such-flag", english.redFlag("no-such-flag"));
    assertEquals("Fever: See a doctor before exercising.", english.redFlag("fever"));
    assertEquals("Osteoporosis", english.condition("osteoporosis"));
    assertEquals("Quick morning", english.sequence("quick-morning"));
    assertEquals("cat cow", english.exercise("cat-cow"));
  }

  @Test
  void aRendererKeepsTheLocaleAskedForAndRendersListsInOrder() {
    Locale austrian = Locale.forLanguageTag("de-AT");
    MessageRenderer renderer = MessageRenderer.of(CATALOG, austrian);
    assertEquals(austrian, renderer.locale());
    assertEquals(CATALOG.locale(), MessageRenderer.of(CATALOG).locale());
    assertEquals(
        List.of(render(Locale.GERMAN, Message.text("b")), render(Locale.GERMAN, Message.of(MessageCode.DISCLAIMER))),
        renderer.renderAll(List.of(Message.text("b"), Message.of(MessageCode.DISCLAIMER))));
  }

  @Test
  void aContraindicationNamesItsAlternativeOnlyWhenItHasOne() {
    Message with = Message.of(MessageCode.CONTRAINDICATION, "condition", "wrist-pain", "reason", "Sore.", "instead", "Use fists.");
    assertEquals("Wrist pain: Sore. Instead: Use fists.", render(Locale.ENGLISH, with));
    assertEquals("Wrist pain: Sore.", render(Locale.ENGLISH, CAUTION));
    assertTrue(render(Locale.GERMAN, with).endsWith(" Stattdessen: Use fists."));
    assertFalse(render(Locale.GERMAN, CAUTION).contains("Stattdessen"));
    assertTrue(render(SPANISH, with).endsWith(" En su lugar: Use fists."));
    assertFalse(render(SPANISH, CAUTION).contains("En su lugar"));
  }

  @Test
  void nestedMessagesAreRenderedInTheirPlaces() {
    assertEquals(
        "Rest on your forearms. Why: Wrist pain: Sore.", render(Locale.ENGLISH, EXAMPLES.get(MessageCode.MODIFICATION_CHANGED)));
    assertEquals("Replaces cat cow. Wrist pain: Sore.", render(Locale.ENGLISH, EXAMPLES.get(MessageCode.MODIFICATION_REPLACED)));
    assertEquals(
        "Wrist pain: Sore. (cautions are excluded by request)", render(Locale.ENGLISH, EXAMPLES.get(MessageCode.CAUTION_EXCLUDED)));
    String both = render(Locale.ENGLISH, EXAMPLES.get(MessageCode.INFEASIBLE_FOCUS));
    String one = render(Locale.ENGLISH, EXAMPLES.get(MessageCode.FOCUS_LIMIT));
    assertTrue(both.contains(one + "; " + one + ";"), both);
  }
}
