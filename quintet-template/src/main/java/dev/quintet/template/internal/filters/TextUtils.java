package dev.quintet.template.internal.filters;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code django.utils.text} and the tag stripping of {@code django.utils.html}:
 * {@code Truncator}, {@code strip_tags}, {@code wrap}, {@code slugify}, {@code phone2numeric}.
 */
public final class TextUtils {
    private TextUtils() {
    }

    /** Django's {@code VOID_ELEMENTS}. */
    static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "frame", "spacer");

    static final String ELLIPSIS = "\u2026";

    // -------------------------------------------------------------- strip_tags

    private static final int MAX_STRIP_TAGS_DEPTH = 50;
    private static final Pattern LONG_OPEN_TAG_WITHOUT_CLOSING = Pattern.compile("<[a-zA-Z][^>]{1000,}");

    private static final class MLStripper extends PyHtmlParser {
        final StringBuilder fed = new StringBuilder();

        MLStripper() {
            super(false);
        }

        @Override
        void handleData(String data) {
            fed.append(data);
        }

        @Override
        void handleEntityref(String name) {
            fed.append('&').append(name).append(';');
        }

        @Override
        void handleCharref(String name) {
            fed.append("&#").append(name).append(';');
        }
    }

    private static String stripOnce(String value) {
        MLStripper s = new MLStripper();
        s.feed(value);
        s.close();
        return s.fed.toString();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Django's {@code strip_tags}. */
    static String stripTags(String value) {
        Matcher m = LONG_OPEN_TAG_WITHOUT_CLOSING.matcher(value);
        while (m.find()) {
            if (count(m.group(), '<') >= MAX_STRIP_TAGS_DEPTH) {
                throw new SecurityException("SuspiciousOperation: strip_tags input too deeply nested");
            }
        }
        int depth = 0;
        while (value.indexOf('<') >= 0 && value.indexOf('>') >= 0) {
            if (depth >= MAX_STRIP_TAGS_DEPTH) {
                throw new SecurityException("SuspiciousOperation: strip_tags input too deeply nested");
            }
            String newValue = stripOnce(value);
            if (count(value, '<') == count(newValue, '<')) {
                break;
            }
            value = newValue;
            depth++;
        }
        return value;
    }

    // --------------------------------------------------------------- Truncator

    /** Django's {@code add_truncation_text} with a fixed replacement (no {@code %(truncated_text)s}). */
    static String addTruncationText(String text, String truncate) {
        if (text.endsWith(truncate)) {
            return text;
        }
        return text + truncate;
    }

    /**
     * {@code unicodedata.combining(c) != 0}: the character has a non-zero canonical combining
     * class. Java has no direct accessor, so probe canonical reordering: U+0345 has the highest
     * class (240), and NFD moves a mark of any lower non-zero class in front of it.
     */
    static boolean combining(int cp) {
        int type = Character.getType(cp);
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK) {
            return false;
        }
        if (cp == 0x0345) {
            return true;
        }
        String c = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        String probe = Normalizer.normalize("\u0345" + c, Normalizer.Form.NFD);
        return !probe.equals("\u0345" + c);
    }

    private static int truncateCharsLength(int length, String replacement) {
        int truncateLen = length;
        for (int i = 0; i < replacement.length(); ) {
            int cp = replacement.codePointAt(i);
            i += Character.charCount(cp);
            if (!combining(cp)) {
                truncateLen -= 1;
                if (truncateLen == 0) {
                    break;
                }
            }
        }
        return truncateLen;
    }

    /** {@code Truncator(text).chars(num)} with the default "…". */
    static String truncateChars(String text, int length) {
        if (length <= 0) {
            return "";
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        String truncate = ELLIPSIS;
        int truncateLen = truncateCharsLength(length, truncate);
        int sLen = 0;
        int endIndex = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int at = i;
            i += Character.charCount(cp);
            if (combining(cp)) {
                continue;
            }
            sLen += 1;
            if (endIndex < 0 && sLen > truncateLen) {
                endIndex = at;
            }
            if (sLen > length) {
                return addTruncationText(text.substring(0, Math.max(endIndex, 0)), truncate);
            }
        }
        return text;
    }

    /** {@code Truncator(text).words(num, truncate=" …")}. */
    static String truncateWords(String text, int length) {
        if (length <= 0) {
            return "";
        }
        List<String> words = PyOps.split(text);
        if (words.size() > length) {
            return addTruncationText(String.join(" ", words.subList(0, length)), " " + ELLIPSIS);
        }
        return String.join(" ", words);
    }

    private static final class TruncationCompleted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TruncationCompleted() {
            super(null, null, false, false);
        }
    }

    /** Django's {@code TruncateHTMLParser}. */
    private abstract static class TruncateHtmlParser extends PyHtmlParser {
        final Deque<String> tags = new ArrayDeque<>();
        final StringBuilder output = new StringBuilder();
        int remaining;
        final String replacement;

        TruncateHtmlParser(int length, String replacement) {
            super(true);
            this.remaining = length;
            this.replacement = replacement;
        }

        /** Returns the data's length in units (characters or words) and the output for it. */
        abstract Object[] process(String data);

        @Override
        void handleStartendtag(String tag) {
            handleStarttag(tag);
            if (!VOID_ELEMENTS.contains(tag)) {
                handleEndtag(tag);
            }
        }

        @Override
        void handleStarttag(String tag) {
            output.append(getStarttagText());
            if (!VOID_ELEMENTS.contains(tag)) {
                tags.addFirst(tag);
            }
        }

        @Override
        void handleEndtag(String tag) {
            if (!VOID_ELEMENTS.contains(tag)) {
                output.append("</").append(tag).append('>');
                if (!tags.isEmpty() && tags.peekFirst().equals(tag)) {
                    tags.removeFirst();
                }
            }
        }

        @Override
        void handleData(String data) {
            Object[] processed = process(data);
            int dataLen = (Integer) processed[0];
            String out = (String) processed[1];
            if (remaining < dataLen) {
                remaining = 0;
                output.append(addTruncationText(out, replacement));
                throw new TruncationCompleted();
            }
            remaining -= dataLen;
            output.append(out);
        }

        @Override
        void feed(String data) {
            try {
                super.feed(data);
            } catch (TruncationCompleted done) {
                for (String tag : tags) {
                    output.append("</").append(tag).append('>');
                }
                tags.clear();
                reset();
                return;
            }
            reset();
        }
    }

    private static final class TruncateCharsHtmlParser extends TruncateHtmlParser {
        final int length;
        int processedChars;

        TruncateCharsHtmlParser(int length, String replacement) {
            super(truncateCharsLength(length, replacement), replacement);
            this.length = length;
        }

        @Override
        Object[] process(String data) {
            int n = PyOps.cpLen(data);
            processedChars += n;
            if (processedChars == length && PyOps.cpLen(output.toString()) + n == PyOps.cpLen(rawdata)) {
                output.append(data);
                throw new TruncationCompleted();
            }
            String head = PyOps.cpSub(data, 0, Math.max(0, Math.min(remaining, n)));
            return new Object[] {n, Entities.escape(head)};
        }
    }

    private static final Pattern WORD_GAP = Pattern.compile("(?<=" + PyOps.NON_SPACE + ")" + PyOps.SPACE
            + "+(?=" + PyOps.NON_SPACE + ")");

    private static final class TruncateWordsHtmlParser extends TruncateHtmlParser {
        TruncateWordsHtmlParser(int length, String replacement) {
            super(length, replacement);
        }

        @Override
        Object[] process(String data) {
            String[] words = WORD_GAP.split(data, -1);
            int take = Math.max(0, Math.min(remaining, words.length));
            String joined = String.join(" ", java.util.Arrays.asList(words).subList(0, take));
            return new Object[] {words.length, Entities.escape(joined)};
        }
    }

    /** {@code Truncator(text).chars(num, html=True)}. */
    static String truncateCharsHtml(String text, int length) {
        if (length <= 0) {
            return "";
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        TruncateCharsHtmlParser parser = new TruncateCharsHtmlParser(length, ELLIPSIS);
        parser.feed(text);
        parser.close();
        return parser.output.toString();
    }

    /** {@code Truncator(text).words(num, html=True, truncate=" …")}. */
    static String truncateWordsHtml(String text, int length) {
        if (length <= 0) {
            return "";
        }
        TruncateWordsHtmlParser parser = new TruncateWordsHtmlParser(length, " " + ELLIPSIS);
        parser.feed(text);
        parser.close();
        return parser.output.toString();
    }

    // -------------------------------------------------------------------- wrap

    /** Django's {@code wrap(text, width)}: Python's {@code textwrap} without breaking long words. */
    static String wrap(String text, int width) {
        List<String> result = new ArrayList<>();
        for (String line : PyOps.splitlines(text)) {
            List<String> wrapped = wrapLine(line, width);
            if (wrapped.isEmpty()) {
                result.add(line);
            } else {
                result.addAll(wrapped);
            }
        }
        if (text.endsWith("\n")) {
            result.add("");
        }
        return String.join("\n", result);
    }

    private static boolean isTextwrapSpace(char c) {
        return c == '\t' || c == '\n' || c == 0x0b || c == 0x0c || c == '\r' || c == ' ';
    }

    private static String expandTabs(String s, int tabsize) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                int spaces = tabsize - (column % tabsize);
                out.append(" ".repeat(spaces));
                column += spaces;
            } else if (cp == '\n' || cp == '\r') {
                out.appendCodePoint(cp);
                column = 0;
            } else {
                out.appendCodePoint(cp);
                column++;
            }
        }
        return out.toString();
    }

    /** {@code TextWrapper(width, break_long_words=False, break_on_hyphens=False, replace_whitespace=False).wrap}. */
    private static List<String> wrapLine(String text, int width) {
        if (width <= 0) {
            throw PyErr.value("invalid width " + width + " (must be > 0)");
        }
        text = expandTabs(text, 8);
        // split into chunks: runs of textwrap whitespace, and runs of anything else
        List<String> chunks = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean space = isTextwrapSpace(text.charAt(i));
            while (i < text.length() && isTextwrapSpace(text.charAt(i)) == space) {
                i++;
            }
            chunks.add(text.substring(start, i));
        }
        List<String> lines = new ArrayList<>();
        // chunks are consumed from the front (Python reverses and pops from the end)
        int next = 0;
        while (next < chunks.size()) {
            List<String> curLine = new ArrayList<>();
            int curLen = 0;
            if (PyOps.strip(chunks.get(next)).isEmpty() && !lines.isEmpty()) {
                next++;
            }
            while (next < chunks.size()) {
                int l = PyOps.cpLen(chunks.get(next));
                if (curLen + l <= width) {
                    curLine.add(chunks.get(next++));
                    curLen += l;
                } else {
                    break;
                }
            }
            if (next < chunks.size() && PyOps.cpLen(chunks.get(next)) > width) {
                if (curLine.isEmpty()) {
                    curLine.add(chunks.get(next++));
                }
                curLen = 0;
                for (String c : curLine) {
                    curLen += PyOps.cpLen(c);
                }
            }
            if (!curLine.isEmpty() && PyOps.strip(curLine.get(curLine.size() - 1)).isEmpty()) {
                curLen -= PyOps.cpLen(curLine.get(curLine.size() - 1));
                curLine.remove(curLine.size() - 1);
            }
            if (!curLine.isEmpty()) {
                lines.add(String.join("", curLine));
            }
        }
        return lines;
    }

    // ----------------------------------------------------------------- slugify

    private static final Pattern NON_SLUG = Pattern.compile("[^A-Za-z0-9_\\t\\n\\x0B\\f\\r \\x1C-\\x1F-]");
    private static final Pattern DASH_SPACE = Pattern.compile("[-\\t\\n\\x0B\\f\\r \\x1C-\\x1F]+");

    /** Django's {@code slugify(value)} (ASCII only); public for {@code dev.quintet.utils.Text}. */
    public static String slugify(String value) {
        String ascii = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
        String lowered = ascii.toLowerCase(java.util.Locale.ROOT);
        lowered = NON_SLUG.matcher(lowered).replaceAll("");
        return stripChars(DASH_SPACE.matcher(lowered).replaceAll("-"), "-_");
    }

    static String stripChars(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    // ----------------------------------------------------------- phone2numeric

    /** Django's {@code phone2numeric}. */
    static String phone2numeric(String phone) {
        StringBuilder out = new StringBuilder(phone.length());
        String lower = phone.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(switch (c) {
                case 'a', 'b', 'c' -> '2';
                case 'd', 'e', 'f' -> '3';
                case 'g', 'h', 'i' -> '4';
                case 'j', 'k', 'l' -> '5';
                case 'm', 'n', 'o' -> '6';
                case 'p', 'q', 'r', 's' -> '7';
                case 't', 'u', 'v' -> '8';
                case 'w', 'x', 'y', 'z' -> '9';
                default -> c;
            });
        }
        return out.toString();
    }
}
