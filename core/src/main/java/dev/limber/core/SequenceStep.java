package dev.limber.core;


import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a curated {@link Sequence}: an exercise, the phase it plays there, and optionally a
 * count that overrides the exercise's default dosage (per side for one-sided exercises).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SequenceStep {
  /** The exercise's id. */
  public abstract String exerciseId();

  /** The phase this step plays in the sequence. */
  public abstract Phase phase();

  /** A count in the exercise's dosage unit that replaces its default; within its min and max. */
  public abstract Optional<Integer> count();

  /** A step with the exercise's default dosage. */
  public static SequenceStep of(String exerciseId, Phase phase) {
    return builder().exerciseId(exerciseId).phase(phase).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link SequenceStep}; not thread-safe. */
  public static final class Builder extends ImmutableSequenceStep.Builder {}

  @Value.Check
  void check() {
    Checks c = new Checks("sequence step").slug("$.exercise", exerciseId());
    count().ifPresent(n -> c.range("$.count", n, 1, Dosage.MAX_COUNT));
    c.done();
  }

}
