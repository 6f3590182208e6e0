package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;

/**
 * A timed session: items back to back from second 0, each preceded by its transition, with the
 * whole within the budget. An app can drive a timer straight from the items' start and duration.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Routine {
  /** The time budget it was composed for, in seconds. */
  public abstract int budgetSeconds();

  /** The items in order. */
  public abstract ImmutableList<RoutineItem> items();

  /** Notes on the routine as a whole, such as a focus area no safe exercise could serve. */
  public abstract ImmutableList<String> warnings();

  /**
   * {@link #warnings()} as codes with arguments, one for each warning; {@link MessageCode#TEXT}
   * messages of the warnings by default (for a routine built by hand).
   */
  @Value.Default
  @Value.Auxiliary
  public ImmutableList<Message> warningMessages() {
    return warnings().stream().map(Message::text).collect(ImmutableList.toImmutableList());
  }

  /** Focus area ids with their weights, as requested or expanded from a goal. */
  public abstract ImmutableMap<String, Double> focus();

  /** The seed it was composed with. */
  public abstract long seed();

  /** Seconds from the start to the end of the last item: all holds, switches and transitions. */
  @Value.Derived
  public int totalSeconds() {
    return items().isEmpty() ? 0 : items().get(items().size() - 1).endSeconds();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Routine}; not thread-safe. */
  public static final class Builder extends ImmutableRoutine.Builder {}

  @Value.Check
  void check() {
    checkArgument(budgetSeconds() > 0, "budgetSeconds (%s) must be positive", budgetSeconds());
    int expectedStart = 0;
    for (int i = 0; i < items().size(); i++) {
      RoutineItem item = items().get(i);
      expectedStart += item.transitionSeconds();
      checkArgument(
          item.startSeconds() == expectedStart,
          "item %s (%s) starts at %s s but the time before it adds up to %s s",
          i,
          item.exerciseId(),
          item.startSeconds(),
          expectedStart);
      expectedStart = item.endSeconds();
    }
  }
}
