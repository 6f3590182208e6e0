package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdsTest {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Test
  void isSlugAgreesWithTheSlugPattern() {
    Random random = new Random(42);
    String alphabet = "az09-Z_ .\u00e9";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder id = new StringBuilder();
      int length = random.nextInt(n % 100 == 0 ? 90 : 8);
      for (int i = 0; i < length; i++) {
        id.append(alphabet.charAt(random.nextInt(n % 2 == 0 ? 5 : alphabet.length())));
      }
      String s = id.toString();
      assertEquals(s.length() <= 80 && SLUG.matcher(s).matches(), Ids.isSlug(s), s);
    }
  }

}
