package dev.limber.benchmarks;

import dev.limber.core.Catalog;
import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.Difficulty;
import dev.limber.core.Exercise;
import dev.limber.core.RoutineComposer;
import dev.limber.core.SyntheticCatalog;
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
 * and targets once), on synthetic catalogs of several sizes. Report the ratio of the two from one
 * run: the machine is shared and absolute times drift.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ComposerBenchmark {
  @Param({"150", "1000"})
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

  @Benchmark
  public ComposeResult composeTenMinutes() {
    return composer.compose(tenMinutes);
  }

  @Benchmark
  public ComposeResult composeThirtyMinutesWithConditions() {
    return composer.compose(thirtyMinutesWithConditions);
  }
}
