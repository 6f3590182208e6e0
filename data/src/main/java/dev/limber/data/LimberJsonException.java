package dev.limber.data;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.limber.core.LimberException;
import dev.limber.core.Problem;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Thrown when JSON given to {@link LimberJson} to read (a request, a result or a routine) is not
 * valid, carrying every problem found, each with its resource, line, column and JSON path, as
 * catalog problems are reported. Nothing is half-read: the value was not built.
 */
public final class LimberJsonException extends LimberException {
  private static final long serialVersionUID = 1L;

  /** Every problem found, sorted. */
  private final ImmutableList<Problem> problems;

  /**
   * An exception for the given problems, sorted.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public LimberJsonException(Collection<Problem> problems) {
    super(describe(problems));
    this.problems = ImmutableList.sortedCopyOf(problems);
  }

  /** Every problem found, sorted by resource, line and column. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String describe(Collection<Problem> problems) {
    checkArgument(!problems.isEmpty(), "a LimberJsonException needs at least one problem");
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in JSON:\n"
        + problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
