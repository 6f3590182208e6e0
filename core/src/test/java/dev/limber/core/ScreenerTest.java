package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScreenerTest {
  private final Catalog catalog = SeedCatalog.catalog();

  @Test
  void clearWhenNoRedFlag() {
    assertEquals(Optional.empty(), Screener.of(catalog).screen(ScreeningAnswers.none()));
  }

  @Test
  void theMostUrgentFlagSetsTheUrgencyAndComesFirst() {
    Referral referral = Screener.of(catalog).screen(ScreeningAnswers.of("fever", "saddle-numbness")).orElseThrow();
    assertEquals(Urgency.EMERGENCY, referral.urgency());
    assertEquals(List.of("saddle-numbness", "fever"), referral.redFlagIds());
    assertEquals("Saddle numbness: Go to emergency care now.", referral.reasons().get(0));
  }

  @Test
  void aFirstEpisodeOutsideTheAgeWindowIsAFlagAndTheWindowIsConfigurable() {
    ScreeningAnswers older = ScreeningAnswers.builder().age(62).firstEpisode(true).build();
    Referral referral = Screener.of(catalog).screen(older).orElseThrow();
    assertEquals(Urgency.URGENT, referral.urgency());
    assertEquals(List.of(Screener.AGE_RED_FLAG_ID), referral.redFlagIds());
    assertEquals(Optional.empty(), Screener.of(catalog, 18, 65).screen(older));
    assertEquals(Optional.empty(), Screener.of(catalog).screen(ScreeningAnswers.builder().age(62).build()),
        "pain that has come before is not a first onset");
  }

  @Test
  void theDefaultAgeWindowIncludesBothEdges() {
    Screener screener = Screener.of(catalog);
    assertEquals(Optional.empty(), screener.screen(firstEpisodeAt(Screener.DEFAULT_MIN_AGE)), "20 is inside");
    assertEquals(Optional.empty(), screener.screen(firstEpisodeAt(Screener.DEFAULT_MAX_AGE)), "55 is inside");
    assertEquals(List.of(Screener.AGE_RED_FLAG_ID), screener.screen(firstEpisodeAt(19)).orElseThrow().redFlagIds());
    assertEquals(List.of(Screener.AGE_RED_FLAG_ID), screener.screen(firstEpisodeAt(56)).orElseThrow().redFlagIds());
  }

  @Test
  void aConfiguredAgeWindowIncludesBothEdgesAndMayBeOneAge() {
    Screener screener = Screener.of(catalog, 30, 30);
    assertEquals(Optional.empty(), screener.screen(firstEpisodeAt(30)));
    assertTrue(screener.screen(firstEpisodeAt(29)).isPresent());
    assertTrue(screener.screen(firstEpisodeAt(31)).isPresent());
    assertEquals(Optional.empty(), Screener.of(catalog, 0, 10).screen(firstEpisodeAt(0)), "a window may start at birth");
  }

  @Test
  void withoutAnAgeTheAgeWindowRaisesNothing() {
    assertEquals(Optional.empty(), Screener.of(catalog).screen(ScreeningAnswers.builder().firstEpisode(true).build()));
  }

  @Test
  void theAgeFlagFromOutsideTheCatalogIsUrgentAndGivesAReason() {
    Referral referral = Screener.of(catalog).screen(firstEpisodeAt(70)).orElseThrow();
    assertEquals(Urgency.URGENT, referral.urgency());
    assertEquals(1, referral.reasons().size());
    assertEquals(MessageCode.REFERRAL_AGE, referral.reasonMessages().get(0).code());
    assertTrue(!referral.reasons().get(0).isEmpty());
  }

  @Test
  void aReportedFlagAndTheAgeWindowAreBothReasonsMostUrgentFirst() {
    ScreeningAnswers answers = ScreeningAnswers.builder().age(70).firstEpisode(true).addRedFlags("saddle-numbness").build();
    Referral referral = Screener.of(catalog).screen(answers).orElseThrow();
    assertEquals(Urgency.EMERGENCY, referral.urgency());
    assertEquals(List.of("saddle-numbness", Screener.AGE_RED_FLAG_ID), referral.redFlagIds());
    assertEquals(2, referral.reasons().size());
  }

  @Test
  void aNegativeMinimumAgeIsRefusedButZeroIsAccepted() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Screener.of(catalog, -1, 20));
    assertEquals("minAge (-1) must not be negative", e.getMessage());
    assertEquals(Optional.empty(), Screener.of(catalog, 0, 0).screen(ScreeningAnswers.none()));
  }

  private static ScreeningAnswers firstEpisodeAt(int age) {
    return ScreeningAnswers.builder().age(age).firstEpisode(true).build();
  }

  @Test
  void unknownRedFlagListsCloseMatches() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Screener.of(catalog).screen(ScreeningAnswers.of("fevr")));
    assertTrue(e.getMessage().startsWith("unknown red flag \"fevr\"; did you mean fever"), e.getMessage());
  }

  @Test
  void aBadAgeWindowIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Screener.of(catalog, 60, 20));
    assertEquals("minAge (60) must not be greater than maxAge (20)", e.getMessage());
  }
}
