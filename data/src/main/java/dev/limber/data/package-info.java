/**
 * The JSON side of Limber: the bundled catalog and its JSON Schemas, the {@link
 * dev.limber.data.CatalogLoader} that reads catalog files with file, line and column diagnostics,
 * {@link dev.limber.data.LimberJson} to write requests, results, routines and catalog exports and
 * to read requests, results and routines back, the Jackson {@link dev.limber.data.LimberModule},
 * and the {@link dev.limber.data.FreeExerciseDbMuscles} mapping.
 *
 * <p>Catalog files are plain JSON, one file per exercise or sequence, each naming its JSON Schema
 * in {@code "$schema"} so that editors check and complete it. The schemas are bundled under
 * {@code dev/limber/data/schema/}.
 *
 * <p>Catalog rules are stated once, in the values' own checks in core ({@link
 * dev.limber.core.InvalidValueException}); the reader here binds only types and structure and
 * places each problem at its field. Why: {@code docs/design-notes.md}.
 */
@NullMarked
package dev.limber.data;

import org.jspecify.annotations.NullMarked;
