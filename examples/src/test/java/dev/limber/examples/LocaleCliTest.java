package dev.limber.examples;

import static dev.limber.examples.LimberCliTest.limber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.core.Limber;
import dev.limber.examples.LimberCliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --locale}: an app's own German overlay of a bundled exercise and area (written
 * unstamped, then stamped with {@code limber l10n stamp}), composed, shown and validated.
 */
class LocaleCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PROBLEM = Pattern.compile("^(.+\\.json):(\\d+):(\\d+): (.+)$", Pattern.MULTILINE);

  @TempDir Path temp;
  private String firstExercise;

  @BeforeEach
  void writeAGermanOverlay() throws IOException {
    Run english = limber("compose", "--minutes", "10", "--focus", "lower-back", "--format", "json");
    firstExercise = JSON.readTree(english.out()).path("items").get(0).path("exerciseId").asText();
    write(
        "l10n/de/exercises/" + firstExercise + ".json",
        "{\"locale\": \"de\", \"kind\": \"exercises\", \"entries\": [{\"id\": \"" + firstExercise + "\","
            + " \"fields\": {\"name\": {\"from\": \"0000000000000000\", \"text\": \"Deutsche Übung\"}}}]}");
    write(
        "l10n/de/areas.json",
        "{\"locale\": \"de\", \"kind\": \"areas\", \"entries\": [{\"id\": \"lower-back\", \"fields\":"
            + " {\"name\": {\"from\": \"0000000000000000\", \"text\": \"Unterer Rücken\"}}, \"aliases\": [\"Kreuz\"]}]}");
    Run stamp = limber("l10n", "stamp", "--locale", "de", temp.toString());
    assertEquals(LimberCli.OK, stamp.exitCode(), stamp::toString);
    assertEquals("Stamped 2 files of de.", stamp.out().strip());
  }

  @Test
  void composeInGermanHasGermanNamesReasonsLabelsAndDisclaimer() {
    Run run = limber("compose", "--minutes", "10", "--focus", "Kreuz", "--locale", "de", "--catalog", temp.toString());

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("Limber: eine 10-Minuten-Routine. Schwerpunkt: Unterer Rücken."), run::toString);
    assertTrue(run.out().contains("Deutsche Übung"), run::toString);
    assertTrue(run.out().contains("Warum: Aufwärmen: "), run::toString);
    assertTrue(run.out().contains("für Ihren Schwerpunkt (Unterer Rücken"), run::toString);
    assertTrue(run.out().contains("\nGesamt "), run::toString);
    assertTrue(flat(run.out()).endsWith("bevor Sie weitermachen."), run::toString);
    assertFalse(flat(run.out()).contains(Limber.DISCLAIMER), run::toString);
    assertEquals("", run.err());
  }

  @Test
  void composeJsonCarriesCodesAndArgumentsBesideTheGermanTexts() throws IOException {
    Run run =
        limber("compose", "--minutes", "10", "--focus", "lower-back", "--locale", "de", "--catalog", temp.toString(), "--format", "json");

    JsonNode item = JSON.readTree(run.out()).path("items").get(0);
    assertEquals("Deutsche Übung", item.path("name").asText());
    assertTrue(item.path("reason").asText().startsWith("Aufwärmen: "), item::toString);
    assertTrue(item.path("reasonMessage").path("code").asText().startsWith("item-reason-"), item::toString);
    assertEquals("warm-up", item.path("reasonMessage").path("args").path("phase").asText(), item::toString);
    assertEquals("lower-back", item.path("reasonMessage").path("args").path("areas").get(0).asText(), item::toString);
    assertTrue(item.path("reasonMessage").path("args").path("sets").isInt(), item::toString);
  }

  @Test
  void aRegionalLocaleFallsBackToItsLanguage() {
    Run run = limber("compose", "--minutes", "10", "--focus", "lower-back", "--locale", "de-AT", "--catalog", temp.toString());

    assertTrue(run.out().contains("Deutsche Übung"), run::toString);
    assertTrue(run.out().contains("\nGesamt "), run::toString);
    assertEquals("", run.err());
  }

  @Test
  void aLanguageWithoutTranslationsFallsBackToEnglishWithANote() {
    Run run = limber("compose", "--minutes", "10", "--focus", "lower-back", "--locale", "ja");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("Limber: a 10-minute routine"), run::toString);
    assertTrue(run.err().contains("note: no translation into ja; showing English"), run::toString);
  }

  @Test
  void showInSpanishHasSpanishLabels() {
    Run run = limber("show", "cat-cow", "--locale", "es");

    assertEquals(LimberCli.OK, run.exitCode(), run::toString);
    assertTrue(run.out().contains("\nPasos:\n"), run::toString);
    assertTrue(run.out().contains("Posición:"), run::toString);
    assertTrue(run.out().contains("Contraindicaciones:"), run::toString);
  }

  @Test
  void sequenceAndListAcceptALocale() {
    Run sequence = limber("sequence", "desk-break", "--locale", "es");
    assertTrue(sequence.out().startsWith("Limber: la secuencia «"), sequence::toString);
    assertTrue(sequence.out().contains("Paso de la secuencia"), sequence::toString);

    Run list = limber("list", "--locale", "de", "--catalog", temp.toString());
    assertEquals(LimberCli.OK, list.exitCode(), list::toString);
    assertTrue(list.out().contains("Deutsche Übung"), list::toString);
  }

  @Test
  void exportInGermanWritesTheTranslatedTexts() throws IOException {
    Run run = limber("export", "--locale", "de", "--catalog", temp.toString());

    assertTrue(run.out().contains("\"Deutsche Übung\""), () -> run.err());
    assertTrue(run.out().contains("\"Unterer Rücken\""), () -> run.err());
  }

  @Test
  void validateNamesTheFileLineAndColumnOfAStaleTranslationAndAWrongShape() throws IOException {
    Path file = temp.resolve("l10n/de/areas.json");
    String stamped = Files.readString(file, StandardCharsets.UTF_8);
    Matcher hash = Pattern.compile("\"from\": \"([0-9a-f]{16})\"").matcher(stamped);
    assertTrue(hash.find(), stamped);
    Files.writeString(file, stamped.replace(hash.group(1), "1111111111111111"), StandardCharsets.UTF_8);

    Run stale = limber("validate", temp.toString());

    assertFalse(stale.out().contains("no catalog files here"), stale::toString);
    assertEquals(LimberCli.OK, stale.exitCode(), stale::toString); // out of date is a warning
    Matcher warning = find(stale.out(), file);
    assertTrue(warning != null, stale::toString);
    String before = stamped.substring(0, stamped.indexOf(hash.group(1)));
    assertEquals(String.valueOf(before.split("\n", -1).length), warning.group(2), stale::toString);
    assertEquals(String.valueOf(before.length() - before.lastIndexOf('\n') - 1), warning.group(3), stale::toString);
    assertTrue(warning.group(4).startsWith("stale translation of name"), stale::toString);
    assertTrue(stale.out().contains("Translations:"), stale::toString);

    Files.writeString(file, stamped.replace("\"Unterer Rücken\"", "[\"Unterer Rücken\"]"), StandardCharsets.UTF_8);
    Run wrong = limber("validate", temp.toString());
    assertEquals(LimberCli.DATA_PROBLEM, wrong.exitCode(), wrong::toString);
    Matcher problem = find(wrong.out(), file);
    assertTrue(problem != null, wrong::toString);
    assertTrue(problem.group(4).startsWith("name must be a non-empty string"), wrong::toString);
  }

  /** The first problem line about {@code file}, or null. */
  private static Matcher find(String out, Path file) {
    Matcher m = PROBLEM.matcher(out);
    while (m.find()) {
      if (m.group(1).equals(file.toString())) {
        return m;
      }
    }
    return null;
  }

  private void write(String relative, String json) throws IOException {
    Path file = temp.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, StandardCharsets.UTF_8);
  }

  private static String flat(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
