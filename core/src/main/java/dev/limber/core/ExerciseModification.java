package dev.limber.core;


import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A declared safer form of an exercise: how to do it so that it no longer loads some movement
 * patterns. When a condition says {@link Severity#MODIFY} for a pattern, the exercise may enter a
 * routine only through a modification that {@linkplain #removes() removes} that pattern.
 *
 * <p>Example: Cat-Cow on the forearms or fists removes {@link MovementPattern#WEIGHT_ON_WRISTS}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExerciseModification {
  /** The patterns the modified form no longer loads; at least one. */
  public abstract ImmutableSet<MovementPattern> removes();

  /** What to do differently, in plain words. */
  public abstract String description();

  /** The position of the modified form, when it differs from the exercise's own. */
  public abstract Optional<Position> position();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds an {@link ExerciseModification}; not thread-safe. */
  public static final class Builder extends ImmutableExerciseModification.Builder {}

  @Value.Check
  void check() {
    new Checks("modification")
        .atLeast("$.removes", removes(), 1)
        .text("$.description", description())
        .done();
  }

}
