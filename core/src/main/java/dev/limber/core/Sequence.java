package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * A curated, ordered sequence of exercises, such as the quick morning sequence. {@link
 * RoutineComposer#timeSequence(Sequence)} turns it into a timed {@link Routine}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Sequence {
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
    Ids.checkSlug("sequence id", id());
    Values.checkText("sequence " + id() + " name", name());
    Values.checkText("sequence " + id() + " description", description());
    checkArgument(!steps().isEmpty(), "sequence %s steps must have at least one step", id());
    long distinct = steps().stream().map(SequenceStep::exerciseId).distinct().count();
    checkArgument(
        distinct == steps().size(), "sequence %s names an exercise more than once", id());
    Values.checkSlugs("sequence " + id() + " tags", tags());
  }
}
