package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * How far a routine falls short of its budget, and why: every usable exercise is in at its largest
 * dosage, so the {@link Limit} that removed the most exercises is the one to relax.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Shortfall {
  /** Seconds of the budget left unfilled; positive. */
  public abstract int seconds();

  /** What most limited the exercises available. */
  public abstract Limit limit();

  /** A shortfall of {@code seconds} because of {@code limit}. */
  public static Shortfall of(int seconds, Limit limit) {
    return new Builder().seconds(seconds).limit(limit).build();
  }

  static final class Builder extends ImmutableShortfall.Builder {}

  @Value.Check
  void check() {
    checkArgument(seconds() > 0, "seconds (%s) must be positive", seconds());
  }
}
