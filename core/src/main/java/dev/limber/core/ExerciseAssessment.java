package dev.limber.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a person's conditions mean for one exercise: allowed, allowed with cautions, allowed only
 * in a modified form, or excluded, each with the reasons in plain words.
 *
 * <p>Immutable and thread-safe. Made by {@link SafetyAssessment}.
 */
@Value.Immutable
public abstract class ExerciseAssessment {
  /** The four verdicts, from most to least permissive. */
  public enum Verdict {
    /** No condition restricts it. */
    ALLOWED,
    /** Allowed; {@link #warnings()} says what to watch for. */
    CAUTION,
    /**
     * Allowed only as {@link #modifications()} describe, or replaced by the easier variation
     * {@link #substituteId()}; {@link #reasons()} says why.
     */
    MODIFIED,
    /** Never in a routine for this person; {@link #reasons()} says why. */
    EXCLUDED
  }

  /** The exercise assessed. */
  public abstract String exerciseId();

  /** The verdict. */
  public abstract Verdict verdict();

  /** Why it was excluded or modified, one line per rule that applied. */
  public abstract ImmutableList<String> reasons();

  /** Cautions to show with the exercise (also for a modified one). */
  public abstract ImmutableList<String> warnings();

  /** {@link #reasons()} as codes with arguments. */
  public abstract ImmutableList<Message> reasonMessages();

  /** {@link #warnings()} as codes with arguments. */
  public abstract ImmutableList<Message> warningMessages();

  /** The declared modifications to apply, for a {@link Verdict#MODIFIED} verdict without a substitute. */
  public abstract ImmutableList<ExerciseModification> modifications();

  /** The easier variation that replaces the exercise, for a {@link Verdict#MODIFIED} verdict. */
  public abstract Optional<String> substituteId();

  /** Whether the exercise may enter a routine in some form. */
  public final boolean usable() {
    return verdict() != Verdict.EXCLUDED;
  }

  /**
   * The position of the form used: the first modification that moves the exercise decides it,
   * else the position of {@code exercise} (the substitute, when there is one).
   */
  final Position position(Exercise exercise) {
    for (ExerciseModification m : modifications()) {
      if (m.position().isPresent()) {
        return m.position().get();
      }
    }
    return exercise.position();
  }

  /** What a routine item says was changed and why, for a modified exercise; empty otherwise. */
  final Optional<Message> modificationNote(Exercise original) {
    if (verdict() != Verdict.MODIFIED) {
      return Optional.empty();
    }
    if (substituteId().isPresent()) {
      return Optional.of(
          Message.of(MessageCode.MODIFICATION_REPLACED, "exercise", original.id(), "reasons", reasonMessages()));
    }
    ImmutableList<String> changes =
        modifications().stream().map(ExerciseModification::description).collect(ImmutableList.toImmutableList());
    return Optional.of(Message.of(MessageCode.MODIFICATION_CHANGED, "changes", changes, "reasons", reasonMessages()));
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableExerciseAssessment.Builder {}
}
