package dev.limber.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads catalog files from a file system, refusing with a message what is not a regular file of
 * a catalog file's size: a directory, a device, a pipe or a socket (which is never opened, so
 * that a pipe cannot hang the reader nor a device fill the memory), a broken symbolic link, a
 * link that loops, and a file over {@link ReadLimits#MAX_FILE_BYTES}. A link to a regular file is
 * followed.
 */
final class CatalogFiles {
  private CatalogFiles() {}

  /** Reads {@code file} into {@code reader}, or reports why it cannot be read. */
  static void read(Path file, CatalogFileReader reader) {
    String name = file.toString();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      reader.unreadable(name, isLink(file) ? brokenLink(file) : "no such file");
      return;
    } catch (IOException | RuntimeException e) {
      reader.unreadable(
          name,
          isLink(file)
              ? "a symbolic link that cannot be followed (does it loop?): " + reason(e)
              : "cannot read the file: " + reason(e));
      return;
    }
    if (attributes.isDirectory()) {
      reader.unreadable(
          name, "a directory, not a file: a catalog file is a regular file named *.json");
      return;
    }
    if (!attributes.isRegularFile()) {
      reader.unreadable(
          name,
          "not a regular file (a device, a pipe or a socket): only regular files are read");
      return;
    }
    if (attributes.size() > ReadLimits.MAX_FILE_BYTES) {
      reader.unreadable(name, ReadLimits.tooLarge(attributes.size()));
      return;
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // One byte more than the limit, to tell a file that grew since its size was read.
      bytes = readAtMost(in, ReadLimits.MAX_FILE_BYTES + 1);
    } catch (IOException | RuntimeException e) {
      reader.unreadable(name, "cannot read the file: " + reason(e));
      return;
    }
    if (bytes.length > ReadLimits.MAX_FILE_BYTES) {
      reader.unreadable(name, ReadLimits.tooLarge(bytes.length));
      return;
    }
    reader.read(name, bytes);
  }

  /** Up to {@code limit} bytes of {@code in} (InputStream.readNBytes is not on Android 8). */
  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int total = 0;
    while (total < limit) {
      int read = in.read(buffer, 0, Math.min(buffer.length, limit - total));
      if (read < 0) {
        break;
      }
      out.write(buffer, 0, read);
      total += read;
    }
    return out.toByteArray();
  }

  /** Why {@code directory}, which {@link Files#isDirectory} says is none, cannot be listed. */
  static String notADirectory(Path directory) {
    if (isLink(directory) && !Files.exists(directory)) {
      return brokenLink(directory);
    }
    return Files.exists(directory) ? "not a directory" : "no such directory";
  }

  private static boolean isLink(Path path) {
    return Files.isSymbolicLink(path);
  }

  private static String brokenLink(Path link) {
    try {
      return "a broken symbolic link (to " + Files.readSymbolicLink(link)
          + ", which does not exist, or loops)";
    } catch (IOException | RuntimeException e) {
      return "a broken symbolic link";
    }
  }

  private static String reason(Exception e) {
    if (e instanceof FileSystemException) {
      String reason = ((FileSystemException) e).getReason();
      return reason != null ? reason : e.getClass().getSimpleName();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** Whether {@code path} exists, without following a link. */
  static boolean existsItself(Path path) {
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }
}
