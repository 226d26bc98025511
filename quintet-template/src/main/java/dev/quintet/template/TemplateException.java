package dev.quintet.template;

/**
 * Base of the template language's errors. When the error can be placed in a template, it carries
 * the template's name, the line and column, and the source line, and its message shows them.
 */
public class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rawMessage;
    private String templateName;
    private int line;
    private int column;
    private String sourceLine;

    public TemplateException(String message) {
        this(message, null);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
        this.rawMessage = message;
    }

    /** The message without the location. */
    public String rawMessage() {
        return rawMessage;
    }

    /** Name of the template the error is in, or {@code null} when it is not placed yet. */
    public String templateName() {
        return templateName;
    }

    /** 1-based line of the error, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the error, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The source line the error is on, or {@code null}. */
    public String sourceLine() {
        return sourceLine;
    }

    /** True once the error knows where it happened. */
    public boolean isLocated() {
        return templateName != null;
    }

    /**
     * Places the error (used by the engine; a second call is ignored, so the innermost place wins).
     *
     * @param templateName the template's name
     * @param source the template's source, or {@code null}
     * @param offset the character offset of the failing tag in {@code source}
     * @param line the 1-based line
     */
    public TemplateException locate(String templateName, String source, int offset, int line) {
        if (isLocated()) {
            return this;
        }
        this.templateName = templateName == null ? "<unknown source>" : templateName;
        this.line = line;
        if (source != null && offset >= 0 && offset <= source.length()) {
            int start = source.lastIndexOf('\n', offset - 1) + 1;
            int end = source.indexOf('\n', offset);
            if (end < 0) {
                end = source.length();
            }
            this.column = offset - start + 1;
            this.sourceLine = source.substring(start, end);
        }
        return this;
    }

    @Override
    public String getMessage() {
        if (!isLocated()) {
            return rawMessage;
        }
        StringBuilder sb = new StringBuilder(rawMessage);
        sb.append("\n  in template '").append(templateName).append("', line ").append(line);
        if (column > 0) {
            sb.append(", column ").append(column);
        }
        if (sourceLine != null) {
            String prefix = "  " + line + " | ";
            sb.append(":\n").append(prefix).append(sourceLine.replace('\t', ' '));
            if (column > 0) {
                sb.append('\n').append(" ".repeat(prefix.length() + column - 1)).append('^');
            }
        }
        return sb.toString();
    }
}
