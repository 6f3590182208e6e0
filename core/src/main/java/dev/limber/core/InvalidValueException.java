package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Thrown when a value would break its rules, such as an {@link Exercise} with two steps or a
 * {@link Dosage} whose default is below its minimum: every broken rule of the value, not just the
 * first, each as a {@link Problem} whose {@link Problem#path() path} names the field in the
 * catalog's JSON form, relative to the value ({@code $.steps}, {@code $.default}, {@code
 * $.modifications[0].removes[1]}) and whose {@link Problem#resource() resource} names the value
 * ({@code exercise cat-cow}). A loader places each problem at its field's line and column; code
 * that builds values reads the message, which lists them all.
 *
 * <p>These rules are the one statement of what valid catalog data is: the JSON loader binds only
 * types and structure, and {@code validate} reports exactly what these checks and the {@link
 * Catalog} report. Immutable and thread-safe.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  /**
   * An exception for the given problems, in the order given.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidValueException(Collection<Problem> problems) {
    super(describe(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every rule the value breaks, in the order of its fields; never empty. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String describe(Collection<Problem> problems) {
    checkArgument(!problems.isEmpty(), "an InvalidValueException needs at least one problem");
    return problems.stream()
        .map(p -> p.resource() + ": " + p.message() + (p.path().equals("$") ? "" : " (at " + p.path() + ")"))
        .collect(Collectors.joining("; "));
  }
}
