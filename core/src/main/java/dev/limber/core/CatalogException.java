package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Thrown when catalog data is invalid, carrying every problem found, not just the first. A
 * catalog that throws this was not built: nothing of it is half-loaded.
 */
public final class CatalogException extends LimberException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  /**
   * An exception for the given problems, sorted.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public CatalogException(Collection<Problem> problems) {
    super(describe(problems));
    this.problems = ImmutableList.sortedCopyOf(problems);
  }

  /** Every problem found, sorted by resource, line and column. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String describe(Collection<Problem> problems) {
    checkArgument(!problems.isEmpty(), "a CatalogException needs at least one problem");
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in catalog data:\n"
        + problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
