package dev.limber.core;

import org.immutables.value.Value;

/**
 * A contraindication of one exercise for one condition: how strongly the condition restricts it
 * and why. An exercise may state some explicitly; the {@link Catalog} also derives them from each
 * condition's movement-pattern and area {@linkplain ConditionRule rules}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contraindication {
  /** The condition's id. */
  public abstract String conditionId();

  /** How strongly the condition restricts the exercise. */
  public abstract Severity severity();

  /** Why, in plain words. */
  public abstract String reason();

  /** What to do instead, for a {@link Severity#MODIFY}; may be empty otherwise. */
  @Value.Default
  public String instead() {
    return "";
  }

  /**
   * The movement pattern whose condition rule implied this contraindication; empty for an
   * exercise's explicit contraindications and for area rules. A declared {@link
   * ExerciseModification} can only lift a pattern contraindication.
   */
  public abstract java.util.Optional<MovementPattern> pattern();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Contraindication}; not thread-safe. */
  public static final class Builder extends ImmutableContraindication.Builder {}

  @Value.Check
  void check() {
    Checks c = new Checks("contraindication").slug("$.condition", conditionId()).text("$.reason", reason());
    if (!instead().isEmpty()) {
      c.text("$.instead", instead());
    }
    c.done();
  }

}
