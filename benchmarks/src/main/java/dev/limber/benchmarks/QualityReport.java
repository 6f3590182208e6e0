package dev.limber.benchmarks;

import dev.limber.core.ComposerOptimum;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The composer's result against the exact optimum of its own objective on generated small
 * instances (see {@link ComposerOptimum}). Prints, as its last line, {@code optimality median=M
 * min=N fill median=F instances=K}: the composer's objective as a share of the optimum (over the
 * instances whose optimum is large enough for a ratio to mean something), and its total as a
 * share of the budget.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.limber.benchmarks.QualityReport
 * [instances]} (1,000 by default).
 */
public final class QualityReport {
  private QualityReport() {}

  public static void main(String[] args) {
    int instances = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    List<Double> optimality = new ArrayList<>();
    List<Double> fill = new ArrayList<>();
    int missed = 0;
    for (long seed = 0; seed < instances; seed++) {
      ComposerOptimum.Measure m = ComposerOptimum.measure(seed);
      if (m.optimum >= ComposerOptimum.MEANINGFUL) {
        optimality.add(m.optimality());
      }
      fill.add(m.fill);
      missed += m.fillMissed ? 1 : 0;
    }
    Collections.sort(optimality);
    Collections.sort(fill);
    System.out.printf(
        Locale.ROOT,
        "instances with a meaningful optimum: %d; budget fill missed where a plan fills it: %d%n",
        optimality.size(),
        missed);
    System.out.printf(
        Locale.ROOT,
        "optimality median=%.3f min=%.3f fill median=%.3f instances=%d%n",
        optimality.get(optimality.size() / 2),
        optimality.get(0),
        fill.get(fill.size() / 2),
        instances);
  }
}
