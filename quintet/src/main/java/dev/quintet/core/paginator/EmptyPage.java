package dev.quintet.core.paginator;

/**
 * A page number below 1 ("That page number is less than 1") or past the last page ("That page
 * contains no results"): Django's {@code EmptyPage}.
 */
public class EmptyPage extends InvalidPage {
    private static final long serialVersionUID = 1L;

    /** With Django's message. */
    public EmptyPage(String message) {
        super(message);
    }
}
