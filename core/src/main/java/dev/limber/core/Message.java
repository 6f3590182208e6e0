package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A text Limber generates, as data: a {@link MessageCode} and its named, typed arguments (element
 * ids, counts, enum constants, catalog texts, nested messages). A {@link MessageRenderer} turns it
 * into words for a locale; an app can instead switch on {@link #code()} and word it its own way,
 * test on it, or store it.
 *
 * <p>Argument values are {@code String}, {@code Integer}, an enum constant, a {@code Message}, or
 * an immutable list of {@code String} or of {@code Message}; {@link MessageCode} lists the
 * arguments of each code.
 *
 * <p>Immutable and thread-safe.
 */
public final class Message {
  private final MessageCode code;
  private final ImmutableMap<String, Object> args;

  private Message(MessageCode code, ImmutableMap<String, Object> args) {
    this.code = code;
    this.args = args;
  }

  /**
   * A message with the given arguments, in the order given.
   *
   * @throws IllegalArgumentException if an argument value is not of a kind listed above
   * @throws NullPointerException if an argument is null
   */
  public static Message of(MessageCode code, Map<String, ?> args) {
    checkNotNull(code, "code");
    checkNotNull(args, "args");
    ImmutableMap.Builder<String, Object> copy = ImmutableMap.builder();
    args.forEach((name, value) -> copy.put(checkNotNull(name, "argument name"), checked(name, value)));
    return new Message(code, copy.build());
  }

  /** A message with no arguments. */
  public static Message of(MessageCode code) {
    return of(code, ImmutableMap.of());
  }

  /** A {@link MessageCode#TEXT} message: {@code text} as it is. */
  public static Message text(String text) {
    return of(MessageCode.TEXT, ImmutableMap.of("text", checkNotNull(text, "text")));
  }

  /** A message from alternating argument names and values. */
  static Message of(MessageCode code, Object... namesAndValues) {
    checkArgument(namesAndValues.length % 2 == 0, "names and values must come in pairs");
    ImmutableMap.Builder<String, Object> args = ImmutableMap.builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return of(code, args.build());
  }

  private static Object checked(String name, @Nullable Object value) {
    checkNotNull(value, "argument %s is null", name);
    if (value instanceof List) {
      ImmutableList<?> list = ImmutableList.copyOf((List<?>) value);
      for (Object element : list) {
        checkArgument(
            element instanceof String || element instanceof Message,
            "argument %s holds %s; a list argument holds strings or messages",
            name,
            element);
      }
      return list;
    }
    checkArgument(
        value instanceof String || value instanceof Integer || value instanceof Enum || value instanceof Message,
        "argument %s (%s) must be a String, Integer, enum constant, Message or list",
        name,
        value);
    return value;
  }

  /** What the message says. */
  public MessageCode code() {
    return code;
  }

  /** The arguments by name, in a stable order. */
  public ImmutableMap<String, Object> args() {
    return args;
  }

  /**
   * The argument {@code name}.
   *
   * @throws IllegalArgumentException if the message has no such argument
   */
  public Object arg(String name) {
    Object value = args.get(checkNotNull(name, "name"));
    checkArgument(value != null, "%s has no argument %s", code, name);
    return value;
  }

  /** The argument {@code name} as a string; see {@link #arg}. */
  public String string(String name) {
    return (String) arg(name);
  }

  /** The argument {@code name} as an int; see {@link #arg}. */
  public int number(String name) {
    return (Integer) arg(name);
  }

  /** The argument {@code name} as a list of strings; see {@link #arg}. */
  @SuppressWarnings("unchecked")
  public List<String> strings(String name) {
    return (List<String>) arg(name);
  }

  /** The argument {@code name} as a list of messages; see {@link #arg}. */
  @SuppressWarnings("unchecked")
  public List<Message> messages(String name) {
    return (List<Message>) arg(name);
  }

  /** The argument {@code name} as a message; see {@link #arg}. */
  public Message message(String name) {
    return (Message) arg(name);
  }

  /** The argument {@code name} as a constant of {@code type}; see {@link #arg}. */
  public <E extends Enum<E>> E constant(String name, Class<E> type) {
    return type.cast(arg(name));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Message
        && ((Message) other).code == code
        && ((Message) other).args.equals(args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, args);
  }

  /** The code and arguments, for debugging; not a rendering (use a {@link MessageRenderer}). */
  @Override
  public String toString() {
    return code.id() + args;
  }
}
