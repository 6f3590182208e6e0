package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bounded generated run of {@link CatalogFuzzTest}: a fixed number of files made by mutating
 * the committed fuzz inputs with a seeded {@link Random} (bytes flipped, cut, repeated, or hostile
 * tokens spliced in), each checked as the fuzz test checks it. Seeded, so a failure names a case
 * that fails again; about two seconds, so it runs in every build.
 */
class CatalogMutationTest {
  private static final int CASES = 600;
  private static final long SEED = 20261202L;
  private static final List<byte[]> TOKENS =
      Stream.of(
              "1e999999999", "-1e2147483648", "99999999999999999999", "0.5", "-1", "null", "true",
              "[]", "{}", "\"\"", "\"\\ud800\"", "\"a\\nb\"", "\"ıntermediate\"", "[[[[[[[[[[[[",
              "{\"a\":{\"a\":{\"a\":", ",", ":", "\"id\": \"x\",", "\"$schema\": 1,", "\uFEFF",
              "\"cat-cow\"", "\"warm-up\"", "\"main\"", "\"cool-down\"")
          .map(s -> s.getBytes(StandardCharsets.UTF_8))
          .collect(Collectors.toList());

  @Test
  void theUnmutatedSeedsLoadCleanSoThatMutantsReachEveryReader() {
    assertEquals(
        List.of(),
        CatalogFuzzTest.check(
            CatalogFuzzTest.PLACES.get(0),
            Fixtures.text("base/exercises/knee-to-chest.json").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void mutatedCatalogFilesGiveProblemsNeverErrors() {
    List<byte[]> seeds = seeds();
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
      String place = CatalogFuzzTest.PLACES.get(random.nextInt(CatalogFuzzTest.PLACES.size()));
      try {
        CatalogFuzzTest.check(place, input);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "case " + i + " at " + place + ": " + new String(input, StandardCharsets.UTF_8), e);
      }
    }
  }

  private static byte[] mutate(byte[] seed, Random random) {
    byte[] bytes = seed.length > 0 && seed[0] < 8 ? Arrays.copyOfRange(seed, 1, seed.length) : seed;
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      switch (random.nextInt(5)) {
        case 0: // flip a byte
          if (bytes.length > 0) {
            bytes = bytes.clone();
            bytes[at] = (byte) random.nextInt(256);
          }
          break;
        case 1: // cut a range
          int end = Math.min(bytes.length, at + random.nextInt(64));
          bytes = concat(Arrays.copyOfRange(bytes, 0, at), Arrays.copyOfRange(bytes, end, bytes.length));
          break;
        case 2: // repeat a range
          int to = Math.min(bytes.length, at + random.nextInt(32));
          byte[] range = Arrays.copyOfRange(bytes, at, to);
          List<byte[]> parts = new ArrayList<>();
          parts.add(Arrays.copyOfRange(bytes, 0, to));
          for (int r = random.nextInt(8); r > 0; r--) {
            parts.add(range);
          }
          parts.add(Arrays.copyOfRange(bytes, to, bytes.length));
          bytes = concat(parts.toArray(new byte[0][]));
          break;
        default: // splice in a token, replacing what follows a quote or colon up to a comma
          byte[] token = TOKENS.get(random.nextInt(TOKENS.size()));
          int stop = at;
          while (stop < bytes.length && bytes[stop] != ',' && stop - at < 40) {
            stop++;
          }
          bytes =
              concat(
                  Arrays.copyOfRange(bytes, 0, at),
                  token,
                  Arrays.copyOfRange(bytes, random.nextBoolean() ? stop : at, bytes.length));
      }
    }
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static List<byte[]> seeds() {
    Path inputs = Fixtures.path("../CatalogFuzzTestInputs/aCatalogFileOfAnyBytes");
    try (Stream<Path> files = Files.list(inputs)) {
      List<Path> sorted = files.sorted().collect(Collectors.toList());
      List<byte[]> seeds = new ArrayList<>();
      for (Path f : sorted) {
        seeds.add(Files.readAllBytes(f));
      }
      return seeds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
