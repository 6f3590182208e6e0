package dev.limber.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The kinds of catalog file, each with its JSON Schema and its place in a catalog directory. */
enum FileKind {
  EXERCISE("exercise.schema.json", null, "exercises", CatalogSource.EXERCISE),
  SEQUENCE("sequence.schema.json", null, "sequences", CatalogSource.SEQUENCE),
  AREAS("areas.schema.json", "areas.json", null, CatalogSource.AREA),
  CONDITIONS("conditions.schema.json", "conditions.json", null, CatalogSource.CONDITION),
  RED_FLAGS("red-flags.schema.json", "red-flags.json", null, CatalogSource.RED_FLAG),
  GOALS("goals.schema.json", "goals.json", null, CatalogSource.GOAL),
  ADVICE("advice.schema.json", "advice.json", null, CatalogSource.ADVICE),
  POSE("pose.schema.json", null, "poses", CatalogSource.POSE);

  private final String schema;
  private final @Nullable String fileName;
  private final @Nullable String directory;
  private final String elementKind;

  FileKind(
      String schema, @Nullable String fileName, @Nullable String directory, String elementKind) {
    this.schema = schema;
    this.fileName = fileName;
    this.directory = directory;
    this.elementKind = elementKind;
  }

  /** The schema's file name, such as {@code exercise.schema.json}. */
  String schema() {
    return schema;
  }

  /** The kind of the elements the file holds, such as {@link CatalogSource#EXERCISE}. */
  String elementKind() {
    return elementKind;
  }

  /** The kind whose schema file name ends {@code schemaReference} (a path or URL), if any. */
  static Optional<FileKind> fromSchema(String schemaReference) {
    String name = lastSegment(schemaReference);
    return Arrays.stream(values()).filter(k -> k.schema.equals(name)).findFirst();
  }

  /**
   * The kind a file has by where it is: in an {@code exercises} or {@code sequences} folder, or
   * named {@code areas.json}, {@code conditions.json}, {@code red-flags.json}, {@code goals.json} or
   * {@code advice.json}.
   */
  static Optional<FileKind> fromLocation(String resource) {
    String normalized = resource.replace('\\', '/');
    String name = lastSegment(normalized);
    String parent = lastSegment(normalized.substring(0, Math.max(0, normalized.length() - name.length() - 1)));
    for (FileKind kind : values()) {
      if (kind.directory != null && kind.directory.equals(parent)
          && name.toLowerCase(Locale.ROOT).endsWith(".json")) {
        return Optional.of(kind);
      }
      if (kind.fileName != null && kind.fileName.equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Whether files of this kind hold one element named after the file, such as {@code cat-cow.json}. */
  boolean namedAfterId() {
    return directory != null;
  }

  /** The file name without folders and without {@code .json}. */
  static String stem(String resource) {
    String name = lastSegment(resource.replace('\\', '/'));
    return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
  }

  private static String lastSegment(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
