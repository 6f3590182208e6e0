package dev.limber.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.limber.core.DosageUnit;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliTextTest {
  @Test
  void everyLabelHasAnEnglishGermanAndSpanishText() {
    for (Map.Entry<String, String[]> e : CliText.all().entrySet()) {
      assertEquals(3, e.getValue().length, e.getKey());
      for (String text : e.getValue()) {
        assertFalse(text.trim().isEmpty(), e.getKey());
      }
    }
  }

  @Test
  void pluralsAndFallbacks() {
    CliText german = CliText.of(Locale.forLanguageTag("de-AT"));
    assertEquals("1 Atemzug", german.count(1, DosageUnit.BREATHS));
    assertEquals("2 Atemzüge", german.count(2, DosageUnit.BREATHS));
    assertEquals("1 repetición", CliText.of(new Locale("es")).count(1, DosageUnit.REPETITIONS));
    assertEquals("2 repeticiones", CliText.of(new Locale("es")).count(2, DosageUnit.REPETITIONS));
    assertEquals("1 breath", CliText.of(Locale.JAPANESE).count(1, DosageUnit.BREATHS));
    assertEquals("2 breaths", CliText.english().count(2, DosageUnit.BREATHS));
    assertNotEquals(CliText.english().get("total", 1, 2, 3, 4), german.get("total", 1, 2, 3, 4));
  }
}
