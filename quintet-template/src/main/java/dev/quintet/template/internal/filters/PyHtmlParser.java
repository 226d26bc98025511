package dev.quintet.template.internal.filters;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A port of Python's {@code html.parser.HTMLParser}, the tokenizer Django's {@code strip_tags}
 * and HTML truncation run on, so tags, entities, comments and malformed markup split the same way.
 * Subclasses override the {@code handle*} callbacks.
 */
abstract class PyHtmlParser {
    private static final String SP = "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\p{Zs}\\u2028\\u2029";
    private static final String S = "[" + SP + "]";

    private static final Pattern INTERESTING_NORMAL = Pattern.compile("[&<]");
    private static final Pattern INCOMPLETE = Pattern.compile("&[a-zA-Z#]");
    private static final Pattern ENTITYREF = Pattern.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]");
    private static final Pattern CHARREF = Pattern.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]");
    private static final Pattern STARTTAGOPEN = Pattern.compile("<[a-zA-Z]");
    private static final Pattern PICLOSE = Pattern.compile(">");
    private static final Pattern COMMENTCLOSE = Pattern.compile("--" + S + "*>");
    private static final Pattern TAGFIND_TOLERANT = Pattern.compile(
            "([a-zA-Z][^\\t\\n\\r\\f />\\x00]*)(?:" + S + "|/(?!>))*");
    private static final Pattern ATTRFIND_TOLERANT = Pattern.compile(
            "((?<=['\"" + SP + "/])[^" + SP + "/>][^" + SP + "/=>]*)(" + S + "*=+" + S
                    + "*('[^']*'|\"[^\"]*\"|(?!['\"])[^>" + SP + "]*))?(?:" + S + "|/(?!>))*");
    private static final Pattern LOCATESTARTTAGEND_TOLERANT = Pattern.compile(
            "<[a-zA-Z][^\\t\\n\\r\\f />\\x00]*"
                    + "(?:[" + SP + "/]*"
                    + "(?:(?<=['\"" + SP + "/])[^" + SP + "/>][^" + SP + "/=>]*"
                    + "(?:" + S + "*=+" + S + "*"
                    + "(?:'[^']*'|\"[^\"]*\"|(?!['\"])[^>" + SP + "]*)"
                    + S + "*"
                    + ")?(?:" + S + "|/(?!>))*"
                    + ")*"
                    + ")?"
                    + S + "*");
    private static final Pattern ENDENDTAG = Pattern.compile(">");
    private static final Pattern ENDTAGFIND = Pattern.compile("</" + S + "*([a-zA-Z][-.a-zA-Z0-9:_]*)" + S + "*>");
    private static final Pattern MARKEDSECTIONCLOSE = Pattern.compile("]" + S + "*]" + S + "*>");
    private static final Pattern MSMARKEDSECTIONCLOSE = Pattern.compile("]" + S + "*>");
    private static final Pattern DECLNAME = Pattern.compile("[a-zA-Z][-_.a-zA-Z0-9]*" + S + "*");
    private static final Pattern SPACE_OR_SEMI = Pattern.compile("[" + SP + ";]");

    private final boolean convertCharrefs;
    protected String rawdata = "";
    private Pattern interesting = INTERESTING_NORMAL;
    private String cdataElem;
    private String starttagText;

    protected PyHtmlParser(boolean convertCharrefs) {
        this.convertCharrefs = convertCharrefs;
    }

    /** Loses all unprocessed data. */
    void reset() {
        rawdata = "";
        interesting = INTERESTING_NORMAL;
        cdataElem = null;
    }

    void feed(String data) {
        rawdata = rawdata + data;
        goahead(false);
    }

    void close() {
        goahead(true);
    }

    String getStarttagText() {
        return starttagText;
    }

    void handleStarttag(String tag) {
    }

    void handleStartendtag(String tag) {
        handleStarttag(tag);
        handleEndtag(tag);
    }

    void handleEndtag(String tag) {
    }

    void handleData(String data) {
    }

    void handleCharref(String name) {
    }

    void handleEntityref(String name) {
    }

    void handleComment(String data) {
    }

    private static Matcher matchAt(Pattern p, String s, int pos) {
        Matcher m = p.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(pos, s.length());
        return m.lookingAt() ? m : null;
    }

    private static Matcher searchFrom(Pattern p, String s, int pos) {
        Matcher m = p.matcher(s);
        return m.find(pos) ? m : null;
    }

    private void setCdataMode(String elem) {
        cdataElem = elem.toLowerCase(Locale.ROOT);
        interesting = Pattern.compile("</" + S + "*" + Pattern.quote(cdataElem) + S + "*>",
                Pattern.CASE_INSENSITIVE);
    }

    private void clearCdataMode() {
        interesting = INTERESTING_NORMAL;
        cdataElem = null;
    }

    private void goahead(boolean end) {
        String raw = rawdata;
        int i = 0;
        int n = raw.length();
        while (i < n) {
            int j;
            if (convertCharrefs && cdataElem == null) {
                j = raw.indexOf('<', i);
                if (j < 0) {
                    int amppos = raw.lastIndexOf('&', n - 1);
                    if (amppos < Math.max(i, n - 34)) {
                        amppos = -1;
                    }
                    if (amppos >= 0 && searchFrom(SPACE_OR_SEMI, raw, amppos) == null) {
                        break; // wait till we get all the text
                    }
                    j = n;
                }
            } else {
                Matcher match = searchFrom(interesting, raw, i);
                if (match != null) {
                    j = match.start();
                } else {
                    if (cdataElem != null) {
                        break;
                    }
                    j = n;
                }
            }
            if (i < j) {
                if (convertCharrefs && cdataElem == null) {
                    handleData(Entities.unescape(raw.substring(i, j)));
                } else {
                    handleData(raw.substring(i, j));
                }
            }
            i = j;
            if (i == n) {
                break;
            }
            if (raw.startsWith("<", i)) {
                int k;
                if (matchAt(STARTTAGOPEN, raw, i) != null) {
                    k = parseStarttag(i);
                } else if (raw.startsWith("</", i)) {
                    k = parseEndtag(i);
                } else if (raw.startsWith("<!--", i)) {
                    k = parseComment(i);
                } else if (raw.startsWith("<?", i)) {
                    k = parsePi(i);
                } else if (raw.startsWith("<!", i)) {
                    k = parseHtmlDeclaration(i);
                } else if (i + 1 < n) {
                    handleData("<");
                    k = i + 1;
                } else {
                    break;
                }
                if (k < 0) {
                    if (!end) {
                        break;
                    }
                    k = raw.indexOf('>', i + 1);
                    if (k < 0) {
                        k = raw.indexOf('<', i + 1);
                        if (k < 0) {
                            k = i + 1;
                        }
                    } else {
                        k += 1;
                    }
                    if (convertCharrefs && cdataElem == null) {
                        handleData(Entities.unescape(raw.substring(i, k)));
                    } else {
                        handleData(raw.substring(i, k));
                    }
                }
                i = k;
            } else if (raw.startsWith("&#", i)) {
                Matcher match = matchAt(CHARREF, raw, i);
                if (match != null) {
                    String group = match.group();
                    handleCharref(group.substring(2, group.length() - 1));
                    int k = match.end();
                    if (raw.charAt(k - 1) != ';') {
                        k = k - 1;
                    }
                    i = k;
                    continue;
                } else {
                    if (raw.indexOf(';', i) >= 0) { // bail by consuming &#
                        handleData(raw.substring(i, i + 2));
                        i = i + 2;
                    }
                    break;
                }
            } else if (raw.startsWith("&", i)) {
                Matcher match = matchAt(ENTITYREF, raw, i);
                if (match != null) {
                    handleEntityref(match.group(1));
                    int k = match.end();
                    if (raw.charAt(k - 1) != ';') {
                        k = k - 1;
                    }
                    i = k;
                    continue;
                }
                match = matchAt(INCOMPLETE, raw, i);
                if (match != null) {
                    if (end && match.group().equals(raw.substring(i))) {
                        i = i + 1;
                    }
                    break;
                } else if (i + 1 < n) {
                    handleData("&");
                    i = i + 1;
                } else {
                    break;
                }
            } else {
                throw new IllegalStateException("interesting.search() lied");
            }
        }
        if (end && i < n && cdataElem == null) {
            if (convertCharrefs) {
                handleData(Entities.unescape(raw.substring(i, n)));
            } else {
                handleData(raw.substring(i, n));
            }
            i = n;
        }
        rawdata = raw.substring(i);
    }

    private int parseHtmlDeclaration(int i) {
        String raw = rawdata;
        if (raw.startsWith("<!--", i)) {
            return parseComment(i);
        } else if (raw.startsWith("<![", i)) {
            return parseMarkedSection(i);
        } else if (raw.regionMatches(true, i, "<!doctype", 0, 9)) {
            int gtpos = raw.indexOf('>', i + 9);
            if (gtpos == -1) {
                return -1;
            }
            return gtpos + 1;
        } else {
            return parseBogusComment(i);
        }
    }

    private int parseBogusComment(int i) {
        int pos = rawdata.indexOf('>', i + 2);
        if (pos == -1) {
            return -1;
        }
        handleComment(rawdata.substring(i + 2, pos));
        return pos + 1;
    }

    private int parseMarkedSection(int i) {
        String raw = rawdata;
        int j = i + 3;
        if (j == raw.length()) {
            return -1;
        }
        Matcher nameMatch = matchAt(DECLNAME, raw, j);
        if (nameMatch == null) {
            return parseBogusComment(i);
        }
        if (nameMatch.end() == raw.length()) {
            return -1;
        }
        String name = nameMatch.group().strip().toLowerCase(Locale.ROOT);
        Matcher match;
        switch (name) {
            case "temp", "cdata", "ignore", "include", "rcdata" -> match = searchFrom(MARKEDSECTIONCLOSE, raw, i + 3);
            case "if", "else", "endif" -> match = searchFrom(MSMARKEDSECTIONCLOSE, raw, i + 3);
            default -> {
                return parseBogusComment(i);
            }
        }
        if (match == null) {
            return -1;
        }
        return match.end();
    }

    private int parseComment(int i) {
        Matcher match = searchFrom(COMMENTCLOSE, rawdata, i + 4);
        if (match == null) {
            return -1;
        }
        handleComment(rawdata.substring(i + 4, match.start()));
        return match.end();
    }

    private int parsePi(int i) {
        Matcher match = searchFrom(PICLOSE, rawdata, i + 2);
        if (match == null) {
            return -1;
        }
        return match.end();
    }

    private int parseStarttag(int i) {
        starttagText = null;
        int endpos = checkForWholeStartTag(i);
        if (endpos < 0) {
            return endpos;
        }
        String raw = rawdata;
        starttagText = raw.substring(i, endpos);
        Matcher match = matchAt(TAGFIND_TOLERANT, raw, i + 1);
        int k = match.end();
        String tag = match.group(1).toLowerCase(Locale.ROOT);
        while (k < endpos) {
            Matcher m = matchAt(ATTRFIND_TOLERANT, raw, k);
            if (m == null) {
                break;
            }
            k = m.end();
        }
        String end = PyOps.strip(raw.substring(Math.min(k, endpos), endpos));
        if (k > endpos) {
            end = "";
        }
        if (!end.equals(">") && !end.equals("/>")) {
            handleData(raw.substring(i, endpos));
            return endpos;
        }
        if (end.endsWith("/>")) {
            handleStartendtag(tag);
        } else {
            handleStarttag(tag);
            if (tag.equals("script") || tag.equals("style")) {
                setCdataMode(tag);
            }
        }
        return endpos;
    }

    private int checkForWholeStartTag(int i) {
        String raw = rawdata;
        Matcher m = matchAt(LOCATESTARTTAGEND_TOLERANT, raw, i);
        if (m == null) {
            throw new IllegalStateException("we should not get here!");
        }
        int j = m.end();
        if (j >= raw.length()) {
            return -1; // end of input
        }
        char next = raw.charAt(j);
        if (next == '>') {
            return j + 1;
        }
        if (next == '/') {
            if (raw.startsWith("/>", j)) {
                return j + 2;
            }
            if (raw.startsWith("/", j)) {
                return -1; // buffer boundary
            }
            return j > i ? j : i + 1;
        }
        if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '=' || next == '/') {
            return -1;
        }
        return j > i ? j : i + 1;
    }

    private int parseEndtag(int i) {
        String raw = rawdata;
        Matcher match = searchFrom(ENDENDTAG, raw, i + 1);
        if (match == null) {
            return -1;
        }
        int gtpos = match.end();
        match = matchAt(ENDTAGFIND, raw, i);
        if (match == null) {
            if (cdataElem != null) {
                handleData(raw.substring(i, gtpos));
                return gtpos;
            }
            Matcher namematch = matchAt(TAGFIND_TOLERANT, raw, i + 2);
            if (namematch == null) {
                if (raw.startsWith("</>", i)) {
                    return i + 3;
                }
                return parseBogusComment(i);
            }
            String tagname = namematch.group(1).toLowerCase(Locale.ROOT);
            gtpos = raw.indexOf('>', namematch.end());
            handleEndtag(tagname);
            return gtpos + 1;
        }
        String elem = match.group(1).toLowerCase(Locale.ROOT);
        if (cdataElem != null && !elem.equals(cdataElem)) {
            handleData(raw.substring(i, gtpos));
            return gtpos;
        }
        handleEndtag(elem);
        clearCdataMode();
        return gtpos;
    }
}
