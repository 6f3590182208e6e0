package dev.limber.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Words {@link Message}s for a locale: English, German or Spanish (the languages Limber bundles),
 * with plurals and numbers as each language has them. A locale of another language gets English;
 * a regional locale gets its language ({@code de-AT} is worded in German).
 *
 * <p>The names of areas, exercises, conditions, red flags and sequences a message names by id come
 * from the renderer's {@link Catalog}, so a catalog loaded for a locale (the data module's
 * overlays) gives them in that language; an element the catalog lacks is named by its id.
 *
 * <pre>{@code
 * MessageRenderer german = MessageRenderer.of(catalog, Locale.GERMAN);
 * String reason = german.render(item.reasonMessage());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageRenderer {
  /** The languages with templates for every {@link MessageCode}, English first. */
  public static final ImmutableSet<Locale> LANGUAGES =
      ImmutableSet.of(Locale.ENGLISH, Locale.GERMAN, new Locale("es"));

  /** The template languages. */
  enum Language {
    EN,
    DE,
    ES
  }

  private final Catalog catalog;
  private final Locale locale;
  private final Language language;

  private MessageRenderer(Catalog catalog, Locale locale) {
    this.catalog = catalog;
    this.locale = locale;
    this.language = languageOf(locale);
  }

  /** A renderer for the catalog's {@linkplain Catalog#locale() locale}. */
  public static MessageRenderer of(Catalog catalog) {
    checkNotNull(catalog, "catalog");
    return new MessageRenderer(catalog, catalog.locale());
  }

  /**
   * A renderer for {@code locale}, naming elements as {@code catalog} does.
   *
   * @throws NullPointerException if an argument is null
   */
  public static MessageRenderer of(Catalog catalog, Locale locale) {
    return new MessageRenderer(checkNotNull(catalog, "catalog"), checkNotNull(locale, "locale"));
  }

  static Language languageOf(Locale locale) {
    switch (locale.getLanguage()) {
      case "de":
        return Language.DE;
      case "es":
        return Language.ES;
      default:
        return Language.EN;
    }
  }

  /** The locale asked for. */
  public Locale locale() {
    return locale;
  }

  /**
   * The language the messages are worded in: one of {@link #LANGUAGES}, English when the locale's
   * language has no templates.
   */
  public Locale language() {
    return LANGUAGES.asList().get(language.ordinal());
  }

  /**
   * The message in words.
   *
   * @throws NullPointerException if {@code message} is null
   * @throws IllegalArgumentException if it lacks an argument its code needs
   */
  public String render(Message message) {
    checkNotNull(message, "message");
    switch (language) {
      case DE:
        return Templates.german(message, this);
      case ES:
        return Templates.spanish(message, this);
      default:
        return Templates.english(message, this);
    }
  }

  /** Each message in words, in order. */
  public ImmutableList<String> renderAll(List<Message> messages) {
    checkNotNull(messages, "messages");
    return messages.stream().map(this::render).collect(ImmutableList.toImmutableList());
  }

  // ---------------------------------------------------------------- helpers for the templates

  /** An area's name as it reads inside a sentence (lower case in English and Spanish). */
  String area(String id) {
    String name = catalog.area(id).map(TargetArea::name).orElse(id);
    return language == Language.DE ? name : name.toLowerCase(language == Language.ES ? locale() : Locale.ROOT);
  }

  String areas(List<String> ids) {
    return ids.stream().map(this::area).collect(Collectors.joining(", "));
  }

  String exercise(String id) {
    return catalog.exercise(id).map(Exercise::name).orElse(id);
  }

  String condition(String id) {
    return catalog.condition(id).map(Condition::name).orElse(id);
  }

  String sequence(String id) {
    return catalog.sequence(id).map(Sequence::name).orElse(id);
  }

  String redFlag(String id) {
    return catalog
        .redFlag(id)
        .map(f -> f.name() + ": " + f.description())
        .orElse(id);
  }

  /** Each nested message in words, joined by spaces. */
  String sentences(List<Message> messages) {
    return messages.stream().map(this::render).collect(Collectors.joining(" "));
  }

  /** A count in this language's digits and grouping (none in English, as Limber always wrote). */
  String number(int n) {
    if (language == Language.EN || Math.abs(n) < 10_000) {
      return Integer.toString(n);
    }
    return NumberFormat.getIntegerInstance(language()).format(n);
  }

  /** A count with the singular or plural noun: {@code 1 Sekunde}, {@code 2 Sekunden}. */
  String plural(int n, String one, String other) {
    return number(n) + " " + (n == 1 ? one : other);
  }
}
