package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void asciiNamesGetTheSameKeyAsThroughUnicodeNormalization() {
    qt().withExamples(2000)
        .forAll(strings().ascii().ofLengthBetween(0, 24))
        .checkAssert(name -> assertEquals(Names.unicodeKey(name), Names.key(name), name));
  }

  @Test
  void keysDropCaseAccentsApostrophesAndPunctuation() {
    assertEquals("slipped-disc", Names.key("  Slipped  Disc! "));
    assertEquals("runners-knee", Names.key("Runner's knee"));
    assertEquals("runners-knee", Names.key("Runner\u2019s knee"));
    assertEquals("ciatica", Names.key("Ciática"));
  }
}
