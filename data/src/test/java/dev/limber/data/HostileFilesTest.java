package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.limber.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files made to hurt the reader: each gives a clean problem at its place, in little memory (which
 * bounds the work too: reading any of these files in full, or converting its number, would take a
 * gigabyte or more), and never hides the problems of the other files beside it. Nothing here is
 * timed, so a busy machine cannot fail it.
 */
class HostileFilesTest {
  /**
   * The most one validation here may allocate: three times what the largest case needs (the
   * 200,000 values of {@link #manySmallValuesAreAProblem}, about 40 MiB, parsed twice to place the
   * problem), and far below what reading any hostile file in full would.
   */
  private static final long LITTLE_MEMORY = 128L << 20;

  @TempDir Path dir;

  /** A copy of the base fixture catalog, which loads clean, to put hostile files into. */
  @BeforeEach
  void copyTheBaseCatalog() throws IOException {
    Path base = Fixtures.base();
    try (Stream<Path> files = Files.walk(base)) {
      for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        Path to = dir.resolve(base.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
    }
  }

  /** The base exercise with {@code "min": 20} replaced by {@code "min": <number>}. */
  private static String exerciseWithMin(String number) {
    return Fixtures.text("base/exercises/knee-to-chest.json")
        .replace("\"min\": 20", "\"min\": " + number);
  }

  private static String repeat(String s, int times) {
    return s.repeat(times);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e999999999",
        "1e2147483648",
        "-1e-999999999",
        "1E+99999999999999999999999999",
        "123456789012345678901234567890123456789012345678901234567890",
        "0.00000000000000000000000000000000000000000000000000000000001"
      })
  void aNumberOfHostileSizeIsAProblemAtItsPlace(String number) throws IOException {
    List<Problem> problems = validateQuickly(write("exercises/knee-to-chest.json", exerciseWithMin(number)));
    Problem first = only(problems, "knee-to-chest.json");
    assertTrue(first.line() > 1, first::toString);
    assertTrue(first.message().contains("number"), first::toString);
  }

  @Test
  void smallFractionsAndIntegralDecimalsStillReadAsBefore() throws IOException {
    assertEquals(
        List.of(),
        validateQuickly(write("exercises/knee-to-chest.json", exerciseWithMin("20.0"))));
    assertTrue(
        validateQuickly(write("exercises/knee-to-chest.json", exerciseWithMin("2e1"))).isEmpty());
    String message =
        only(
                validateQuickly(write("exercises/knee-to-chest.json", exerciseWithMin("1e100"))),
                "knee-to-chest.json")
            .message();
    assertTrue(message.contains("must be at most"), message);
  }

  @Test
  void deepNestingIsAProblem() throws IOException {
    Problem p = only(validateQuickly(write("exercises/deep.json", repeat("[", 100_000))), "deep.json");
    assertTrue(p.message().contains("nested too deeply"), p::toString);
    assertEquals(1, p.line());
  }

  @Test
  void aHugeFieldNameIsAProblem() throws IOException {
    Problem p =
        only(
            validateQuickly(write("exercises/name.json", "{\"" + repeat("a", 1_000_000) + "\": 1}")),
            "name.json");
    assertTrue(p.message().contains("field name is too long"), p::toString);
  }

  @Test
  void aHugeStringIsAProblem() throws IOException {
    String text = exerciseWithMin("20").replace("Hug one knee in.", repeat("x", 900_000));
    Problem p = only(validateQuickly(write("exercises/knee-to-chest.json", text)), "knee-to-chest.json");
    assertTrue(p.message().contains("string is too long"), p::toString);
    assertTrue(p.line() > 1, p::toString);
  }

  @Test
  void aFileOverTheSizeLimitIsNotRead() throws IOException {
    Path file = write("exercises/big.json", "[" + repeat("1,", 3_000_000) + "1]");
    Problem p = only(validateQuickly(file), "big.json");
    assertTrue(p.message().contains("too large"), p::toString);
  }

  @Test
  void manySmallValuesAreAProblem() throws IOException {
    Path file = write("exercises/many.json", "[" + repeat("0,", 400_000) + "0]");
    Problem p = only(validateQuickly(file), "many.json");
    assertTrue(p.message().contains("too many values"), p::toString);
  }

  @Test
  void aDeviceIsRefusedWithoutBeingRead() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));
    Problem p = only(validateQuickly(zero), "zero");
    assertTrue(p.message().contains("not a regular file"), p::toString);
  }

  @Test
  void aNamedPipeIsRefusedWithoutBeingOpened() throws Exception {
    Path pipe = dir.resolve("exercises/pipe.json");
    Files.createDirectories(pipe.getParent());
    assumeTrue(mkfifo(pipe));
    // Opening a pipe to write blocks until someone opens it to read: had the reader opened it,
    // the writer would have got through (and the reader would have waited for its data).
    CountDownLatch opened = new CountDownLatch(1);
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(pipe)) {
                opened.countDown();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    writer.setDaemon(true);
    writer.start();
    Problem p = only(validateQuickly(dir), "pipe.json");
    assertTrue(p.message().contains("not a regular file"), p::toString);
    assertEquals(1, opened.getCount(), "the reader opened the pipe");
    try (InputStream in = Files.newInputStream(pipe)) {
      writer.join();
    }
  }

  @Test
  void brokenLinksLoopsAndFoldersNamedJsonAreReportedInACatalogDirectory() throws IOException {
    Path exercises = Files.createDirectories(dir.resolve("exercises"));
    assumeTrue(symlinks(exercises));
    Files.createSymbolicLink(exercises.resolve("broken.json"), exercises.resolve("nowhere.json"));
    Files.createSymbolicLink(exercises.resolve("loop.json"), exercises.resolve("loop.json"));
    Files.createDirectories(exercises.resolve("folder.json"));
    List<Problem> problems = validateQuickly(dir);
    assertTrue(only(problems, "broken.json").message().contains("broken symbolic link"));
    assertTrue(only(problems, "loop.json").message().contains("link"));
    assertTrue(only(problems, "folder.json").message().contains("a directory, not a file"));
  }

  @Test
  void aLinkToARegularFileIsFollowed() throws IOException {
    Path exercises = Files.createDirectories(dir.resolve("exercises"));
    assumeTrue(symlinks(exercises));
    Path target = Files.writeString(dir.resolve("elsewhere.txt"), exerciseWithMin("20"));
    Files.delete(exercises.resolve("knee-to-chest.json"));
    Files.createSymbolicLink(exercises.resolve("knee-to-chest.json"), target);
    assertEquals(List.of(), validateQuickly(dir));
  }

  @Test
  void oneHostileFileDoesNotHideTheProblemsOfTheOthers() throws IOException {
    write("exercises/deep.json", repeat("{\"a\":", 50_000));
    write("exercises/number.json", exerciseWithMin("1e2147483648"));
    write("exercises/name.json", "{\"" + repeat("n", 100_000) + "\": 1}");
    write(
        "exercises/knee-to-chest.json",
        exerciseWithMin("20").replace("\"lower-back\"", "\"lower-bak\""));
    List<Problem> problems = validateQuickly(dir);
    assertTrue(problems.stream().anyMatch(p -> p.message().contains("lower-bak")), problems::toString);
    for (String file : List.of("deep.json", "number.json", "name.json")) {
      assertTrue(
          problems.stream().anyMatch(p -> p.resource().endsWith(file)), file + " in " + problems);
    }
  }

  @Test
  void aHostileFileLoadedThroughTheBuilderThrowsOnlyTheCatalogException() throws IOException {
    Path file = write("exercises/deep.json", repeat("[", 10_000));
    dev.limber.core.CatalogException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dev.limber.core.CatalogException.class,
            () -> CatalogLoader.builder().includeBundled(false).addFile(file).load());
    assertTrue(e.problems().get(0).message().contains("nested too deeply"));
  }

  /** The problems of the copied catalog, and of {@code path} if it is not in it. */
  @Test
  void aLoneSurrogateWrittenAsAnEscapeIsAProblemAtItsPlace() throws IOException {
    String text = exerciseWithMin("20").replace("\"Knee to chest\"", "\"Knee \\ud800 chest\"");
    Problem p = only(validateQuickly(write("exercises/knee-to-chest.json", text)), "knee-to-chest.json");
    assertTrue(p.message().contains("lone surrogate (\\ud800"), p::toString);
    assertEquals("$.name", p.path());
    assertTrue(p.line() > 1, p::toString);
  }

  @Test
  void aLoneSurrogateInJsonGivenAsTextIsAProblemNotAQuestionMark() {
    String text = exerciseWithMin("20").replace("Knee to chest", "Knee \ud800 chest");
    List<Problem> problems =
        CatalogLoader.builder()
            .includeBundled(false)
            .addJson("exercises/knee-to-chest.json", text)
            .problems();
    Problem p = only(problems, "knee-to-chest.json");
    assertTrue(p.message().contains("lone surrogate"), p::toString);
    assertEquals(4, p.line(), p::toString);
  }

  @Test
  void aPairedSurrogateIsText() throws IOException {
    String text = exerciseWithMin("20").replace("Knee to chest", "Knee to chest \uD83D\uDE42");
    assertEquals(List.of(), validateQuickly(write("exercises/knee-to-chest.json", text)));
  }

  /** The problems, found in {@link #LITTLE_MEMORY}, of the copied catalog and of {@code path}. */
  private List<Problem> validateQuickly(Path path) {
    long before = allocated();
    CatalogLoader.Builder builder = CatalogLoader.builder().includeBundled(false).addDirectory(dir);
    List<Problem> problems =
        path.startsWith(dir) ? builder.problems() : builder.addFile(path).problems();
    long used = allocated() - before;
    assertTrue(used < LITTLE_MEMORY, () -> "allocated " + (used >> 20) + " MiB for " + problems);
    return problems;
  }

  /** The bytes this thread has allocated so far (HotSpot and OpenJ9 count them). */
  private static long allocated() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    assumeTrue(threads instanceof com.sun.management.ThreadMXBean);
    return ((com.sun.management.ThreadMXBean) threads)
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** Writes a file into the copied catalog directory. */
  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The one problem of {@code file}; fails if it has none or several. */
  private static Problem only(List<Problem> problems, String file) {
    List<Problem> of =
        problems.stream().filter(p -> p.resource().endsWith(file)).collect(Collectors.toList());
    assertEquals(1, of.size(), () -> "problems of " + file + ": " + problems);
    return of.get(0);
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean symlinks(Path in) {
    try {
      Path probe = Files.createSymbolicLink(in.resolve("probe"), in);
      Files.delete(probe);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
