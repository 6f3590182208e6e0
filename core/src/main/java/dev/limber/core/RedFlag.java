package dev.limber.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * A symptom that calls for a doctor instead of a routine. When a person reports one, Limber
 * composes nothing and gives a {@link Referral} with its {@link Urgency}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RedFlag {
  /** Stable slug id, such as {@code saddle-numbness}. */
  public abstract String id();

  /** Short name shown to people. */
  public abstract String name();

  /** A yes-or-no question an app can ask, in plain words. */
  public abstract String question();

  /** Why it matters and what to do, in plain words; shown as the referral's reason. */
  public abstract String description();

  /** How soon to be seen. */
  public abstract Urgency urgency();

  /** How the question is answered. */
  public enum Answer {
    /** Yes or no: a yes raises the flag. */
    YES_NO,
    /**
     * The person's age in years, with whether this is their first episode: the {@link Screener}
     * raises the flag when a first episode falls outside its age window.
     */
    AGE
  }

  /** How the question is answered; {@link Answer#YES_NO} by default. */
  @Value.Default
  public Answer answer() {
    return Answer.YES_NO;
  }

  /**
   * Condition ids whose people should be asked this question besides everyone else's, such as
   * {@code pregnancy} for the warning signs of pregnancy; empty for a question for everyone.
   * See {@link Screener#questions(java.util.Set)}.
   */
  public abstract ImmutableSet<String> askedWith();

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

  /** Builds a {@link RedFlag}; not thread-safe. */
  public static final class Builder extends ImmutableRedFlag.Builder {}

  @Value.Check
  void check() {
    new Checks("red flag", id())
        .slug("$.id", id())
        .text("$.name", name())
        .text("$.question", question())
        .text("$.description", description())
        .slugs("$.askedWith", askedWith())
        .texts("$.sources", sources())
        .done();
  }

}
