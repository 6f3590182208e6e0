package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The answer to a red flag: see a professional, with the urgency of the most urgent flag and the
 * reasons in plain words. A referral never comes with a routine.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Referral {
  /** How soon to be seen: the most urgent of the flags reported. */
  public abstract Urgency urgency();

  /** The red flag ids that led to it, most urgent first. */
  public abstract ImmutableList<String> redFlagIds();

  /** The reasons in plain words, one for each flag, most urgent first. */
  public abstract ImmutableList<String> reasons();

  /**
   * {@link #reasons()} as codes with arguments, one for each reason; {@link MessageCode#TEXT}
   * messages of the reasons by default (for a referral built by hand).
   */
  @Value.Default
  @Value.Auxiliary
  public ImmutableList<Message> reasonMessages() {
    return reasons().stream().map(Message::text).collect(ImmutableList.toImmutableList());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Referral}; not thread-safe. */
  public static final class Builder extends ImmutableReferral.Builder {}

  @Value.Check
  void check() {
    checkArgument(!reasons().isEmpty(), "a referral needs at least one reason");
  }
}
