package dev.quintet.template.internal.filters;

/**
 * A Python exception raised by a filter, so the filters can mirror Django's {@code try/except}
 * structure exactly: Django catches some kinds (say {@code ValueError}) in one filter and lets
 * others propagate to the template; {@link #kind} tells which is which.
 */
public final class PyErr extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception class this stands for. */
    public enum Kind {
        TYPE("TypeError"), VALUE("ValueError"), KEY("KeyError"), INDEX("IndexError"),
        ATTRIBUTE("AttributeError"), OVERFLOW("OverflowError"), ZERO_DIVISION("ZeroDivisionError");

        final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }

        /** The Python class name, e.g. {@code "TypeError"}. */
        public String pythonName() {
            return pythonName;
        }
    }

    private final Kind kind;

    PyErr(Kind kind, String message) {
        super(kind.pythonName + ": " + message);
        this.kind = kind;
    }

    /** The Python exception class. */
    public Kind kind() {
        return kind;
    }

    /** True for any of {@code kinds}. */
    boolean is(Kind... kinds) {
        for (Kind k : kinds) {
            if (k == kind) {
                return true;
            }
        }
        return false;
    }

    static PyErr type(String message) {
        return new PyErr(Kind.TYPE, message);
    }

    static PyErr value(String message) {
        return new PyErr(Kind.VALUE, message);
    }

    static PyErr key(Object key) {
        return new PyErr(Kind.KEY, String.valueOf(key));
    }

    static PyErr index(String message) {
        return new PyErr(Kind.INDEX, message);
    }

    static PyErr attribute(String message) {
        return new PyErr(Kind.ATTRIBUTE, message);
    }
}
