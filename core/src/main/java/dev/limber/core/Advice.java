package dev.limber.core;


import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * Everyday advice beside the exercises, such as how to set up a desk so the back and neck are
 * spared: a titled list of tips an app can show on its own or with a routine.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Advice {
  /** Stable slug id, such as {@code desk-setup}. */
  public abstract String id();

  /** Title shown to people. */
  public abstract String name();

  /** One or two sentences on what the advice is for. */
  public abstract String summary();

  /** The tips, each a short instruction in plain words with its figure where there is one; at least one. */
  public abstract ImmutableList<String> tips();

  /** Free tags such as {@code desk} or {@code posture}, to match the advice with routines. */
  public abstract ImmutableSet<String> tags();

  /** Where its facts and figures come from. */
  public abstract ImmutableList<String> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds an {@link Advice}; not thread-safe. */
  public static final class Builder extends ImmutableAdvice.Builder {}

  @Value.Check
  void check() {
    new Checks("advice", id())
        .slug("$.id", id())
        .text("$.name", name())
        .text("$.summary", summary())
        .atLeast("$.tips", tips(), 1)
        .texts("$.tips", tips())
        .slugs("$.tags", tags())
        .texts("$.sources", sources())
        .done();
  }

}
