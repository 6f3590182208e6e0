package dev.limber.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.data.CatalogLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
  private static final String ROOT = "dev/limber/data/catalog/";
  private static final int WARM_UP = 20;

  private LoaderCpuTime() {}

  /** Loads the bundled catalog {@code loads} times (250 by default), then parses it three times as often. */
  public static void main(String[] args) throws IOException {
    int loads = args.length > 0 ? Integer.parseInt(args[0]) : 250;
    Map<String, String> files = new LinkedHashMap<>();
    try (BufferedReader index = reader(ROOT + "index.txt")) {
      for (String line = index.readLine(); line != null; line = index.readLine()) {
        if (!line.trim().isEmpty()) {
          files.put(ROOT + line.trim(), read(ROOT + line.trim()));
        }
      }
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    ObjectMapper mapper = new ObjectMapper();
    long cpu = 0;
    long bytes = 0;
    for (int i = 0; i < WARM_UP + loads; i++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long bytes0 = threads.getThreadAllocatedBytes(id);
      CatalogLoader.Builder loader = CatalogLoader.builder().includeBundled(false);
      files.forEach(loader::addJson);
      loader.load();
      if (i >= WARM_UP) {
        cpu += threads.getCurrentThreadCpuTime() - cpu0;
        bytes += threads.getThreadAllocatedBytes(id) - bytes0;
      }
    }
    long rawCpu = 0;
    long rawBytes = 0;
    int fields = 0;
    for (int i = 0; i < 3 * (WARM_UP + loads); i++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long bytes0 = threads.getThreadAllocatedBytes(id);
      for (String json : files.values()) {
        fields += mapper.readTree(json).size();
      }
      if (i >= 3 * WARM_UP) {
        rawCpu += threads.getCurrentThreadCpuTime() - cpu0;
        rawBytes += threads.getThreadAllocatedBytes(id) - bytes0;
      }
    }
    double load = cpu / 1e6 / loads;
    double raw = rawCpu / 1e6 / (3 * loads);
    double loadMb = bytes / 1e6 / loads;
    double rawMb = rawBytes / 1e6 / (3 * loads);
    System.out.printf(
        Locale.ROOT,
        "load %.2f ms CPU, %.2f MB; raw Jackson parse %.2f ms CPU, %.2f MB; ratio %.1f CPU,"
            + " %.1f bytes (%d fields)%n",
        load, loadMb, raw, rawMb, load / raw, loadMb / rawMb, fields);
  }

  private static BufferedReader reader(String resource) throws IOException {
    InputStream in = LoaderCpuTime.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing resource " + resource);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static String read(String resource) throws IOException {
    StringBuilder text = new StringBuilder();
    try (BufferedReader in = reader(resource)) {
      char[] buffer = new char[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(buffer, 0, n);
      }
    }
    return text.toString();
  }
}
