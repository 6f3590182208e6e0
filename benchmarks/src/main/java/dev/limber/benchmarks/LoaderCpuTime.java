package dev.limber.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What {@link LoaderBenchmark} compares, measured in this thread's CPU time and allocated bytes
 * instead of wall-clock time, which on a busy shared machine is mostly the other processes' work.
 * Run it a few times, alternating with the code to compare, and take the median ratio.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.limber.benchmarks.LoaderCpuTime [loads]
 * </pre>
 */
public final class LoaderCpuTime {
  private static final int WARM_UP = 20;

  private LoaderCpuTime() {}

  /**
   * Loads the bundled catalog {@code loads} times (250 by default) after a warm-up, then parses it
   * three times as often, and prints each one's CPU time and allocation and their ratios.
   */
  public static void main(String[] args) throws IOException {
    int loads = args.length > 0 ? Integer.parseInt(args[0]) : 250;
    LoaderBenchmark benchmark = new LoaderBenchmark();
    benchmark.setUp();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long[] load = new long[2];
    for (int i = 0; i < WARM_UP + loads; i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long bytes = threads.getThreadAllocatedBytes(id);
      benchmark.loadBundledCatalog();
      if (i >= WARM_UP) {
        load[0] += threads.getCurrentThreadCpuTime() - cpu;
        load[1] += threads.getThreadAllocatedBytes(id) - bytes;
      }
    }
    long[] raw = new long[2];
    for (int i = 0; i < 3 * (WARM_UP + loads); i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long bytes = threads.getThreadAllocatedBytes(id);
      benchmark.rawJacksonParse();
      if (i >= 3 * WARM_UP) {
        raw[0] += threads.getCurrentThreadCpuTime() - cpu;
        raw[1] += threads.getThreadAllocatedBytes(id) - bytes;
      }
    }
    double loadMs = load[0] / 1e6 / loads;
    double rawMs = raw[0] / 1e6 / (3 * loads);
    double loadMb = load[1] / 1e6 / loads;
    double rawMb = raw[1] / 1e6 / (3 * loads);
    System.out.printf(
        Locale.ROOT,
        "load %.2f ms CPU, %.2f MB; raw Jackson parse %.2f ms CPU, %.2f MB; ratio %.1f CPU, %.1f"
            + " bytes%n",
        loadMs, loadMb, rawMs, rawMb, loadMs / rawMs, loadMb / rawMb);
  }
}
