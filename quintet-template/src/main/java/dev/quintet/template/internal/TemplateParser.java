package dev.quintet.template.internal;

import dev.quintet.template.Engine;
import dev.quintet.template.Origin;
import dev.quintet.template.TemplateException;
import dev.quintet.template.TemplateSyntaxError;
import dev.quintet.template.library.Filter;
import dev.quintet.template.library.FilterExpression;
import dev.quintet.template.library.Library;
import dev.quintet.template.library.Node;
import dev.quintet.template.library.NodeList;
import dev.quintet.template.library.Parser;
import dev.quintet.template.library.TagParser;
import dev.quintet.template.library.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Django's template {@code Parser}: turns tokens into a node tree. */
public final class TemplateParser implements Parser {
    private final Engine engine;
    private final Origin origin;
    private final String templateName;
    private final String source;
    private final ArrayList<Token> tokens; // reversed: the next token is last
    private final Map<String, TagParser> tags;
    private final Map<String, Filter> filters;
    private final ArrayDeque<Object[]> commandStack = new ArrayDeque<>();
    private final Map<String, Object> extraData = new HashMap<>();

    public TemplateParser(Engine engine, Origin origin, String templateName, String source) {
        this.engine = engine;
        this.origin = origin;
        this.templateName = templateName;
        this.source = source;
        List<Token> lexed = Lexer.tokenize(source);
        this.tokens = new ArrayList<>(lexed.size());
        for (int i = lexed.size() - 1; i >= 0; i--) {
            tokens.add(lexed.get(i));
        }
        this.tags = new HashMap<>(engine.builtinTags());
        this.filters = new HashMap<>(engine.builtinFilters());
    }

    /** Parses the whole template. */
    public NodeList parseTemplate() {
        return parse();
    }

    @Override
    public NodeList parse(String... parseUntil) {
        NodeList nodelist = new NodeList();
        while (!tokens.isEmpty()) {
            Token token = nextToken();
            switch (token.type()) {
                case TEXT -> extend(nodelist, new TextNode(token.contents()), token);
                case VAR -> {
                    if (token.contents().isEmpty()) {
                        throw error(token, new TemplateSyntaxError("Empty variable tag on line " + token.line()));
                    }
                    FilterExpression fe;
                    try {
                        fe = compileFilter(token.contents());
                    } catch (TemplateSyntaxError e) {
                        throw error(token, e);
                    }
                    extend(nodelist, new VariableNode(fe), token);
                }
                case BLOCK -> {
                    String command = token.command();
                    if (command.isEmpty()) {
                        throw error(token, new TemplateSyntaxError("Empty block tag on line " + token.line()));
                    }
                    if (contains(parseUntil, command)) {
                        prependToken(token);
                        return nodelist;
                    }
                    commandStack.push(new Object[] {command, token});
                    TagParser compile = tags.get(command);
                    if (compile == null) {
                        throw invalidBlockTag(token, command, parseUntil);
                    }
                    Node node;
                    try {
                        node = compile.parse(this, token);
                    } catch (TemplateException e) {
                        throw error(token, e);
                    } catch (RuntimeException e) {
                        throw error(token, new TemplateSyntaxError(e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + e.getMessage()), e));
                    }
                    if (node == null) {
                        throw error(token, new TemplateSyntaxError("tag '" + command + "' compiled to no node"));
                    }
                    extend(nodelist, node, token);
                    commandStack.pop();
                }
                case COMMENT -> {
                    // comments produce nothing
                }
            }
        }
        if (parseUntil.length > 0) {
            throw unclosedBlockTag(parseUntil);
        }
        return nodelist;
    }

    private static boolean contains(String[] names, String command) {
        for (String n : names) {
            if (n.equals(command)) {
                return true;
            }
        }
        return false;
    }

    private void extend(NodeList nodelist, Node node, Token token) {
        if (node.mustBeFirst() && nodelist.containsNonText()) {
            throw error(token, new TemplateSyntaxError(describe(node) + " must be the first tag in the template."));
        }
        if (!(node instanceof TextNode)) {
            nodelist.markNonText();
        }
        node.setPosition(origin, token);
        nodelist.add(node);
    }

    private static String describe(Node node) {
        if (node instanceof dev.quintet.template.internal.tags.LoaderTags.ExtendsNode e) {
            return "<ExtendsNode: extends " + e.parentName().token() + ">";
        }
        return "<" + node.getClass().getSimpleName() + ">";
    }

    /** Places an error at a token (unless it already has a place). */
    public TemplateException error(Token token, TemplateException e) {
        if (!e.isLocated()) {
            e.locate(templateName, source, token.start(), token.line());
        }
        return e;
    }

    @Override
    public TemplateSyntaxError invalidBlockTag(Token token, String command, String... expected) {
        String hint = loadHint(command, true);
        String msg;
        if (expected.length > 0) {
            List<String> quoted = new ArrayList<>();
            for (String p : expected) {
                quoted.add("'" + p + "'");
            }
            msg = "Invalid block tag on line " + token.line() + ": '" + command + "', expected " + textList(quoted, "or")
                    + ". Did you forget to register or load this tag?" + hint;
        } else {
            msg = "Invalid block tag on line " + token.line() + ": '" + command
                    + "'. Did you forget to register or load this tag?" + hint;
        }
        TemplateSyntaxError e = new TemplateSyntaxError(msg);
        error(token, e);
        return e;
    }

    private String loadHint(String name, boolean tag) {
        List<String> libs = new ArrayList<>();
        for (Map.Entry<String, Library> e : engine.libraries().entrySet()) {
            if (tag ? e.getValue().tags().containsKey(name) : e.getValue().filters().containsKey(name)) {
                libs.add(e.getKey());
            }
        }
        if (libs.isEmpty()) {
            return "";
        }
        return " (it is in the '" + String.join("', '", libs) + "' library: add {% load " + libs.get(0) + " %})";
    }

    /** Django's {@code get_text_list}: {@code 'a', 'b' or 'c'}. */
    public static String textList(List<String> items, String last) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
    }

    private TemplateSyntaxError unclosedBlockTag(String[] parseUntil) {
        Object[] top = commandStack.pop();
        String command = (String) top[0];
        Token token = (Token) top[1];
        TemplateSyntaxError e = new TemplateSyntaxError("Unclosed tag on line " + token.line() + ": '" + command
                + "'. Looking for one of: " + String.join(", ", parseUntil) + ".");
        error(token, e);
        return e;
    }

    @Override
    public Token nextToken() {
        if (tokens.isEmpty()) {
            throw new TemplateSyntaxError("Unexpected end of template");
        }
        return tokens.remove(tokens.size() - 1);
    }

    @Override
    public void prependToken(Token token) {
        tokens.add(token);
    }

    @Override
    public void deleteFirstToken() {
        if (!tokens.isEmpty()) {
            tokens.remove(tokens.size() - 1);
        }
    }

    @Override
    public void skipPast(String endTag) {
        while (!tokens.isEmpty()) {
            Token token = nextToken();
            if (token.type() == Token.Type.BLOCK && token.contents().equals(endTag)) {
                return;
            }
        }
        throw unclosedBlockTag(new String[] {endTag});
    }

    @Override
    public FilterExpression compileFilter(String expression) {
        return FilterExpression.compile(expression, this::findFilter);
    }

    @Override
    public Filter findFilter(String name) {
        Filter f = filters.get(name);
        if (f == null) {
            throw new TemplateSyntaxError("Invalid filter: '" + name + "'" + loadHint(name, false));
        }
        return f;
    }

    @Override
    public void addLibrary(Library library) {
        tags.putAll(library.tags());
        filters.putAll(library.filters());
    }

    @Override
    public Map<String, Object> extraData() {
        return extraData;
    }

    @Override
    public Origin origin() {
        return origin;
    }

    /** The name of the template being parsed (for messages). */
    public String templateName() {
        return templateName;
    }

    @Override
    public Engine engine() {
        return engine;
    }

    @Override
    public String toString() {
        return "TemplateParser" + Arrays.asList(origin, templateName);
    }
}
