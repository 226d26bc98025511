package dev.quintet.core.checks;

import java.util.Objects;

/**
 * One finding of a system check: Django's {@code CheckMessage}. Its {@link #id()} is stable
 * ({@code security.W004}) so it can be silenced with {@code SILENCED_SYSTEM_CHECKS}.
 *
 * <pre>{@code
 * CheckMessage.warning("security.W018", "You should not have DEBUG set to True in deployment.", null, null)
 * // toString(): ?: (security.W018) You should not have DEBUG set to True in deployment.
 * }</pre>
 *
 * @param level how serious the finding is
 * @param id the stable identifier, {@code <tag>.<letter><number>}
 * @param message what is wrong
 * @param hint how to fix it, or {@code null}
 * @param obj what is at fault (a setting name, a URL pattern), or {@code null} (shown as {@code ?})
 */
public record CheckMessage(Level level, String id, String message, String hint, Object obj) {

    /** The severity levels, with Django's numeric values. */
    public enum Level {
        DEBUG(10), INFO(20), WARNING(30), ERROR(40), CRITICAL(50);

        private final int value;

        Level(int value) {
            this.value = value;
        }

        /** Django's numeric level (10 to 50). */
        public int value() {
            return value;
        }
    }

    public CheckMessage {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    /** A {@link Level#DEBUG} message. */
    public static CheckMessage debug(String id, String message, String hint, Object obj) {
        return new CheckMessage(Level.DEBUG, id, message, hint, obj);
    }

    /** An {@link Level#INFO} message. */
    public static CheckMessage info(String id, String message, String hint, Object obj) {
        return new CheckMessage(Level.INFO, id, message, hint, obj);
    }

    /** A {@link Level#WARNING}: reported, does not stop start-up. */
    public static CheckMessage warning(String id, String message, String hint, Object obj) {
        return new CheckMessage(Level.WARNING, id, message, hint, obj);
    }

    /** An {@link Level#ERROR}: stops start-up. */
    public static CheckMessage error(String id, String message, String hint, Object obj) {
        return new CheckMessage(Level.ERROR, id, message, hint, obj);
    }

    /** A {@link Level#CRITICAL}: stops start-up. */
    public static CheckMessage critical(String id, String message, String hint, Object obj) {
        return new CheckMessage(Level.CRITICAL, id, message, hint, obj);
    }

    /** True at {@link Level#ERROR} and above: such messages stop start-up. */
    public boolean isSerious() {
        return isSerious(Level.ERROR);
    }

    /** True at {@code failLevel} and above. */
    public boolean isSerious(Level failLevel) {
        return level.value >= failLevel.value;
    }

    /** Django's format: {@code obj: (id) message} and, when there is a hint, a tab-indented {@code HINT:} line. */
    @Override
    public String toString() {
        String where = obj == null ? "?" : String.valueOf(obj);
        String idPart = id == null || id.isEmpty() ? "" : "(" + id + ") ";
        String hintPart = hint == null || hint.isEmpty() ? "" : "\n\tHINT: " + hint;
        return where + ": " + idPart + message + hintPart;
    }
}
