package dev.limber.core;

import com.google.common.collect.ImmutableList;
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

  /** Where it comes from. */
  public abstract ImmutableList<String> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RedFlag}; not thread-safe. */
  public static final class Builder extends ImmutableRedFlag.Builder {}

  @Value.Check
  void check() {
    Ids.checkSlug("red flag id", id());
    Values.checkText("red flag " + id() + " name", name());
    Values.checkText("red flag " + id() + " question", question());
    Values.checkText("red flag " + id() + " description", description());
  }
}
