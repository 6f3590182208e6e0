package dev.limber.core;


import org.immutables.value.Value;

/**
 * How much of an exercise to do: a hold in seconds, a count of breaths or a count of repetitions,
 * as a minimum, a default and a maximum, with the seconds one breath or repetition takes so that
 * every dosage turns into time.
 *
 * <p>For a one-sided exercise the dosage is per side. Immutable and thread-safe.
 *
 * <pre>{@code
 * Dosage hold = Dosage.seconds(20, 30, 60);
 * Dosage breaths = Dosage.of(DosageUnit.BREATHS, 5, 8, 10, 6);
 * int seconds = breaths.secondsFor(8); // 48
 * }</pre>
 */
@Value.Immutable
public abstract class Dosage {
  /** The largest count (seconds, breaths or repetitions) of a dosage. */
  public static final int MAX_COUNT = 3600;

  /** The most seconds one breath or repetition may take. */
  public static final int MAX_SECONDS_PER_UNIT = 120;

  /** The most sets in one session. */
  public static final int MAX_SETS = 10;

  /** What the counts count. */
  public abstract DosageUnit unit();

  /** The least useful count, at least 1. */
  public abstract int min();

  /** The count used when there is no reason to change it, between {@link #min()} and {@link #max()}. */
  public abstract int defaultCount();

  /** The most that is useful or safe. */
  public abstract int max();

  /** Seconds one unit takes: 1 for {@link DosageUnit#SECONDS}, the pace for breaths and reps. */
  public abstract int secondsPerUnit();

  /**
   * How many times the hold or drill is best done in one session, as sets of the count above;
   * 1 by default. ACSM advises 60 s in all per flexibility exercise in 2 to 4 repetitions of a
   * hold (Garber et al. 2011), so a 30 s stretch recommends 2.
   */
  @Value.Default
  public int recommendedSets() {
    return 1;
  }

  /** The most sets that are useful in one session, at least {@link #recommendedSets()}; 1 by default. */
  @Value.Default
  public int maxSets() {
    return recommendedSets();
  }

  /** The time {@code count} units take, in seconds. */
  public final int secondsFor(int count) {
    return count * secondsPerUnit();
  }

  /** The time of the default count, in seconds. */
  public final int defaultSeconds() {
    return secondsFor(defaultCount());
  }

  /** A hold in seconds. */
  public static Dosage seconds(int min, int defaultCount, int max) {
    return of(DosageUnit.SECONDS, min, defaultCount, max, 1);
  }

  /** A dosage in the given unit, each unit lasting {@code secondsPerUnit} seconds. */
  public static Dosage of(DosageUnit unit, int min, int defaultCount, int max, int secondsPerUnit) {
    return builder()
        .unit(unit)
        .min(min)
        .defaultCount(defaultCount)
        .max(max)
        .secondsPerUnit(secondsPerUnit)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Dosage}; not thread-safe. */
  public static final class Builder extends ImmutableDosage.Builder {}

  @Value.Check
  void check() {
    Checks c = new Checks("dosage");
    c.range("$.min", min(), 1, MAX_COUNT);
    c.range("$.default", defaultCount(), 1, MAX_COUNT);
    c.range("$.max", max(), 1, MAX_COUNT);
    c.range("$.secondsPerUnit", secondsPerUnit(), 1, MAX_SECONDS_PER_UNIT);
    c.range("$.sets.recommended", recommendedSets(), 1, MAX_SETS);
    c.range("$.sets.max", maxSets(), 1, MAX_SETS);
    if (min() > max()) {
      c.check(false, "$.max", "max (%s) must not be below min (%s)", max(), min());
    } else if (defaultCount() < min()) {
      c.check(false, "$.default", "default (%s) must not be below min (%s)", defaultCount(), min());
    } else if (defaultCount() > max()) {
      c.check(false, "$.default", "default (%s) must not be above max (%s)", defaultCount(), max());
    }
    if (maxSets() < recommendedSets()) {
      c.check(false, "$.sets.max", "max (%s) must not be below recommended (%s)", maxSets(), recommendedSets());
    }
    if (unit() == DosageUnit.SECONDS && secondsPerUnit() != 1) {
      c.check(false, "$.secondsPerUnit", "secondsPerUnit must be 1 when the unit is seconds, but is %s", secondsPerUnit());
    }
    c.done();
  }

}
