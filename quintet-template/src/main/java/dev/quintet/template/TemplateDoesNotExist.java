package dev.quintet.template;

import java.util.List;

/**
 * No loader has a template of that name; {@link #tried()} lists every place that was looked at
 * and why it did not do.
 */
public class TemplateDoesNotExist extends TemplateException {
    private static final long serialVersionUID = 1L;

    /** One place a loader looked at. */
    public record Tried(Origin origin, String reason) {
    }

    private final String name;
    private final transient List<Tried> tried;

    public TemplateDoesNotExist(String name) {
        this(name, List.of());
    }

    public TemplateDoesNotExist(String name, List<Tried> tried) {
        super(name);
        this.name = name;
        this.tried = List.copyOf(tried);
    }

    /** The template name (or names) asked for. */
    public String name() {
        return name;
    }

    /** Every place tried, in order. */
    public List<Tried> tried() {
        return tried;
    }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder(super.getMessage());
        if (tried.isEmpty()) {
            sb.append(" (no template loader has it; none tried)");
        } else {
            sb.append("\nTried:");
            for (Tried t : tried) {
                sb.append("\n  ").append(t.origin().name()).append(" (").append(t.reason()).append(')');
            }
        }
        return sb.toString();
    }
}
