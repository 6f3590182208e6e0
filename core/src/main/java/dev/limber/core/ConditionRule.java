package dev.limber.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule of a {@link Condition}: exercises that load a {@linkplain #pattern() movement pattern},
 * or that target an {@linkplain #area() area} (or any area inside it), are restricted with a
 * {@link Severity}. Exactly one of pattern and area is set.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConditionRule {
  /** The movement pattern the rule keys on; empty for an area rule. */
  public abstract Optional<MovementPattern> pattern();

  /** The area id the rule keys on (an exercise targeting it or any area inside it); empty for a pattern rule. */
  public abstract Optional<String> area();

  /** How strongly the rule restricts. */
  public abstract Severity severity();

  /** Why, in plain words an app can show. */
  public abstract String reason();

  /** For {@link Severity#MODIFY}: what to do instead, in plain words; may be empty otherwise. */
  @Value.Default
  public String instead() {
    return "";
  }

  /** A rule on a movement pattern. */
  public static ConditionRule onPattern(MovementPattern pattern, Severity severity, String reason) {
    return builder().pattern(pattern).severity(severity).reason(reason).build();
  }

  /** A rule on an area and every area inside it. */
  public static ConditionRule onArea(String areaId, Severity severity, String reason) {
    checkNotNull(areaId, "areaId");
    return builder().area(areaId).severity(severity).reason(reason).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ConditionRule}; not thread-safe. */
  public static final class Builder extends ImmutableConditionRule.Builder {}

  @Value.Check
  void check() {
    Checks c =
        new Checks("condition rule")
            .check(
                pattern().isPresent() || area().isPresent(),
                "$",
                "a rule needs a \"pattern\" or an \"area\" to key on")
            .check(
                !(pattern().isPresent() && area().isPresent()),
                "$",
                "a rule has either a \"pattern\" or an \"area\", not both")
            .text("$.reason", reason());
    area().ifPresent(a -> c.slug("$.area", a));
    if (!instead().isEmpty()) {
      c.text("$.instead", instead());
    }
    c.done();
  }

}
