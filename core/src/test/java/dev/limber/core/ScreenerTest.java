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
