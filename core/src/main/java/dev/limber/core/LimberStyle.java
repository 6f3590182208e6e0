package dev.limber.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style for the whole project: the abstract value type is the public API
 * (for example {@link Exercise}), its generated implementation stays package-private behind it,
 * and every value is built through a nested {@code Builder} ({@code Exercise.builder()}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    depluralize = true,
    depluralizeDictionary = {"focus:focus", "aliases:alias", "redFlags:redFlag", "removes:remove"},
    optionalAcceptNullable = false,
    jdkOnly = false,
    allParameters = false,
    // Keeps the compile-only Immutables annotations out of the generated classes, so modules that
    // use core never need Immutables on their classpath.
    allowedClasspathAnnotations = {Override.class})
@interface LimberStyle {}
