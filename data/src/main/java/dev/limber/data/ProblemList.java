package dev.limber.data;

import com.google.common.collect.ImmutableList;
import dev.limber.core.Problem;
import dev.limber.data.JsonDocument.Mark;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while loading, in the order found. Not thread-safe. */
final class ProblemList {
  private final List<Problem> problems = new ArrayList<>();

  /** Adds a problem at {@code mark} in {@code resource}, about the value at {@code path}. */
  void add(String resource, Mark mark, String path, String message) {
    problems.add(
        Problem.builder()
            .resource(resource)
            .line(mark.line())
            .column(mark.column())
            .path(path)
            .message(message)
            .build());
  }

  void add(Problem problem) {
    problems.add(problem);
  }

  void addAll(Iterable<Problem> more) {
    more.forEach(problems::add);
  }

  int size() {
    return problems.size();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  ImmutableList<Problem> sorted() {
    return ImmutableList.sortedCopyOf(problems);
  }
}
