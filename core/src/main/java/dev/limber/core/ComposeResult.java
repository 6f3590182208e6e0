package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the {@link RoutineComposer} answers: a {@link Routine}, a {@link Referral} (a red flag was
 * reported, so no routine), or infeasible with the reason (no safe exercise fits the request).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ComposeResult {
  /** Which of the three outcomes this is. */
  public enum Outcome {
    /** A routine was composed. */
    ROUTINE,
    /** A red flag was reported: see a professional; no routine. */
    REFERRAL,
    /** Nothing safe fits the request; {@link #infeasibleReason()} says why. */
    INFEASIBLE
  }

  /** Which outcome this is. */
  public abstract Outcome outcome();

  /** The routine, present exactly when the outcome is {@link Outcome#ROUTINE}. */
  public abstract Optional<Routine> routine();

  /** The referral, present exactly when the outcome is {@link Outcome#REFERRAL}. */
  public abstract Optional<Referral> referral();

  /** Why nothing could be composed, present exactly when the outcome is {@link Outcome#INFEASIBLE}. */
  public abstract Optional<String> infeasibleReason();

  /**
   * {@link #infeasibleReason()} as a code with arguments; a {@link MessageCode#TEXT} message of the
   * reason by default (for a result built by hand).
   */
  @Value.Default
  @Value.Auxiliary
  public Optional<Message> infeasibleMessage() {
    return infeasibleReason().map(Message::text);
  }

  /**
   * A {@linkplain Urgency#NON_URGENT non-urgent} referral that goes with a routine (or with an
   * infeasible answer): the person reported something a doctor should look at in the coming
   * weeks, such as signs of inflammatory back pain, which does not stop gentle exercise. Never
   * present with a {@link Outcome#REFERRAL}, whose referral lists such flags itself.
   */
  public abstract Optional<Referral> advice();

  /**
   * The focus areas no item serves, each with the {@link Limit} that kept it out; empty when
   * every focus area is served. With a routine this says what it leaves out; with {@link
   * Outcome#INFEASIBLE} why nothing could be composed for the focus.
   */
  public abstract ImmutableList<UnservedFocus> unserved();

  /** How far the routine falls short of its budget, and why; empty when it fills the budget. */
  public abstract Optional<Shortfall> shortfall();

  /** This result with {@code unserved} as its unserved focus areas. */
  final ComposeResult withUnserved(ImmutableList<UnservedFocus> unserved) {
    return new Builder().from(this).unserved(unserved).build();
  }

  /** This result with {@code advice} attached; see {@link #advice()}. */
  final ComposeResult withAdvice(Referral advice) {
    return new Builder().from(this).advice(advice).build();
  }

  /**
   * The routine.
   *
   * @throws IllegalStateException if the outcome is not a routine; the message says what it is
   */
  public final Routine routineOrThrow() {
    checkState(
        routine().isPresent(),
        "no routine: the outcome is %s%s",
        outcome(),
        referral().isPresent()
            ? " (" + referral().get().urgency() + ": " + referral().get().reasons() + ")"
            : infeasibleReason().map(r -> " (" + r + ")").orElse(""));
    return routine().get();
  }

  /** A result holding a routine. */
  public static ComposeResult of(Routine routine) {
    return new Builder().outcome(Outcome.ROUTINE).routine(routine).build();
  }

  /** A result holding a routine, with the focus areas it leaves unserved and its shortfall. */
  static ComposeResult of(
      Routine routine, ImmutableList<UnservedFocus> unserved, Optional<Shortfall> shortfall) {
    return new Builder()
        .outcome(Outcome.ROUTINE)
        .routine(routine)
        .unserved(unserved)
        .shortfall(shortfall)
        .build();
  }

  /** Nothing could be composed for the focus: why, in words and as a message, and what kept each area out. */
  static ComposeResult infeasible(String reason, Message message, ImmutableList<UnservedFocus> unserved) {
    return new Builder()
        .outcome(Outcome.INFEASIBLE)
        .infeasibleReason(reason)
        .infeasibleMessage(message)
        .unserved(unserved)
        .build();
  }

  /** A result holding a referral. */
  public static ComposeResult of(Referral referral) {
    return new Builder().outcome(Outcome.REFERRAL).referral(referral).build();
  }

  /** A result saying nothing could be composed, and why. */
  public static ComposeResult infeasible(String reason) {
    return new Builder().outcome(Outcome.INFEASIBLE).infeasibleReason(reason).build();
  }

  /** A new builder; {@link #of(Routine)}, {@link #of(Referral)} and {@link #infeasible} are shorter. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this result, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ComposeResult}; not thread-safe. */
  public static final class Builder extends ImmutableComposeResult.Builder {}

  @Value.Check
  void check() {
    checkArgument(routine().isPresent() == (outcome() == Outcome.ROUTINE), "routine must be present exactly for ROUTINE");
    checkArgument(referral().isPresent() == (outcome() == Outcome.REFERRAL), "referral must be present exactly for REFERRAL");
    checkArgument(
        infeasibleReason().isPresent() == (outcome() == Outcome.INFEASIBLE),
        "infeasibleReason must be present exactly for INFEASIBLE");
    checkArgument(
        infeasibleMessage().isPresent() == infeasibleReason().isPresent(),
        "infeasibleMessage must be present exactly when infeasibleReason is");
    checkArgument(
        !shortfall().isPresent() || outcome() == Outcome.ROUTINE,
        "shortfall must be empty unless the outcome is ROUTINE");
    referral()
        .ifPresent(
            r ->
                checkArgument(
                    r.urgency().stopsRoutine(),
                    "a referral outcome needs an emergency or urgent referral, but its urgency is %s",
                    r.urgency()));
    advice()
        .ifPresent(
            a ->
                checkArgument(
                    a.urgency() == Urgency.NON_URGENT && outcome() != Outcome.REFERRAL,
                    "advice must be a non-urgent referral beside a routine or infeasible outcome,"
                        + " but is %s beside %s",
                    a.urgency(),
                    outcome()));
  }
}
