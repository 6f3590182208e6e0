package dev.limber.core;

/**
 * The root of the exceptions Limber throws for bad data. Bad arguments to the API throw the
 * standard {@link IllegalArgumentException} and {@link NullPointerException} instead.
 */
public class LimberException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with the given message. */
  public LimberException(String message) {
    super(message);
  }

  /** An exception with the given message and cause. */
  public LimberException(String message, Throwable cause) {
    super(message, cause);
  }
}
