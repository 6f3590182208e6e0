package dev.limber.data;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.io.ByteStreams;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One locale overlay file, read: its locale (the folder under {@code l10n/}), its path relative to
 * {@code l10n/} (such as {@code de/exercises/cat-cow.json}), its resource name for problems, and
 * its bytes (empty with {@code error} set when it could not be read).
 */
final class OverlayFile {
  /** The classpath index of the bundled overlays, one path relative to {@code l10n/} a line. */
  static final String INDEX = BundledCatalog.ROOT + "l10n/index.txt";

  private static final Supplier<ImmutableList<OverlayFile>> BUNDLED = Suppliers.memoize(OverlayFile::readBundled);

  final String locale;
  final String relative;
  final String resource;
  final byte[] bytes;
  final String error;
  /** Whether it is bundled; an added file's entries take the place of bundled ones. */
  final boolean bundled;

  OverlayFile(String relative, String resource, byte[] bytes, String error) {
    this(relative, resource, bytes, error, false);
  }

  OverlayFile(String relative, String resource, byte[] bytes, String error, boolean bundled) {
    this.bundled = bundled;
    this.relative = relative;
    this.locale = relative.substring(0, relative.indexOf('/'));
    this.resource = resource;
    this.bytes = bytes;
    this.error = error;
  }

  /** The bundled overlay files, read once. */
  static ImmutableList<OverlayFile> bundled() {
    return BUNDLED.get();
  }

  private static ImmutableList<OverlayFile> readBundled() {
    List<OverlayFile> out = new ArrayList<>();
    try (InputStream in = OverlayFile.class.getResourceAsStream("/" + INDEX)) {
      if (in == null) {
        return ImmutableList.of();
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String relative = line.trim();
        if (relative.isEmpty() || relative.indexOf('/') < 0) {
          continue;
        }
        String resource = BundledCatalog.ROOT + "l10n/" + relative;
        try (InputStream file = OverlayFile.class.getResourceAsStream("/" + resource)) {
          if (file == null) {
            out.add(new OverlayFile(relative, resource, new byte[0], "listed in " + INDEX + " but not on the classpath", true));
          } else {
            out.add(new OverlayFile(relative, resource, ByteStreams.toByteArray(file), "", true));
          }
        }
      }
    } catch (IOException e) {
      out.add(new OverlayFile("?/index", INDEX, new byte[0], "cannot read: " + e, true));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * The overlay files of a catalog directory: {@code l10n/<locale>/*.json} and {@code
   * l10n/<locale>/exercises/*.json}; none if it has no {@code l10n} folder.
   */
  static ImmutableList<OverlayFile> inDirectory(Path directory) {
    Path l10n = directory.resolve("l10n");
    if (!Files.isDirectory(l10n)) {
      return ImmutableList.of();
    }
    List<OverlayFile> out = new ArrayList<>();
    for (Path localeDir : list(l10n)) {
      String locale = localeDir.getFileName().toString();
      if (!Files.isDirectory(localeDir) || !LocaleOverlays.isLocaleTag(locale)) {
        continue;
      }
      List<Path> files = new ArrayList<>(json(localeDir));
      files.addAll(json(localeDir.resolve("exercises")));
      for (Path f : files) {
        String relative = l10n.relativize(f).toString().replace('\\', '/');
        try {
          out.add(new OverlayFile(relative, f.toString(), Files.readAllBytes(f), ""));
        } catch (IOException e) {
          out.add(new OverlayFile(relative, f.toString(), new byte[0], "cannot read: " + e.getMessage()));
        }
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().collect(Collectors.toList());
    } catch (IOException e) {
      return ImmutableList.of();
    }
  }

  private static List<Path> json(Path dir) {
    if (!Files.isDirectory(dir)) {
      return ImmutableList.of();
    }
    return list(dir).stream()
        .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") && Files.isRegularFile(f))
        .collect(Collectors.toList());
  }
}
