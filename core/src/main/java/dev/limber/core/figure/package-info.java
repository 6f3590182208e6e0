/**
 * Figures drawn from pose data: a 2D articulated body with segment lengths from Winter's
 * anthropometric table, joint angles as the data, forward kinematics, checks of joint ranges,
 * the floor and the contacts an exercise's position implies, and a renderer to small,
 * self-contained SVG.
 *
 * <p>Nothing here uses desktop graphics (AWT, java.desktop) or JSON, so it runs on Android. The
 * public types are {@link dev.limber.core.figure.Pose}, {@link dev.limber.core.figure.Keyframe},
 * {@link dev.limber.core.figure.Joint}, {@link dev.limber.core.figure.BasePose}, {@link
 * dev.limber.core.figure.View}, {@link dev.limber.core.figure.Prop}, {@link
 * dev.limber.core.figure.FigureOptions} and {@link dev.limber.core.figure.Figures}.
 */
@NullMarked
package dev.limber.core.figure;

import org.jspecify.annotations.NullMarked;
