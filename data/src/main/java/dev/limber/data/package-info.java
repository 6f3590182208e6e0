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
 * <h2>Design note: one source of catalog rules</h2>
 *
 * <p>Every rule about a catalog value (a slug, a text that is not blank, at least three steps, a
 * dosage's range and order, a primary target that is not also secondary, a rule keyed on a pattern
 * or an area) is stated once, in the value's {@code @Value.Check} in core. The check collects every
 * rule the value breaks, each at the JSON name of its field ({@code $.dosage.default}), and throws
 * them together as a {@link dev.limber.core.InvalidValueException}. Rules across values (unknown
 * references, duplicates, a sequence's phase order, phase fit and position flow) are the {@link
 * dev.limber.core.Catalog}'s. The reader here only binds: JSON types, enum ids, known and required
 * fields, each item of a set listed once; it builds each value and places the value's problems at
 * their field's line and column. {@code validate} and loading run the same code, so they agree.
 *
 * <p>The JSON Schemas keep the structure (fields, types, enum ids, the slug form) for editors'
 * completion and checks; a test derives their fields from the reader's and their enums from
 * core's, and fails if a schema states a rule of the values (a range, a count), which would be a
 * second copy. Why not the schemas as the source: a schema validator at run time is a heavy
 * dependency on Android and slower than binding, its messages need translating, and plain JSON
 * Schema cannot state the rules across fields (min &lt;= default &lt;= max); and the values must
 * check themselves anyway for apps that build a catalog in code.
 */
@NullMarked
package dev.limber.data;

import org.jspecify.annotations.NullMarked;
