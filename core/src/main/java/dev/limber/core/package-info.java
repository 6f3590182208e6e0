/**
 * Limber's core: the immutable domain model of exercises, body areas, conditions, red flags,
 * sequences and routines; the indexed, validated {@link dev.limber.core.Catalog}; red-flag
 * {@link dev.limber.core.Screener screening}; contraindication {@link
 * dev.limber.core.SafetyAssessment assessment}; and the {@link dev.limber.core.RoutineComposer}.
 *
 * <p>Every value type is immutable and thread-safe, built with a nested {@code Builder}; the
 * builders are not thread-safe. Nothing in this package reads JSON: the {@code dev.limber.data}
 * module loads catalogs, and an app may build one from its own store instead.
 *
 * <p>Limber's texts are general guidance on exercise, not medical advice.
 */
@NullMarked
@LimberStyle
package dev.limber.core;

import org.jspecify.annotations.NullMarked;
