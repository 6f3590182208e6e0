package dev.limber.core;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A health condition and the exercises it restricts, as {@linkplain ConditionRule rules} over
 * movement patterns and areas. Exercises may add explicit {@link Contraindication}s of their own.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Condition {
  /** Stable slug id, such as {@code osteoporosis}. */
  public abstract String id();

  /** Name shown to people. */
  public abstract String name();

  /** What the condition is and what it means for stretching, in plain words. */
  public abstract String description();

  /** Other names people use for it. */
  public abstract ImmutableList<String> aliases();

  /** The rules; a condition with none restricts only through exercises' explicit lists. */
  public abstract ImmutableList<ConditionRule> rules();

  /** Where the rules come from. */
  public abstract ImmutableList<String> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Condition}; not thread-safe. */
  public static final class Builder extends ImmutableCondition.Builder {}

  @Value.Check
  void check() {
    new Checks("condition", id())
        .slug("$.id", id())
        .text("$.name", name())
        .texts("$.aliases", aliases())
        .unique("$.aliases", aliases())
        .text("$.description", description())
        .texts("$.sources", sources())
        .done();
  }

}
