package dev.quintet.template.internal;

import dev.quintet.template.Context;
import dev.quintet.template.library.FilterExpression;
import dev.quintet.template.library.Node;
import java.io.IOException;

/** {@code {{ expression }}}: resolves, then renders localized and (if on) autoescaped. */
public final class VariableNode extends Node {
    private final FilterExpression expression;

    public VariableNode(FilterExpression expression) {
        this.expression = expression;
    }

    public FilterExpression expression() {
        return expression;
    }

    @Override
    public void render(Context context, Appendable out) throws IOException {
        Values.render(expression.resolve(context), context, out);
    }
}
