package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The timing and shape the {@link RoutineComposer} works to. The defaults suit most apps; an app
 * whose users move slowly may lengthen the transitions.
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
    checkArgument(warmUpShare() >= 0 && warmUpShare() <= 0.5, "warmUpShare (%s) must be between 0 and 0.5", warmUpShare());
    checkArgument(coolDownShare() >= 0 && coolDownShare() <= 0.5, "coolDownShare (%s) must be between 0 and 0.5", coolDownShare());
    checkArgument(minAge() >= 0 && minAge() <= maxAge(), "minAge (%s) must be between 0 and maxAge (%s)", minAge(), maxAge());
  }
}
