/**
 * Runnable examples of Limber, one per kind of user, and the {@code limber} command-line tool.
 *
 * <ul>
 *   <li>{@link dev.limber.examples.ComposeInCode}: a fitness-app developer composing a routine
 *       from the bundled catalog;
 *   <li>{@link dev.limber.examples.LoadYourOwnExercises}: an app or contributor with exercises of
 *       its own, loaded on top of the bundled catalog, and the report for a broken file;
 *   <li>{@link dev.limber.examples.BuildASequenceInCode}: a developer building and timing a
 *       sequence in code;
 *   <li>{@link dev.limber.examples.LimberCli}: the command-line tool, packaged as the runnable
 *       {@code limber.jar}.
 * </ul>
 *
 * <p>Each example asserts what it shows and fails loudly if it does not hold; the build runs them
 * all. Limber's texts are general guidance on exercise, not medical advice.
 */
@NullMarked
package dev.limber.examples;

import org.jspecify.annotations.NullMarked;
