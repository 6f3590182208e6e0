package dev.limber.core;

/** How the composer treats exercises a condition marks {@link Severity#CAUTION}. */
public enum CautionPolicy {
  /** Allow them, with the caution as a warning on the routine item. The default. */
  WARN,
  /** Leave them out, as if they were marked avoid. */
  EXCLUDE
}
