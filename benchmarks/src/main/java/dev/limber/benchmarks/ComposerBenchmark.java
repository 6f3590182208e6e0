package dev.limber.benchmarks;

import dev.limber.core.Catalog;
import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.Difficulty;
import dev.limber.core.Exercise;
import dev.limber.core.RoutineComposer;
import dev.limber.core.SafetyAssessment;
import dev.limber.core.SyntheticCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The composer against a plain pass over the same catalog (reading each exercise's dosage, level
 * and targets once) and against a shuffle-and-fill baseline (the safety filter, a seeded shuffle,
 * exercises added at their default dosage until the budget is full, ordered by phase), on
 * synthetic catalogs of 150, 1,000 and 100,000 exercises. Report the ratios from one run: the
 * machine is shared and absolute times drift.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ComposerBenchmark {
  @Param({"150", "1000", "100000"})
  public int exercises;

  private Catalog catalog;
  private RoutineComposer composer;
  private ComposeRequest tenMinutes;
  private ComposeRequest thirtyMinutesWithConditions;

  @Setup
  public void setUp() {
    catalog = SyntheticCatalog.generate(42, exercises);
    composer = RoutineComposer.of(catalog);
    tenMinutes = ComposeRequest.builder().budgetSeconds(600).putFocus("region-a", 2.0).putFocus("region-b-1", 1.0).build();
    thirtyMinutesWithConditions =
        ComposeRequest.builder()
            .budgetSeconds(1800)
            .addConditions("cond-a", "cond-c")
            .level(Difficulty.INTERMEDIATE)
            .seed(7)
            .build();
  }

  /** The floor: one pass over the catalog touching what the composer's candidate scan reads. */
  @Benchmark
  public long plainPassOverCatalog() {
    long sum = 0;
    for (Exercise exercise : catalog.exercises()) {
      if (exercise.difficulty().compareTo(Difficulty.INTERMEDIATE) <= 0) {
        sum += exercise.dosage().defaultSeconds() + exercise.primaryTargets().size() + exercise.movementPatterns().size();
      }
    }
    return sum;
  }

  /**
   * The simplest composer that is still safe: the safety filter and the request's filters, a
   * seeded shuffle, each exercise at its default dosage while it fits, ordered by phase.
   */
  @Benchmark
  public List<Exercise> shuffleAndFillTenMinutes() {
    SafetyAssessment safety = SafetyAssessment.of(catalog, tenMinutes.conditions(), tenMinutes.cautionPolicy());
    List<Exercise> usable = new ArrayList<>();
    for (Exercise e : catalog.exercises()) {
      if (safety.all().get(e.id()).usable()
          && e.difficulty().compareTo(tenMinutes.level()) <= 0
          && tenMinutes.equipment().containsAll(e.equipment())) {
        usable.add(e);
      }
    }
    Collections.shuffle(usable, new Random(tenMinutes.seed()));
    List<Exercise> chosen = new ArrayList<>();
    int total = 0;
    for (Exercise e : usable) {
      int seconds = e.defaultWorkSeconds() + 10;
      if (total + seconds <= tenMinutes.budgetSeconds()) {
        chosen.add(e);
        total += seconds;
      }
    }
    chosen.sort(Comparator.comparing((Exercise e) -> e.phases().iterator().next()));
    return chosen;
  }

  @Benchmark
  public ComposeResult composeTenMinutes() {
    return composer.compose(tenMinutes);
  }

  @Benchmark
  public ComposeResult composeThirtyMinutesWithConditions() {
    return composer.compose(thirtyMinutesWithConditions);
  }
}
