package dev.limber.core;


import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A curated, ordered sequence of exercises, such as the quick morning sequence. {@link
 * RoutineComposer#timeSequence(Sequence)} turns it into a timed {@link Routine}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Sequence {
  /** The fewest steps a curated sequence has. */
  public static final int MIN_STEPS = 3;

  /** Stable slug id, such as {@code quick-morning}. */
  public abstract String id();

  /** Name shown to people. */
  public abstract String name();

  /** What it is for, in plain words. */
  public abstract String description();

  /** The steps in order; at least one, and no exercise twice. */
  public abstract ImmutableList<SequenceStep> steps();

  /** Free tags such as {@code morning} or {@code desk}. */
  public abstract ImmutableSet<String> tags();

  /** Where it comes from. */
  public abstract ImmutableList<String> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Sequence}; not thread-safe. */
  public static final class Builder extends ImmutableSequence.Builder {}

  @Value.Check
  void check() {
    Checks c =
        new Checks("sequence", id())
            .slug("$.id", id())
            .text("$.name", name())
            .text("$.description", description())
            .atLeast("$.steps", steps(), MIN_STEPS);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < steps().size(); i++) {
      Integer first = seen.putIfAbsent(steps().get(i).exerciseId(), i);
      if (first != null) {
        c.check(
            false,
            "$.steps[" + i + "].exercise",
            "\"%s\" is step %s already; a sequence names each exercise once",
            steps().get(i).exerciseId(),
            first);
      }
    }
    c.slugs("$.tags", tags()).texts("$.sources", sources()).done();
  }

}
