package dev.limber.core;

import java.util.Locale;

/**
 * What a {@link Message} says, independent of language: every text Limber generates (item
 * reasons, cautions, changes, referral reasons, infeasible and shortfall reasons, notes on
 * unserved focus areas, the disclaimer) has one of these codes. Each constant's javadoc names its
 * arguments; an app can switch on the code and word the message its own way, or let a {@link
 * MessageRenderer} word it in English, German or Spanish.
 *
 * <p>Argument kinds: an <em>id</em> of a catalog element (a {@code String}), a list of area ids
 * ({@code List<String>}), a <em>catalog text</em> (a {@code String} taken from the catalog in its
 * language, such as a rule's reason), a count ({@code Integer}), an enum constant ({@link Phase},
 * {@link ExerciseKind}, {@link Limit}), or nested messages ({@link Message} or {@code
 * List<Message>}).
 *
 * <p>In JSON each constant is written as its {@link #id() id} (for example {@code item-reason-focus}).
 * Codes are stable: a new wording keeps its code, a new meaning gets a new one.
 */
public enum MessageCode {
  /**
   * Why an item was chosen, for a focused request. Arguments: {@code phase} ({@link Phase}),
   * {@code kind} ({@link ExerciseKind}), {@code areas} (the focus area ids it serves), {@code sets}
   * (its number of sets, 1 or more).
   */
  ITEM_REASON_FOCUS,
  /** Why an item was chosen, for a balanced session. Arguments as {@link #ITEM_REASON_FOCUS}. */
  ITEM_REASON_BALANCED,
  /**
   * Why an item serving no focus area was chosen: it rounds out the session. Arguments as {@link
   * #ITEM_REASON_FOCUS}, with {@code areas} the exercise's primary targets.
   */
  ITEM_REASON_ROUNDS_OUT,
  /** Why an item of a timed curated sequence is there. Arguments: {@code sequence} (id). */
  ITEM_REASON_SEQUENCE,
  /**
   * A condition's rule about an exercise. Arguments: {@code condition} (id), {@code reason}
   * (catalog text), {@code instead} (catalog text, may be empty: what to do instead).
   */
  CONTRAINDICATION,
  /**
   * A caution that excluded an exercise because the request excludes cautions. Arguments: {@code
   * caution} (a {@link #CONTRAINDICATION} message).
   */
  CAUTION_EXCLUDED,
  /** An exercise a MODIFY rule excluded: no declared modification or safe easier variation removes it. No arguments. */
  NO_SAFE_FORM,
  /**
   * An exercise replaced by its safe easier variation. Arguments: {@code exercise} (the original's
   * id), {@code reasons} (the {@link #CONTRAINDICATION} messages that made the change).
   */
  MODIFICATION_REPLACED,
  /**
   * An exercise done in its declared safer form. Arguments: {@code changes} (the modifications'
   * descriptions, catalog texts, {@code List<String>}), {@code reasons} (the {@link
   * #CONTRAINDICATION} messages that made the change).
   */
  MODIFICATION_CHANGED,
  /** A red flag's reason for a referral. Arguments: {@code redFlag} (id). */
  REFERRAL_REASON,
  /**
   * The built-in age check (first back pain outside the usual age range) when the catalog has no
   * red flag for it. Arguments: {@code redFlag} (id).
   */
  REFERRAL_AGE,
  /** Nothing in the catalog is safe and admissible for the request. No arguments. */
  INFEASIBLE_NOTHING_SAFE,
  /** No safe exercise fits in the budget. Arguments: {@code seconds} (the budget). */
  INFEASIBLE_TOO_SHORT,
  /**
   * No focus area can be served. Arguments: {@code unserved} (one {@link #FOCUS_LIMIT} message a
   * focus area).
   */
  INFEASIBLE_FOCUS,
  /** A focus area and what kept it out, inside other messages. Arguments: {@code area} (id), {@code limit} ({@link Limit}). */
  FOCUS_LIMIT,
  /**
   * A balanced session was composed instead of the focus on an area. Arguments: {@code area}
   * (id), {@code limit} ({@link Limit}).
   */
  BALANCED_INSTEAD,
  /** A focus area no item works. Arguments: {@code area} (id), {@code limit} ({@link Limit}). */
  UNSERVED_FOCUS,
  /**
   * The routine falls short of its budget. Arguments: {@code seconds} (how many), {@code limit}
   * ({@link Limit}).
   */
  SHORTFALL,
  /**
   * A step of a curated sequence left out for the person's conditions. Arguments: {@code
   * exercise} (id), {@code reasons} (messages: why).
   */
  LEFT_OUT,
  /** Every step of a curated sequence is left out. Arguments: {@code sequence} (id). */
  SEQUENCE_ALL_LEFT_OUT,
  /** The disclaimer shown with every routine ({@link Limber#DISCLAIMER} in English). No arguments. */
  DISCLAIMER,
  /**
   * A text given as it is, in no particular language, such as a reason an app wrote itself when
   * building a value by hand. Arguments: {@code text}.
   */
  TEXT;

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The constant's id as written in JSON. */
  public String id() {
    return id;
  }

  /**
   * The constant with the given {@link #id() id}.
   *
   * @throws IllegalArgumentException if no constant has that id; the message lists the ids
   */
  public static MessageCode fromId(String id) {
    return Ids.enumFromId(MessageCode.class, id);
  }
}
