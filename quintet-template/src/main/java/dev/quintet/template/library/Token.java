package dev.quintet.template.library;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One token of a template's source: text, a {@code {{ variable }}}, a {@code {% block tag %}} or a
 * {@code {# comment #}}. For tags, {@link #contents()} is what is between the delimiters, stripped.
 */
public final class Token {
    /** The kinds of token. */
    public enum Type { TEXT, VAR, BLOCK, COMMENT }

    private static final Pattern SMART_SPLIT = Pattern.compile(
            "((?:[^\\s'\"]*(?:(?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')[^\\s'\"]*)+)|\\S+)",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    private final Type type;
    private final String contents;
    private final int line;
    private final int start;
    private final int end;
    private final String source;

    public Token(Type type, String contents, int line, int start, int end) {
        this(type, contents, line, start, end, null);
    }

    /** A token that knows the whole source it was cut from (for error messages). */
    public Token(Type type, String contents, int line, int start, int end, String source) {
        this.type = type;
        this.contents = contents;
        this.line = line;
        this.start = start;
        this.end = end;
        this.source = source;
    }

    /** The whole template source this token comes from, or null. */
    public String source() {
        return source;
    }

    public Type type() {
        return type;
    }

    /** For tags, the stripped text between the delimiters; for text, the text itself. */
    public String contents() {
        return contents;
    }

    /** The 1-based line the token starts on. */
    public int line() {
        return line;
    }

    /** The offset of the token's first character in the template source. */
    public int start() {
        return start;
    }

    /** The offset just past the token's last character in the template source. */
    public int end() {
        return end;
    }

    /** The first word of the contents: the tag's name. */
    public String command() {
        String c = contents.strip();
        int i = 0;
        while (i < c.length() && !Character.isWhitespace(c.charAt(i))) {
            i++;
        }
        return c.substring(0, i);
    }

    /**
     * Splits the contents on whitespace, keeping quoted strings (with their quotes) whole, as
     * Django's {@code Token.split_contents()}: {@code url "a b" x=1} gives
     * {@code [url, "a b", x=1]}.
     */
    public List<String> splitContents() {
        return smartSplit(contents);
    }

    /** Django's {@code split_contents} on any string. */
    public static List<String> smartSplit(String text) {
        List<String> bits = new ArrayList<>();
        Matcher m = SMART_SPLIT.matcher(text);
        List<String> raw = new ArrayList<>();
        while (m.find()) {
            raw.add(m.group());
        }
        for (int i = 0; i < raw.size(); i++) {
            String bit = raw.get(i);
            if (bit.startsWith("_(\"") || bit.startsWith("_('")) {
                String sentinel = bit.charAt(2) + ")";
                StringBuilder joined = new StringBuilder(bit);
                while (!bit.endsWith(sentinel) && i + 1 < raw.size()) {
                    bit = raw.get(++i);
                    joined.append(' ').append(bit);
                }
                bit = joined.toString();
            }
            bits.add(bit);
        }
        return bits;
    }

    @Override
    public String toString() {
        String shown = contents.length() > 20 ? contents.substring(0, 20) + "..." : contents;
        return "<" + type + " token: \"" + shown.replace("\n", "") + "\">";
    }
}
