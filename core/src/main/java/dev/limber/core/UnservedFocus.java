package dev.limber.core;

import org.immutables.value.Value;

/**
 * A focus area a result leaves unserved (no item works it), and the {@link Limit} that kept it
 * out.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnservedFocus {
  /** The focus area's id. */
  public abstract String areaId();

  /** Why no item serves it. */
  public abstract Limit limit();

  /** An unserved area and why. */
  public static UnservedFocus of(String areaId, Limit limit) {
    return new Builder().areaId(areaId).limit(limit).build();
  }

  static final class Builder extends ImmutableUnservedFocus.Builder {}

  @Value.Check
  void check() {
    Ids.checkSlug("areaId", areaId());
  }
}
