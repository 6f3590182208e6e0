package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One timed block of a {@link Routine}: an exercise (on one side, for a one-sided exercise), when
 * it starts, how long it lasts, and why it was chosen. The {@linkplain #transitionSeconds()
 * transition} before it (a side switch or a change of position) is time too, so {@code
 * startSeconds} of the next item is this item's {@link #endSeconds()} plus the next transition.
 *
 * <p>Its texts ({@link #reason()}, {@link #warnings()}, {@link #modification()}) are worded in
 * the catalog's {@linkplain Catalog#locale() locale}; beside each is its {@link Message} (code and
 * arguments), for an app to word its own way. The messages are left out of {@code equals}, {@code
 * hashCode} and {@code toString}: the texts decide.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoutineItem {
  /** The exercise's id (for a substituted exercise, the substitute's). */
  public abstract String exerciseId();

  /** The exercise's name. */
  public abstract String name();

  /** The phase this item belongs to. */
  public abstract Phase phase();

  /** The position it is done in (the modified position when a modification changes it). */
  public abstract Position position();

  /** The side worked, for a one-sided exercise; empty when both sides work at once. */
  public abstract Optional<Side> side();

  /** Seconds to get into this item from the previous one (0 for the first). */
  public abstract int transitionSeconds();

  /** Seconds from the start of the routine to the start of this item. */
  public abstract int startSeconds();

  /** Seconds this item lasts. */
  public abstract int durationSeconds();

  /** The count of the exercise's dosage unit done in this item. */
  public abstract int count();

  /** The unit of {@link #count()}. */
  public abstract DosageUnit unit();

  /**
   * Which set of the exercise this item is, from 1: an exercise done in sets appears as one item
   * per set (and per side), consecutive, sides alternating ({@code left 1, right 1, left 2, right
   * 2}); 1 by default.
   */
  @Value.Default
  public int set() {
    return 1;
  }

  /** How many sets of the exercise the routine does in all; 1 by default. */
  @Value.Default
  public int sets() {
    return 1;
  }

  /** Area ids this item serves. */
  public abstract ImmutableList<String> targets();

  /** Why it was chosen, in plain words. */
  public abstract String reason();

  /** Cautions an app should show with this item. */
  public abstract ImmutableList<String> warnings();

  /** What was changed for safety, and why; empty when done as written. */
  public abstract Optional<String> modification();

  /**
   * {@link #reason()} as a code with arguments, for an app to word its own way; a {@link
   * MessageCode#TEXT} message of the reason by default (for an item built by hand).
   */
  @Value.Default
  @Value.Auxiliary
  public Message reasonMessage() {
    return Message.text(reason());
  }

  /**
   * {@link #warnings()} as codes with arguments, one for each warning; {@link MessageCode#TEXT}
   * messages of the warnings by default.
   */
  @Value.Default
  @Value.Auxiliary
  public ImmutableList<Message> warningMessages() {
    return warnings().stream().map(Message::text).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@link #modification()} as a code with arguments; a {@link MessageCode#TEXT} message of it by
   * default.
   */
  @Value.Default
  @Value.Auxiliary
  public Optional<Message> modificationMessage() {
    return modification().map(Message::text);
  }

  /** Seconds from the start of the routine to the end of this item. */
  public final int endSeconds() {
    return startSeconds() + durationSeconds();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link RoutineItem}; not thread-safe. */
  public static final class Builder extends ImmutableRoutineItem.Builder {}

  @Value.Check
  void check() {
    checkArgument(transitionSeconds() >= 0, "transitionSeconds (%s) must not be negative", transitionSeconds());
    checkArgument(startSeconds() >= 0, "startSeconds (%s) must not be negative", startSeconds());
    checkArgument(durationSeconds() > 0, "durationSeconds (%s) must be positive", durationSeconds());
    checkArgument(count() > 0, "count (%s) must be positive", count());
    checkArgument(
        set() >= 1 && set() <= sets(), "set (%s) must be between 1 and sets (%s)", set(), sets());
  }
}
