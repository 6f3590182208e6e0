package dev.limber.core;


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
  /** The largest weight of a focus area. */
  public static final double MAX_WEIGHT = 100;

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
    Checks c =
        new Checks("goal", id())
            .slug("$.id", id())
            .text("$.name", name())
            .text("$.description", description())
            .check(!focus().isEmpty(), "$.focus", "must have at least 1 entry");
    for (Map.Entry<String, Double> e : focus().entrySet()) {
      String at = "$.focus." + e.getKey();
      c.slug(at, e.getKey());
      c.check(e.getValue() > 0, at, "must be above 0, but is %s", Checks.number(e.getValue()));
      c.check(
          e.getValue() <= MAX_WEIGHT,
          at,
          "must be at most %s, but is %s",
          Checks.number(MAX_WEIGHT),
          Checks.number(e.getValue()));
    }
    c.slugs("$.preferredTags", preferredTags()).done();
  }

}
