package dev.quintet.template.internal.tags;

import dev.quintet.template.Context;
import dev.quintet.template.TemplateSyntaxError;
import dev.quintet.template.internal.Py;
import dev.quintet.template.internal.PyOps;
import dev.quintet.template.library.FilterExpression;
import dev.quintet.template.library.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code smartif}: a Pratt parser for {@code {% if %}} conditions with Python's
 * precedence ({@code or} < {@code and} < {@code not} < {@code in}, {@code not in} < comparisons).
 */
public final class IfParser {
    /** A compiled condition. */
    public interface Condition {
        Object eval(Context context);
    }

    private static final Map<String, Integer> BINDING = Map.ofEntries(
            Map.entry("or", 6), Map.entry("and", 7), Map.entry("not", 8),
            Map.entry("in", 9), Map.entry("not in", 9),
            Map.entry("is", 10), Map.entry("is not", 10),
            Map.entry("==", 10), Map.entry("!=", 10),
            Map.entry(">", 10), Map.entry(">=", 10), Map.entry("<", 10), Map.entry("<=", 10));

    private static final Object END = new Object();

    /** A variable or literal operand. */
    record Literal(FilterExpression value, String text) implements Condition {
        @Override
        public Object eval(Context context) {
            return value.resolve(context, true);
        }
    }

    private final List<Object> tokens = new ArrayList<>();
    private int pos;
    private Object current;

    public IfParser(Parser parser, List<String> bits) {
        int n = bits.size();
        for (int i = 0; i < n; i++) {
            String t = bits.get(i);
            if (t.equals("is") && i + 1 < n && bits.get(i + 1).equals("not")) {
                t = "is not";
                i++;
            } else if (t.equals("not") && i + 1 < n && bits.get(i + 1).equals("in")) {
                t = "not in";
                i++;
            }
            if (BINDING.containsKey(t)) {
                tokens.add(t);
            } else {
                tokens.add(new Literal(parser.compileFilter(t), t));
            }
        }
        current = next();
    }

    private Object next() {
        return pos < tokens.size() ? tokens.get(pos++) : END;
    }

    /** Parses the whole condition. */
    public Condition parse() {
        Condition c = expression(0);
        if (current != END) {
            throw new TemplateSyntaxError("Unused '" + display(current) + "' at end of if expression.");
        }
        return c;
    }

    private static String display(Object token) {
        return token instanceof Literal l ? l.text() : token.toString();
    }

    private static int lbp(Object token) {
        return token instanceof String s ? BINDING.get(s) : 0;
    }

    private Condition expression(int rbp) {
        Object t = current;
        current = next();
        Condition left = nud(t);
        while (rbp < lbp(current)) {
            t = current;
            current = next();
            left = led(t, left);
        }
        return left;
    }

    private Condition nud(Object t) {
        if (t instanceof Literal l) {
            return l;
        }
        if (t == END) {
            throw new TemplateSyntaxError("Unexpected end of expression in if tag.");
        }
        if (t.equals("not")) {
            Condition operand = expression(8);
            return ctx -> {
                try {
                    return !Py.isTrue(operand.eval(ctx));
                } catch (RuntimeException e) {
                    return false;
                }
            };
        }
        throw new TemplateSyntaxError("Not expecting '" + t + "' in this position in if tag.");
    }

    private Condition led(Object t, Condition left) {
        if (!(t instanceof String op) || op.equals("not")) {
            throw new TemplateSyntaxError("Not expecting '" + display(t) + "' as infix operator in if tag.");
        }
        Condition right = expression(BINDING.get(op));
        Condition c = switch (op) {
            case "or" -> ctx -> {
                Object x = left.eval(ctx);
                return Py.isTrue(x) ? x : right.eval(ctx);
            };
            case "and" -> ctx -> {
                Object x = left.eval(ctx);
                return Py.isTrue(x) ? right.eval(ctx) : x;
            };
            case "in" -> ctx -> truth(PyOps.contains(right.eval(ctx), left.eval(ctx)));
            case "not in" -> ctx -> {
                Object x = left.eval(ctx);
                Boolean r = PyOps.contains(right.eval(ctx), x);
                if (r == null) {
                    throw new IllegalArgumentException("not a container");
                }
                return !r;
            };
            case "is" -> ctx -> PyOps.is(left.eval(ctx), right.eval(ctx));
            case "is not" -> ctx -> !PyOps.is(left.eval(ctx), right.eval(ctx));
            case "==" -> ctx -> PyOps.eq(left.eval(ctx), right.eval(ctx));
            case "!=" -> ctx -> !PyOps.eq(left.eval(ctx), right.eval(ctx));
            case ">" -> ctx -> cmp(left.eval(ctx), right.eval(ctx)) > 0;
            case ">=" -> ctx -> cmp(left.eval(ctx), right.eval(ctx)) >= 0;
            case "<" -> ctx -> cmp(left.eval(ctx), right.eval(ctx)) < 0;
            case "<=" -> ctx -> cmp(left.eval(ctx), right.eval(ctx)) <= 0;
            default -> throw new TemplateSyntaxError("Not expecting '" + op + "' as infix operator in if tag.");
        };
        // Django's operators swallow any exception and count as False.
        return ctx -> {
            try {
                return c.eval(ctx);
            } catch (RuntimeException e) {
                return false;
            }
        };
    }

    private static Object truth(Boolean b) {
        if (b == null) {
            throw new IllegalArgumentException("not a container");
        }
        return b;
    }

    private static int cmp(Object a, Object b) {
        Integer c = PyOps.compare(a, b);
        if (c == null) {
            throw new IllegalArgumentException("not comparable");
        }
        return c;
    }
}
