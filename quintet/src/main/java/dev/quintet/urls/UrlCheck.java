package dev.quintet.urls;

/**
 * One finding of the URL system checks, with a stable id ({@code urls.W002}, {@code 2_0.W001},
 * ...), to be adapted by the check framework.
 *
 * @param id the stable id
 * @param level {@code "WARNING"} or {@code "ERROR"}
 * @param message what is wrong, naming the pattern
 * @param hint how to fix it, or {@code null}
 */
public record UrlCheck(String id, String level, String message, String hint) {
    /** Level of findings that do not stop start-up. */
    public static final String WARNING = "WARNING";
    /** Level of findings that stop start-up. */
    public static final String ERROR = "ERROR";

    /** True for an {@link #ERROR}. */
    public boolean isError() {
        return ERROR.equals(level);
    }
}
