package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
}
