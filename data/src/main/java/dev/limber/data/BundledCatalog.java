package dev.limber.data;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.io.ByteStreams;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The catalog files bundled in the jar, read once. The build writes {@code index.txt} beside them
 * listing every file, so no classpath directory is ever listed: this works from a jar, from a
 * folder and on Android alike.
 */
final class BundledCatalog {
  /** The classpath folder of the bundled catalog, with a trailing slash. */
  static final String ROOT = "dev/limber/data/catalog/";

  /** The index the build writes, one file path relative to {@link #ROOT} a line. */
  static final String INDEX = ROOT + "index.txt";

  private static final Supplier<CatalogSource> SOURCE = Suppliers.memoize(BundledCatalog::read);

  private BundledCatalog() {}

  /** The bundled files read into a source; the same instance every time. Do not modify it. */
  static CatalogSource source() {
    return SOURCE.get();
  }

  /** The file paths the index lists, relative to {@link #ROOT}, in index order. */
  static List<String> indexedFiles() throws IOException {
    try (InputStream in = open(INDEX)) {
      if (in == null) {
        throw new IOException("missing classpath resource " + INDEX);
      }
      List<String> files = new ArrayList<>();
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.trim().isEmpty()) {
          files.add(line.trim());
        }
      }
      return files;
    }
  }

  private static CatalogSource read() {
    CatalogSource source = new CatalogSource();
    CatalogFileReader reader = new CatalogFileReader(source);
    List<String> files;
    try {
      files = indexedFiles();
    } catch (IOException e) {
      reader.unreadable(
          INDEX,
          "the bundled catalog has no index (" + e.getMessage() + "); the data module's build"
              + " writes it in process-resources, so build it with Maven before running");
      return source;
    }
    for (String file : files) {
      String resource = ROOT + file;
      try (InputStream in = open(resource)) {
        if (in == null) {
          reader.unreadable(resource, "listed in " + INDEX + " but not on the classpath");
        } else {
          reader.read(resource, ByteStreams.toByteArray(in));
        }
      } catch (IOException e) {
        reader.unreadable(resource, "cannot read: " + e);
      }
    }
    return source;
  }

  private static @Nullable InputStream open(String resource) {
    return BundledCatalog.class.getResourceAsStream("/" + resource);
  }
}
