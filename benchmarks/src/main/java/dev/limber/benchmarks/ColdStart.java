package dev.limber.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.core.Catalog;
import dev.limber.data.CatalogLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The first load of the bundled catalog in a fresh JVM, against a raw Jackson parse of the same
 * bytes in a fresh JVM: what an app pays once at start, class loading and JIT warm-up included.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.limber.benchmarks.ColdStart [runs]
 * </pre>
 *
 * <p>Each run starts two JVMs one after the other: one calls {@code CatalogLoader.bundled()}
 * (read every bundled file from the classpath, parse strictly with locations, build and validate
 * the catalog, resolve contraindications); the other reads the same files from the classpath and
 * parses each into a Jackson tree with a new {@code ObjectMapper}. Each child times only its own
 * work, from its first line to the result, and prints milliseconds. The report gives the median of
 * each and their ratio.
 */
public final class ColdStart {
  private static final String ROOT = "dev/limber/data/catalog/";

  private ColdStart() {}

  /** With no mode, runs the comparison; with {@code load} or {@code parse}, is one child. */
  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("load")) {
      long start = System.nanoTime();
      Catalog catalog = CatalogLoader.bundled();
      long nanos = System.nanoTime() - start;
      System.out.println(nanos / 1e6 + " " + catalog.exercises().size());
      return;
    }
    if (args.length == 1 && args[0].equals("parse")) {
      long start = System.nanoTime();
      int files = parseRaw();
      long nanos = System.nanoTime() - start;
      System.out.println(nanos / 1e6 + " " + files);
      return;
    }
    int runs = args.length == 1 ? Integer.parseInt(args[0]) : 7;
    List<Double> loads = new ArrayList<>();
    List<Double> parses = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      loads.add(child("load"));
      parses.add(child("parse"));
    }
    double load = median(loads);
    double parse = median(parses);
    System.out.printf("runs: %d fresh JVMs each%n", runs);
    System.out.printf("bundled() first load: median %.0f ms  %s%n", load, loads);
    System.out.printf("raw Jackson parse:    median %.0f ms  %s%n", parse, parses);
    System.out.printf("ratio: %.2f%n", load / parse);
  }

  /** Reads every bundled file the index lists and parses it into a tree; returns how many. */
  private static int parseRaw() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    int files = 0;
    for (String file : index()) {
      try (InputStream in = ColdStart.class.getResourceAsStream("/" + ROOT + file)) {
        mapper.readTree(in.readAllBytes());
        files++;
      }
    }
    return files;
  }

  private static List<String> index() throws IOException {
    List<String> files = new ArrayList<>();
    try (InputStream in = ColdStart.class.getResourceAsStream("/" + ROOT + "index.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          files.add(line.strip());
        }
      }
    }
    return files;
  }

  private static double child(String mode) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ColdStart.class.getName(), mode)
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(mode + " failed: " + out);
    }
    String[] lines = out.split("\\R");
    return Double.parseDouble(lines[lines.length - 1].split(" ")[0]);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
