package dev.quintet.template.library;

import dev.quintet.template.Engine;
import dev.quintet.template.Origin;
import dev.quintet.template.TemplateSyntaxError;
import java.util.Map;

/** What a {@link TagParser} may do with the template being compiled. */
public interface Parser {
    /**
     * Parses tokens into nodes until a block tag whose name is one of {@code parseUntil} (that
     * token is left to read with {@link #nextToken()} or drop with {@link #deleteFirstToken()}).
     * With no names, parses to the end. Reaching the end first is an "unclosed tag" error.
     */
    NodeList parse(String... parseUntil);

    /** Takes the next token. */
    Token nextToken();

    /** Puts a token back in front. */
    void prependToken(Token token);

    /** Drops the next token (typically the end tag after {@link #parse(String...)}). */
    void deleteFirstToken();

    /** Skips every token up to and including the block tag whose contents are {@code endTag}. */
    void skipPast(String endTag);

    /** Compiles a variable expression with filters: {@code value|default:"x"|upper}. */
    FilterExpression compileFilter(String expression);

    /** The filter of that name, as loaded in this template, or a syntax error. */
    Filter findFilter(String name);

    /** Makes a library's tags and filters available to the rest of the template. */
    void addLibrary(Library library);

    /** Per-template data tags may share (partials are kept here under "partials"). */
    Map<String, Object> extraData();

    /** The template being parsed. */
    Origin origin();

    /** The engine compiling the template. */
    Engine engine();

    /** The error Django raises for an unexpected block tag; throw it. */
    TemplateSyntaxError invalidBlockTag(Token token, String command, String... expected);
}
