package dev.quintet.core.paginator;

/** A page number that is not an integer ("That page number is not an integer"): Django's {@code PageNotAnInteger}. */
public class PageNotAnInteger extends InvalidPage {
    private static final long serialVersionUID = 1L;

    /** With Django's message. */
    public PageNotAnInteger(String message) {
        super(message);
    }
}
