package dev.quintet.template.library;

/**
 * Compiles one tag: Django's compilation function. It reads the tag's {@link Token}, may parse
 * further with the {@link Parser} (for block tags: {@code parser.parse("endfoo")} then
 * {@code parser.deleteFirstToken()}), and returns the {@link Node}. Throw
 * {@link dev.quintet.template.TemplateSyntaxError} for bad arguments; the parser adds the place.
 */
@FunctionalInterface
public interface TagParser {
    Node parse(Parser parser, Token token);
}
