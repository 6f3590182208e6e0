package dev.limber.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body area in Limber's taxonomy, a tree of regions, areas and muscles. An exercise that
 * targets an area also serves every ancestor of it: a piriformis stretch serves the hips.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TargetArea {
  /** Stable slug id, such as {@code lower-back}. */
  public abstract String id();

  /** Name shown to people, such as "Lower back". */
  public abstract String name();

  /** The enclosing area; empty for a top-level region. */
  public abstract Optional<String> parentId();

  /** Whether this is a region, an area or a muscle. */
  public abstract AreaKind kind();

  /** Other names people use for it. */
  public abstract List<String> aliases();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link TargetArea}; not thread-safe. */
  public static final class Builder extends ImmutableTargetArea.Builder {}

  @Value.Check
  void check() {
    new Checks("area", id())
        .slug("$.id", id())
        .text("$.name", name())
        .texts("$.aliases", aliases())
        .unique("$.aliases", aliases())
        .slug("$.parent", parentId().orElse(id()))
        .check(!parentId().equals(Optional.of(id())), "$.parent", "an area cannot be its own parent")
        .done();
  }

}
