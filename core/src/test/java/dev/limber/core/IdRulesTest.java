package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdRulesTest {
  private static final List<String> AREAS = List.of("lower-back", "mid-back", "neck", "hamstrings");

  @Test
  void closeMatchesListsTheNearestKnownIdsFirst() {
    assertEquals(List.of("lower-back"), IdRules.closeMatches("lower-bak", AREAS));
    assertEquals(List.of("hamstrings"), IdRules.closeMatches("hamstring", AREAS));
    assertEquals(List.of(), IdRules.closeMatches("shoulders", AREAS));
  }

  @Test
  void unknownMessageNamesTheKindTheIdAndTheCloseMatches() {
    assertEquals(
        "unknown area \"lower-bak\"; did you mean lower-back?",
        IdRules.unknownMessage("area", "lower-bak", AREAS));
    assertEquals(
        "unknown area \"shoulders\"", IdRules.unknownMessage("area", "shoulders", AREAS));
  }

  @Test
  void unknownMessageIsTheOneTheCatalogReports() {
    Catalog catalog = SeedCatalog.catalog();
    String expected =
        IdRules.unknownMessage(
            "exercise", "cat-co", catalog.exercises().stream().map(Exercise::id).toList());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> catalog.exerciseOrThrow("cat-co"));

    assertEquals(expected, e.getMessage());
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(IdRules.class);
  }
}
