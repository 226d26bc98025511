package dev.quintet.db.models;

import dev.quintet.db.Sql;
import dev.quintet.db.models.internal.Compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A SQL function call over expressions: {@code Func.of("UPPER", F.of("title"))}. The name must be a plain
 * identifier; arguments are expressions or constants (bound as parameters).
 *
 * @param function    the function name
 * @param arguments   the arguments
 * @param outputField the field converting the result, or {@code null}
 */
public record Func(String function, List<Object> arguments, Field<?> outputField) implements Expression {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Validates the function name. */
    public Func {
        if (!NAME.matcher(function).matches()) {
            throw new IllegalArgumentException("Invalid SQL function name: " + function);
        }
        arguments = List.copyOf(arguments);
    }

    /** A call of {@code function} with arguments. */
    public static Func of(String function, Object... arguments) {
        return new Func(function, Arrays.asList(arguments), null);
    }

    /** The field converting the result. */
    public Func output(Field<?> field) {
        return new Func(function, arguments, field);
    }

    @Override
    public Sql compile(Compiler c) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Object a : arguments) {
            Sql s = Expression.of(a).compile(c);
            parts.add(s.text());
            params.addAll(s.params());
        }
        return new Sql(function + "(" + String.join(", ", parts) + ")", params);
    }

    @Override
    public boolean containsAggregate() {
        return arguments.stream().anyMatch(a -> Expression.of(a).containsAggregate());
    }

    @Override
    public Field<?> outputField(Compiler c) {
        if (outputField != null) {
            return outputField;
        }
        for (Object a : arguments) {
            Field<?> f = Expression.of(a).outputField(c);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
