package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A person's answers to the red-flag questions: the ids of the red flags they report, and
 * optionally their age and whether this is the first time they have had this pain, for the
 * age-window flag ({@link Screener#AGE_RED_FLAG_ID}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScreeningAnswers {
  private static final ScreeningAnswers NONE = builder().build();

  /** Ids of the red flags the person reports. */
  public abstract ImmutableSet<String> redFlags();

  /** The person's age in years, if given. */
  public abstract OptionalInt age();

  /** Whether this is the first episode of this pain; used with {@link #age()}. */
  @Value.Default
  public boolean firstEpisode() {
    return false;
  }

  /** No red flags reported. */
  public static ScreeningAnswers none() {
    return NONE;
  }

  /** The given red flags reported. */
  public static ScreeningAnswers of(String... redFlagIds) {
    checkNotNull(redFlagIds, "redFlagIds");
    for (int i = 0; i < redFlagIds.length; i++) {
      checkNotNull(redFlagIds[i], "redFlagIds[%s]", i);
    }
    return builder().addAllRedFlags(Arrays.asList(redFlagIds)).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds {@link ScreeningAnswers}; not thread-safe. */
  public static final class Builder extends ImmutableScreeningAnswers.Builder {}

  @Value.Check
  void check() {
    age().ifPresent(a -> checkArgument(a >= 0 && a <= 130, "age (%s) must be between 0 and 130", a));
  }
}
