package dev.limber.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.core.Catalog;
import dev.limber.data.CatalogLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled catalog (strict parsing with locations, building and validating the
 * catalog, resolving contraindications) against a raw Jackson parse of the same bytes into trees.
 * Both read from memory, so neither measures the classpath. Report the ratio from one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LoaderBenchmark {
  private static final String ROOT = "dev/limber/data/catalog/";

  private final Map<String, String> files = new LinkedHashMap<>();
  private final ObjectMapper mapper = new ObjectMapper();

  @Setup
  public void setUp() throws IOException {
    try (BufferedReader index = reader(ROOT + "index.txt")) {
      for (String line = index.readLine(); line != null; line = index.readLine()) {
        if (!line.isBlank()) {
          files.put(ROOT + line.strip(), read(ROOT + line.strip()));
        }
      }
    }
  }

  @Benchmark
  public Catalog loadBundledCatalog() {
    CatalogLoader.Builder loader = CatalogLoader.builder().includeBundled(false);
    files.forEach(loader::addJson);
    return loader.load();
  }

  @Benchmark
  public int rawJacksonParse() throws IOException {
    int fields = 0;
    for (String json : files.values()) {
      JsonNode tree = mapper.readTree(json);
      fields += tree.size();
    }
    return fields;
  }

  private static BufferedReader reader(String resource) {
    InputStream in = LoaderBenchmark.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing resource " + resource));
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
