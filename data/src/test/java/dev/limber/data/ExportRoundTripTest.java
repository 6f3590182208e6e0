package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.limber.core.Catalog;
import dev.limber.core.Condition;
import dev.limber.core.Contraindication;
import dev.limber.core.Difficulty;
import dev.limber.core.Dosage;
import dev.limber.core.DosageUnit;
import dev.limber.core.Exercise;
import dev.limber.core.ExerciseKind;
import dev.limber.core.ExerciseModification;
import dev.limber.core.Laterality;
import dev.limber.core.MovementPattern;
import dev.limber.core.Phase;
import dev.limber.core.Position;
import dev.limber.core.Severity;
import dev.limber.core.TargetArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever exercise core accepts, {@link LimberJson} exports it in the file format and
 * {@link CatalogLoader} reads it back equal, so the format loses nothing.
 */
class ExportRoundTripTest {
  private static final Catalog BASE =
      CatalogLoader.builder().includeBundled(false).addDirectory(Fixtures.base()).load();
  private static final List<String> AREA_IDS =
      BASE.areas().stream().map(TargetArea::id).toList();
  /** Conditions without rules, so that an exercise's contraindications are its explicit ones. */
  private static final List<Condition> CONDITIONS =
      BASE.conditions().stream()
          .map(c -> Condition.builder().from(c).rules(List.of()).build())
          .toList();
  private static final List<String> TEXTS =
      List.of(
          "Sit tall.",
          "Breathe out slowly, then let the \"cat\" arch go.",
          "Keep it easy – no pain, ever ✓",
          "Back\\slash and tab\there.",
          "Line one\nline two.");
  private static final List<String> SLUGS =
      List.of("mat", "chair", "wall", "strap", "morning", "desk", "x", "a1-b2-c3");

  @Test
  void loaderReadsBackEveryExerciseTheExportWrites() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Exercise exercise = randomExercise(new Random(seed));
              Catalog catalog =
                  Catalog.builder()
                      .addAllAreas(BASE.areas())
                      .addAllConditions(CONDITIONS)
                      .addExercises(exercise)
                      .build();
              ObjectNode export = LimberJson.toTree(catalog);

              Catalog loaded =
                  CatalogLoader.builder()
                      .includeBundled(false)
                      .addJson("areas.json", wrap("areas", export))
                      .addJson("conditions.json", wrap("conditions", export))
                      .addJson(
                          "exercises/" + exercise.id() + ".json",
                          export.get("exercises").get(0).toString())
                      .load();

              assertEquals(exercise, loaded.exerciseOrThrow(exercise.id()));
              assertEquals(BASE.areas().asList(), loaded.areas().asList());
            });
  }

  private static String wrap(String field, ObjectNode export) {
    ObjectNode file = Fixtures.JSON.createObjectNode();
    file.set(field, export.get(field));
    return file.toString();
  }

  private static Exercise randomExercise(Random random) {
    List<MovementPattern> patterns = subset(random, Arrays.asList(MovementPattern.values()), 0);
    List<String> primary = subset(random, AREA_IDS, 1);
    List<String> rest = new ArrayList<>(AREA_IDS);
    rest.removeAll(primary);
    DosageUnit unit = pick(random, DosageUnit.values());
    int min = 1 + random.nextInt(100);
    int defaultCount = min + random.nextInt(50);
    int max = defaultCount + random.nextInt(50);
    Exercise.Builder b =
        Exercise.builder()
            .id("ex-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36))
            .name(pick(random, TEXTS))
            .aliases(subset(random, TEXTS, 0))
            .summary(pick(random, TEXTS))
            .kind(pick(random, ExerciseKind.values()))
            .position(pick(random, Position.values()))
            .needsFloor(random.nextBoolean())
            .equipment(subset(random, SLUGS, 0))
            .difficulty(pick(random, Difficulty.values()))
            .laterality(pick(random, Laterality.values()))
            .dosage(
                Dosage.of(
                    unit, min, defaultCount, max,
                    unit == DosageUnit.SECONDS ? 1 : 1 + random.nextInt(120)))
            .primaryTargets(primary)
            .secondaryTargets(subset(random, rest, 0))
            .movementPatterns(patterns)
            .phases(subset(random, Arrays.asList(Phase.values()), 1))
            .steps(list(random, 3))
            .cues(list(random, 0))
            .safetyNotes(list(random, 0))
            .tags(subset(random, SLUGS, 0))
            .sources(list(random, 0));
    List<Contraindication> contraindications = new ArrayList<>();
    for (Condition condition : CONDITIONS) {
      for (Severity severity : Severity.values()) {
        if (random.nextInt(4) == 0) {
          contraindications.add(
              Contraindication.builder()
                  .conditionId(condition.id())
                  .severity(severity)
                  .reason(pick(random, TEXTS))
                  .instead(random.nextBoolean() ? "" : pick(random, TEXTS))
                  .build());
        }
      }
    }
    // The catalog lists contraindications strongest first, then by condition.
    contraindications.sort(
        Comparator.comparing(Contraindication::severity).thenComparing(Contraindication::conditionId));
    b.contraindications(contraindications);
    if (!patterns.isEmpty()) {
      for (int i = random.nextInt(3); i > 0; i--) {
        ExerciseModification.Builder m =
            ExerciseModification.builder()
                .removes(subset(random, patterns, 1))
                .description(pick(random, TEXTS));
        if (random.nextBoolean()) {
          m.position(pick(random, Position.values()));
        }
        b.addModification(m.build());
      }
    }
    // What the loader asks of every exercise: each implied pattern listed, or some waived.
    Exercise drawn = b.build();
    Exercise.Builder tagged = drawn.toBuilder();
    for (MovementPattern implied : drawn.unlistedPatterns()) {
      if (!drawn.movementPatterns().stream().anyMatch(p -> p.implied().contains(implied)) && random.nextBoolean()) {
        tagged.putPatternWaiver(implied, pick(random, TEXTS));
      } else {
        tagged.addMovementPatterns(implied);
      }
    }
    return tagged.build();
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Distinct values in random order, at least {@code min} of them. */
  private static <T> List<T> subset(Random random, List<T> values, int min) {
    List<T> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, random);
    return shuffled.subList(0, min + random.nextInt(values.size() - min + 1));
  }

  private static List<String> list(Random random, int min) {
    List<String> result = new ArrayList<>();
    for (int i = min + random.nextInt(4); i > 0; i--) {
      result.add(pick(random, TEXTS));
    }
    return result;
  }

}
