package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A named goal, such as {@code back-relief} or {@code desk-break}, that expands into focus areas
 * with weights (and tags the composer prefers) for {@link ComposeRequest#goal()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Goal {
  /** Stable slug id. */
  public abstract String id();

  /** Name shown to people. */
  public abstract String name();

  /** What it is for, in plain words. */
  public abstract String description();

  /** Focus area ids with positive weights; at least one. */
  public abstract ImmutableMap<String, Double> focus();

  /** Tags the composer prefers among equally good exercises. */
  public abstract ImmutableSet<String> preferredTags();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Goal}; not thread-safe. */
  public static final class Builder extends ImmutableGoal.Builder {}

  @Value.Check
  void check() {
    Ids.checkSlug("goal id", id());
    Values.checkText("goal " + id() + " name", name());
    checkArgument(!focus().isEmpty(), "goal %s focus must name at least one area", id());
    for (Map.Entry<String, Double> e : focus().entrySet()) {
      Ids.checkSlug("goal " + id() + " focus area", e.getKey());
      checkArgument(
          e.getValue() > 0 && e.getValue() <= 100,
          "goal %s focus weight of %s (%s) must be in (0, 100]",
          id(),
          e.getKey(),
          e.getValue());
    }
  }
}
