package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Red-flag screening: a person's answers in; out, either clear (empty) or a {@link Referral} with
 * the urgency of the most urgent flag and every reason in plain words. Limber never composes a
 * routine for someone with an emergency or urgent red flag; a {@linkplain Urgency#NON_URGENT
 * non-urgent} one (see a doctor in the coming weeks) does not stop a routine.
 *
 * <p>{@link #questions(Set)} lists what to ask a person: every flag for everyone, plus those
 * {@linkplain RedFlag#askedWith() asked with} one of the person's conditions (the warning signs of
 * pregnancy, say).
 *
 * <p>Besides the flags a person reports, the screener raises the age-window flag ({@link
 * #AGE_RED_FLAG_ID}) when the person says this is their first episode and their age is outside
 * the window, {@value #DEFAULT_MIN_AGE} to {@value #DEFAULT_MAX_AGE} by default (guidelines vary
 * from under 20 to over 50-60, so it is configurable).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Optional<Referral> referral = Screener.of(catalog).screen(ScreeningAnswers.of("fever"));
 * }</pre>
 */
public final class Screener {
  /** The id of the red flag for a first episode outside the age window. */
  public static final String AGE_RED_FLAG_ID = "age-outside-window";

  /** The youngest age inside the default window. */
  public static final int DEFAULT_MIN_AGE = 20;

  /** The oldest age inside the default window. */
  public static final int DEFAULT_MAX_AGE = 55;

  private final Catalog catalog;
  private final int minAge;
  private final int maxAge;

  private Screener(Catalog catalog, int minAge, int maxAge) {
    this.catalog = catalog;
    this.minAge = minAge;
    this.maxAge = maxAge;
  }

  /** A screener over the catalog's red flags with the default age window. */
  public static Screener of(Catalog catalog) {
    return of(catalog, DEFAULT_MIN_AGE, DEFAULT_MAX_AGE);
  }

  /**
   * A screener over the catalog's red flags whose age window is {@code minAge} to {@code maxAge}
   * years, both included.
   *
   * @throws IllegalArgumentException if {@code minAge} is negative or greater than {@code maxAge}
   */
  public static Screener of(Catalog catalog, int minAge, int maxAge) {
    checkNotNull(catalog, "catalog");
    checkArgument(minAge >= 0, "minAge (%s) must not be negative", minAge);
    checkArgument(minAge <= maxAge, "minAge (%s) must not be greater than maxAge (%s)", minAge, maxAge);
    return new Screener(catalog, minAge, maxAge);
  }

  /**
   * The red flags to ask a person with the given conditions about, most urgent first: those
   * asked of everyone, and those {@linkplain RedFlag#askedWith() asked with} one of the
   * conditions. Condition ids may be given by id, name or alias.
   *
   * @throws IllegalArgumentException if a condition is unknown; the message lists close matches
   */
  public ImmutableList<RedFlag> questions(Set<String> conditionIds) {
    checkNotNull(conditionIds, "conditionIds");
    Set<String> conditions = catalog.resolveConditions(conditionIds);
    return catalog.redFlags().stream()
        .filter(f -> f.askedWith().isEmpty() || f.askedWith().stream().anyMatch(conditions::contains))
        .sorted(Comparator.comparing(RedFlag::urgency).thenComparing(RedFlag::id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Screens the answers.
   *
   * @return empty when no red flag applies; otherwise the referral, whose {@linkplain
   *     Referral#urgency() urgency} says whether it stops a routine
   * @throws IllegalArgumentException if a red flag id is unknown; the message lists close matches
   */
  public Optional<Referral> screen(ScreeningAnswers answers) {
    checkNotNull(answers, "answers");
    Set<String> reported = catalog.resolveRedFlags(answers.redFlags());
    List<RedFlag> raised = new ArrayList<>();
    reported.forEach(id -> raised.add(catalog.redFlagMap().get(id)));
    if (outsideAgeWindow(answers) && !reported.contains(AGE_RED_FLAG_ID)) {
      raised.add(
          catalog
              .redFlag(AGE_RED_FLAG_ID)
              .orElseGet(
                  () ->
                      RedFlag.builder()
                          .id(AGE_RED_FLAG_ID)
                          .name("First back pain outside the usual age range")
                          .question("Is this your first episode, and are you outside the usual age range?")
                          .description(
                              "Back pain that starts for the first time at this age should be checked by"
                                  + " a doctor before you exercise.")
                          .urgency(Urgency.URGENT)
                          .build()));
    }
    if (raised.isEmpty()) {
      return Optional.empty();
    }
    raised.sort(Comparator.comparing(RedFlag::urgency).thenComparing(RedFlag::id));
    Referral.Builder referral = Referral.builder().urgency(raised.get(0).urgency());
    MessageRenderer renderer = MessageRenderer.of(catalog);
    for (RedFlag flag : raised) {
      Message reason =
          Message.of(
              catalog.redFlag(flag.id()).isPresent() ? MessageCode.REFERRAL_REASON : MessageCode.REFERRAL_AGE,
              "redFlag",
              flag.id());
      referral.addRedFlagIds(flag.id()).addReasons(renderer.render(reason)).addReasonMessages(reason);
    }
    return Optional.of(referral.build());
  }

  private boolean outsideAgeWindow(ScreeningAnswers answers) {
    return answers.firstEpisode()
        && answers.age().isPresent()
        && (answers.age().getAsInt() < minAge || answers.age().getAsInt() > maxAge);
  }
}
