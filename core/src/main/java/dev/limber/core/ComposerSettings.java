package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The timing, shape and weights the {@link RoutineComposer} works to. The defaults suit most apps;
 * an app whose users move slowly may lengthen the transitions. The weights are those of the
 * composer's objective, which {@link RoutineComposer} documents in full: each is a share of the
 * objective, whose focus coverage term is at most {@code 1 + overTargetValue}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ComposerSettings {
  private static final ComposerSettings DEFAULTS = builder().build();

  /** Seconds to switch sides within a one-sided exercise; default 5. */
  @Value.Default
  public int sideSwitchSeconds() {
    return 5;
  }

  /** Seconds to set up the next exercise in the same position; default 5. */
  @Value.Default
  public int setupSeconds() {
    return 5;
  }

  /** Seconds to change position (say from standing to the floor); default 15. */
  @Value.Default
  public int positionChangeSeconds() {
    return 15;
  }

  /** Seconds of rest between two sets of a two-sided exercise; default 5. */
  @Value.Default
  public int setRestSeconds() {
    return 5;
  }

  /**
   * Seconds of work per side that count in full towards an area: ACSM's dose of about 60 s per
   * exercise; default 60. Work past it counts at {@link #beyondDoseValue()}.
   */
  @Value.Default
  public int doseSeconds() {
    return 60;
  }

  /** The value of a second of one exercise past {@link #doseSeconds()}; default 0.7. */
  @Value.Default
  public double beyondDoseValue() {
    return 0.7;
  }

  /** The value of a second that works an area as a secondary target; default 0.5. */
  @Value.Default
  public double secondaryTargetValue() {
    return 0.5;
  }

  /**
   * The value of coverage past an area's target (its share of the main phase, at least {@link
   * #doseSeconds()}), up to twice the target; nothing counts beyond that; default 0.25.
   */
  @Value.Default
  public double overTargetValue() {
    return 0.25;
  }

  /** Objective lost per share of the budget spent changing position, switching sides or resting; default 2.0. */
  @Value.Default
  public double transitionWeight() {
    return 2.0;
  }

  /** Objective lost per share of the budget spent on an item that carries a caution; default 0.3. */
  @Value.Default
  public double cautionWeight() {
    return 0.3;
  }

  /**
   * Objective lost per share of the budget spent on an exercise the person did recently, scaled by
   * how recent (the most recent counts in full); default 1.0.
   */
  @Value.Default
  public double recentWeight() {
    return 1.0;
  }

  /** Objective lost for every distinct exercise, the cost of learning one more; default 0.01. */
  @Value.Default
  public double newExerciseWeight() {
    return 0.01;
  }

  /**
   * Objective gained per share of the budget spent on an exercise of the kind that suits its phase
   * (mobility in the warm-up, stretches and strength in the main phase, stretches and relaxation
   * in the cool-down); default 0.1.
   */
  @Value.Default
  public double phaseFitWeight() {
    return 0.1;
  }

  /**
   * Objective gained per share of the budget spent on an exercise, times the request's seeded
   * preference for it (in [0, 1)): how different seeds choose between equally good exercises;
   * default 0.25.
   */
  @Value.Default
  public double varietyWeight() {
    return 0.25;
  }

  /** Objective gained per share of the budget spent on an exercise with a tag its goal prefers; default 0.05. */
  @Value.Default
  public double preferredTagWeight() {
    return 0.05;
  }

  /**
   * Objective gained for each direction of the spine (flexion, extension, rotation, side bending)
   * some item moves it in, for a balanced session with no focus; default 0.04.
   */
  @Value.Default
  public double spineBalanceWeight() {
    return 0.04;
  }

  /**
   * Budgets below this many seconds get a short stretch session: no strength or stability work
   * and no warm-up; default 240.
   */
  @Value.Default
  public int shortSessionSeconds() {
    return 240;
  }

  /**
   * Budgets of at least this many seconds always get a warm-up and a cool-down when the safe
   * candidates allow them; default 300.
   */
  @Value.Default
  public int coolDownFromSeconds() {
    return 300;
  }

  /** Share of the budget aimed at the warm-up; default 0.2. */
  @Value.Default
  public double warmUpShare() {
    return 0.2;
  }

  /**
   * Share of the budget aimed at the cool-down; default 0.15 (a final relaxation of about a
   * minute per ten minutes of practice, plus a slow stretch).
   */
  @Value.Default
  public double coolDownShare() {
    return 0.15;
  }

  /** Youngest age inside the red-flag age window; default {@value Screener#DEFAULT_MIN_AGE}. */
  @Value.Default
  public int minAge() {
    return Screener.DEFAULT_MIN_AGE;
  }

  /** Oldest age inside the red-flag age window; default {@value Screener#DEFAULT_MAX_AGE}. */
  @Value.Default
  public int maxAge() {
    return Screener.DEFAULT_MAX_AGE;
  }

  /** Seconds to get from an exercise in {@code from} to the next one in {@code to}. */
  final int transitionSeconds(Position from, Position to) {
    return from == to ? setupSeconds() : positionChangeSeconds();
  }

  private static void checkWeight(String name, double value, double max) {
    checkArgument(value >= 0 && value <= max, "%s (%s) must be between 0 and %s", name, value, max);
  }

  /** The default settings. */
  public static ComposerSettings defaults() {
    return DEFAULTS;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ComposerSettings}; not thread-safe. */
  public static final class Builder extends ImmutableComposerSettings.Builder {}

  @Value.Check
  void check() {
    checkArgument(sideSwitchSeconds() >= 0 && sideSwitchSeconds() <= 60, "sideSwitchSeconds (%s) must be between 0 and 60", sideSwitchSeconds());
    checkArgument(setupSeconds() >= 0 && setupSeconds() <= 60, "setupSeconds (%s) must be between 0 and 60", setupSeconds());
    checkArgument(
        positionChangeSeconds() >= setupSeconds() && positionChangeSeconds() <= 120,
        "positionChangeSeconds (%s) must be between setupSeconds (%s) and 120",
        positionChangeSeconds(),
        setupSeconds());
    checkArgument(setRestSeconds() >= 0 && setRestSeconds() <= 60, "setRestSeconds (%s) must be between 0 and 60", setRestSeconds());
    checkArgument(doseSeconds() >= 10 && doseSeconds() <= 600, "doseSeconds (%s) must be between 10 and 600", doseSeconds());
    checkWeight("beyondDoseValue", beyondDoseValue(), 1);
    checkWeight("secondaryTargetValue", secondaryTargetValue(), 1);
    checkWeight("overTargetValue", overTargetValue(), 1);
    checkWeight("transitionWeight", transitionWeight(), 10);
    checkWeight("cautionWeight", cautionWeight(), 10);
    checkWeight("recentWeight", recentWeight(), 10);
    checkWeight("newExerciseWeight", newExerciseWeight(), 1);
    checkWeight("phaseFitWeight", phaseFitWeight(), 1);
    checkWeight("varietyWeight", varietyWeight(), 1);
    checkWeight("preferredTagWeight", preferredTagWeight(), 1);
    checkWeight("spineBalanceWeight", spineBalanceWeight(), 1);
    checkArgument(shortSessionSeconds() >= 0 && shortSessionSeconds() <= 3600, "shortSessionSeconds (%s) must be between 0 and 3600", shortSessionSeconds());
    checkArgument(coolDownFromSeconds() >= 0 && coolDownFromSeconds() <= 7200, "coolDownFromSeconds (%s) must be between 0 and 7200", coolDownFromSeconds());
    checkArgument(warmUpShare() >= 0 && warmUpShare() <= 0.5, "warmUpShare (%s) must be between 0 and 0.5", warmUpShare());
    checkArgument(coolDownShare() >= 0 && coolDownShare() <= 0.5, "coolDownShare (%s) must be between 0 and 0.5", coolDownShare());
    checkArgument(minAge() >= 0 && minAge() <= maxAge(), "minAge (%s) must be between 0 and maxAge (%s)", minAge(), maxAge());
  }
}
