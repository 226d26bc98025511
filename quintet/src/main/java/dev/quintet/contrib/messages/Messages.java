package dev.quintet.contrib.messages;

import dev.quintet.http.HttpRequest;
import java.util.Map;

/**
 * Django's {@code django.contrib.messages} API: one-time notices shown on the next page.
 *
 * <pre>{@code
 * Messages.success(request, "Profile details updated.");
 * Messages.add(request, Messages.WARNING, "Your account expires in three days.", "sticky");
 * }</pre>
 *
 * <pre>{@code
 * {% for message in messages %}<li class="{{ message.tags }}">{{ message }}</li>{% endfor %}
 * }</pre>
 */
public final class Messages {
    /** Levels, as Django's constants. */
    public static final int DEBUG = 10;
    /** Info. */
    public static final int INFO = 20;
    /** Success. */
    public static final int SUCCESS = 25;
    /** Warning. */
    public static final int WARNING = 30;
    /** Error. */
    public static final int ERROR = 40;
    /** Django's {@code DEFAULT_MESSAGE_LEVELS}, for templates. */
    public static final Map<String, Integer> DEFAULT_LEVELS =
            Map.of("DEBUG", DEBUG, "INFO", INFO, "SUCCESS", SUCCESS, "WARNING", WARNING, "ERROR", ERROR);
    static final String STORAGE_ATTRIBUTE = "quintet.messages";

    private Messages() {
    }

    /** The tag of a level ({@code MESSAGE_TAGS}'s defaults); "" for a custom level. */
    public static String levelTag(int level) {
        return switch (level) {
            case DEBUG -> "debug";
            case INFO -> "info";
            case SUCCESS -> "success";
            case WARNING -> "warning";
            case ERROR -> "error";
            default -> "";
        };
    }

    /** The request's storage; {@link IllegalStateException} (Django's {@code MessageFailure}) without the middleware. */
    public static MessageStorage get(HttpRequest request) {
        if (request.attribute(STORAGE_ATTRIBUTE) instanceof MessageStorage s) {
            return s;
        }
        throw new IllegalStateException("You cannot add messages without installing "
                + "dev.quintet.contrib.messages.MessageMiddleware");
    }

    /** Adds a message. */
    public static void add(HttpRequest request, int level, String message, String extraTags) {
        get(request).add(level, message, extraTags);
    }

    /** Adds a message without extra tags. */
    public static void add(HttpRequest request, int level, String message) {
        add(request, level, message, "");
    }

    /** A {@link #DEBUG} message (recorded only if the level is lowered). */
    public static void debug(HttpRequest request, String message) {
        add(request, DEBUG, message);
    }

    /** An {@link #INFO} message. */
    public static void info(HttpRequest request, String message) {
        add(request, INFO, message);
    }

    /** A {@link #SUCCESS} message. */
    public static void success(HttpRequest request, String message) {
        add(request, SUCCESS, message);
    }

    /** A {@link #WARNING} message. */
    public static void warning(HttpRequest request, String message) {
        add(request, WARNING, message);
    }

    /** An {@link #ERROR} message. */
    public static void error(HttpRequest request, String message) {
        add(request, ERROR, message);
    }

    /** The context processor: {@code messages} and {@code DEFAULT_MESSAGE_LEVELS}. */
    public static Map<String, ?> contextProcessor(Object request) {
        if (request instanceof HttpRequest r && r.attribute(STORAGE_ATTRIBUTE) instanceof MessageStorage s) {
            return Map.of("messages", s, "DEFAULT_MESSAGE_LEVELS", DEFAULT_LEVELS);
        }
        return Map.of("DEFAULT_MESSAGE_LEVELS", DEFAULT_LEVELS);
    }
}
