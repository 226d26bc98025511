package dev.quintet.template.library;

import dev.quintet.template.Context;
import dev.quintet.template.SafeString;
import dev.quintet.template.TemplateException;
import dev.quintet.template.TemplateRenderError;
import dev.quintet.template.TemplateSyntaxError;
import dev.quintet.template.VariableDoesNotExist;
import dev.quintet.template.internal.Lookups;
import dev.quintet.template.internal.Values;
import dev.quintet.template.internal.Variable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled {@code value|filter:arg|filter} expression, with its filters looked up and their
 * argument counts checked at parse time: Django's {@code FilterExpression}.
 */
public final class FilterExpression {
    private static final String STRDQ = "\"[^\"\\\\]*(?:\\\\.[^\"\\\\]*)*\"";
    private static final String STRSQ = "'[^'\\\\]*(?:\\\\.[^'\\\\]*)*'";
    private static final String CONSTANT = "(?:_\\(" + STRDQ + "\\)|_\\(" + STRSQ + "\\)|" + STRDQ + "|" + STRSQ + ")";
    private static final String NUM = "[-+.]?\\d[\\d.e]*";
    private static final Pattern FILTER_RE = Pattern.compile(
            "^(?<constant>" + CONSTANT + ")|^(?<var>[\\w.]+|" + NUM + ")"
                    + "|(?:\\s*\\|\\s*(?<filtername>\\w+)(?::(?:(?<constarg>" + CONSTANT + ")|(?<vararg>[\\w.]+|" + NUM + ")))?)",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final String token;
    private final Variable var;
    private final Object constant;
    private final Filter[] filters;
    private final Object[] args;

    private FilterExpression(String token, Variable var, Object constant, Filter[] filters, Object[] args) {
        this.token = token;
        this.var = var;
        this.constant = constant;
        this.filters = filters;
        this.args = args;
    }

    /**
     * Compiles an expression; {@code findFilter} gives the filter of a name or throws
     * {@link TemplateSyntaxError}.
     */
    public static FilterExpression compile(String token, Function<String, Filter> findFilter) {
        Matcher m = FILTER_RE.matcher(token);
        Variable var = null;
        Object constant = null;
        boolean haveVar = false;
        List<Filter> filters = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        int upto = 0;
        while (m.find()) {
            int start = m.start();
            if (upto != start) {
                throw new TemplateSyntaxError("Could not parse some characters: " + token.substring(0, upto) + "|"
                        + token.substring(upto, start) + "|" + token.substring(start));
            }
            if (!haveVar) {
                String c = m.group("constant");
                if (c != null) {
                    constant = Variable.parse(c).literal();
                } else {
                    String v = m.group("var");
                    if (v == null) {
                        throw new TemplateSyntaxError("Could not find variable at start of " + token + ".");
                    }
                    Variable parsed = Variable.parse(v);
                    var = parsed;
                }
                haveVar = true;
            } else {
                String name = m.group("filtername");
                Object arg = Filter.NO_ARG;
                int provided = 0;
                String constArg = m.group("constarg");
                String varArg = m.group("vararg");
                if (constArg != null) {
                    arg = SafeString.of(String.valueOf(Variable.parse(constArg).literal()));
                    provided = 1;
                } else if (varArg != null) {
                    Variable v = Variable.parse(varArg);
                    arg = v.isLiteral() ? v.literal() : v;
                    provided = 1;
                }
                Filter filter = findFilter.apply(name);
                argsCheck(name, filter, provided);
                filters.add(filter);
                args.add(arg);
            }
            upto = m.end();
        }
        if (upto != token.length()) {
            throw new TemplateSyntaxError("Could not parse the remainder: '" + token.substring(upto) + "' from '" + token + "'");
        }
        return new FilterExpression(token, var, constant, filters.toArray(new Filter[0]), args.toArray());
    }

    private static void argsCheck(String name, Filter filter, int provided) {
        int plen = provided + 1;
        int alen = filter.arity() == Filter.Arity.NONE ? 1 : 2;
        int dlen = filter.arity() == Filter.Arity.OPTIONAL ? 1 : 0;
        if (plen < alen - dlen || plen > alen) {
            throw new TemplateSyntaxError(name + " requires " + (alen - dlen) + " arguments, " + plen + " provided");
        }
    }

    /** The source text of the expression. */
    public String token() {
        return token;
    }

    /** True when the expression starts with a variable (not a literal). */
    public boolean isVariable() {
        return var != null && !var.isLiteral();
    }

    /** True when there is at least one filter. */
    public boolean hasFilters() {
        return filters.length > 0;
    }

    /** The filters, in order. */
    public List<Filter> filters() {
        return Arrays.asList(filters.clone());
    }

    /** The literal value when the expression is a constant without filters, else {@link Lookups#MISSING}. */
    public Object constantValue() {
        if (filters.length > 0) {
            return Lookups.MISSING;
        }
        if (var == null) {
            return constant;
        }
        return var.isLiteral() ? var.literal() : Lookups.MISSING;
    }

    /** Resolves and applies the filters; a missing variable gives {@code stringIfInvalid}. */
    public Object resolve(Context context) {
        return resolve(context, false);
    }

    /**
     * Resolves and applies the filters. A missing variable gives {@code null} when
     * {@code ignoreFailures}, else the engine's {@code stringIfInvalid} (returned as is, without
     * filters, when it is not empty, as Django does).
     */
    public Object resolve(Context context, boolean ignoreFailures) {
        Object obj;
        if (var != null) {
            obj = var.resolve(context);
            if (obj == Lookups.MISSING) {
                if (ignoreFailures) {
                    obj = null;
                } else {
                    String invalid = context.stringIfInvalid();
                    if (!invalid.isEmpty()) {
                        return invalid.contains("%s") ? invalid.replace("%s", var.toString()) : invalid;
                    }
                    obj = invalid;
                }
            }
        } else {
            obj = constant;
        }
        Filter[] fs = filters;
        for (int i = 0; i < fs.length; i++) {
            Filter f = fs[i];
            Object arg = args[i];
            if (arg instanceof Variable v) {
                Object resolved = v.resolve(context);
                if (resolved == Lookups.MISSING) {
                    throw new VariableDoesNotExist("Failed lookup for key [" + v + "] (argument of filter '" + f.name() + "')");
                }
                arg = resolved;
            }
            if (f.expectsLocaltime()) {
                obj = Values.localtime(obj, context.zone());
            }
            Object out;
            try {
                out = f.function().apply(obj, arg, context);
            } catch (TemplateException e) {
                throw e;
            } catch (Exception e) {
                throw new TemplateRenderError("filter '" + f.name() + "' raised " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            }
            if (f.isSafe() && obj instanceof SafeString && out instanceof CharSequence cs) {
                obj = SafeString.of(cs);
            } else {
                obj = out;
            }
        }
        return obj;
    }

    @Override
    public String toString() {
        return token;
    }
}
