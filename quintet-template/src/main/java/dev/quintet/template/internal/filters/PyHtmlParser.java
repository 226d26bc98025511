package dev.quintet.template.internal.filters;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A port of Python's {@code html.parser.HTMLParser} as current Python releases have it (the
 * HTML5-conformant tokenizer of Python 3.14, whose fixes were also released for 3.12 and 3.13):
 * the tokenizer Django's {@code strip_tags} and HTML truncation run on, so tags, entities,
 * comments, {@code <script>}/{@code <title>} content and malformed markup split as in Django.
 * Subclasses override the {@code handle*} callbacks.
 */
abstract class PyHtmlParser {
    private static final String WS = "\\t\\n\\r\\f ";

    private static final Pattern INTERESTING_NORMAL = Pattern.compile("[&<]");
    private static final Pattern INCOMPLETE = Pattern.compile("&[a-zA-Z#]");
    private static final Pattern ENTITYREF = Pattern.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]");
    private static final Pattern CHARREF = Pattern.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]");
    private static final Pattern STARTTAGOPEN = Pattern.compile("<[a-zA-Z]");
    private static final Pattern ENDTAGOPEN = Pattern.compile("</[a-zA-Z]");
    private static final Pattern PICLOSE = Pattern.compile(">");
    private static final Pattern COMMENTCLOSE = Pattern.compile("--!?>");
    private static final Pattern COMMENTABRUPTCLOSE = Pattern.compile("-?>");
    private static final Pattern TAGFIND_TOLERANT = Pattern.compile(
            "([a-zA-Z][^" + WS + "/>]*)(?:[" + WS + "]|/(?!>))*");
    private static final Pattern ATTRFIND_TOLERANT = Pattern.compile(
            "((?<=['\"" + WS + "/])[^" + WS + "/>][^" + WS + "/=>]*)"
                    + "([" + WS + "]*=[" + WS + "]*('[^']*'|\"[^\"]*\"|(?!['\"])[^>" + WS + "]*))?"
                    + "(?:[" + WS + "]|/(?!>))*");
    private static final Pattern LOCATETAGEND = Pattern.compile(
            "[a-zA-Z][^" + WS + "/>]*"
                    + "[" + WS + "/]*"
                    + "(?:(?<=['\"" + WS + "/])[^" + WS + "/>][^" + WS + "/=>]*"
                    + "(?:[" + WS + "]*=[" + WS + "]*"
                    + "(?:'[^']*'|\"[^\"]*\"|(?!['\"])[^>" + WS + "]*)"
                    + ")?"
                    + "[" + WS + "/]*"
                    + ")*"
                    + ">?");
    private static final Pattern SPACE_OR_SEMI = Pattern.compile("[" + WS + ";]");

    private final boolean convertCharrefs;
    protected String rawdata = "";
    private Pattern interesting = INTERESTING_NORMAL;
    private String cdataElem;
    private boolean escapable = true;
    private String starttagText;

    protected PyHtmlParser(boolean convertCharrefs) {
        this.convertCharrefs = convertCharrefs;
    }

    /** Loses all unprocessed data. */
    void reset() {
        rawdata = "";
        interesting = INTERESTING_NORMAL;
        cdataElem = null;
        escapable = true;
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

    private void setCdataMode(String elem, boolean escapableContent) {
        cdataElem = elem.toLowerCase(Locale.ROOT);
        escapable = escapableContent;
        String end = "</" + Pattern.quote(cdataElem) + "(?=[" + WS + "/>])";
        interesting = Pattern.compile(escapableContent && !convertCharrefs ? "&|" + end : end,
                Pattern.CASE_INSENSITIVE);
    }

    private void clearCdataMode() {
        interesting = INTERESTING_NORMAL;
        cdataElem = null;
        escapable = true;
    }

    private String text(String raw, int from, int to) {
        return convertCharrefs && escapable ? Entities.unescape(raw.substring(from, to)) : raw.substring(from, to);
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
                handleData(text(raw, i, j));
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
                } else if (i + 1 < n || end) {
                    handleData("<");
                    k = i + 1;
                } else {
                    break;
                }
                if (k < 0) {
                    if (!end) {
                        break;
                    }
                    // End of input inside markup: tags are dropped, comments and
                    // declarations are closed, as the HTML5 tokenizer does at EOF.
                    if (matchAt(STARTTAGOPEN, raw, i) != null) {
                        // dropped
                    } else if (raw.startsWith("</", i)) {
                        if (i + 2 == n) {
                            handleData("</");
                        } else if (matchAt(ENDTAGOPEN, raw, i) == null) {
                            handleComment(raw.substring(i + 2));
                        }
                    } else if (raw.startsWith("<!--", i)) {
                        int e = n;
                        for (String suffix : new String[] {"--!", "--", "-"}) {
                            if (raw.endsWith(suffix) && n - suffix.length() >= i + 4) {
                                e -= suffix.length();
                                break;
                            }
                        }
                        handleComment(raw.substring(i + 4, e));
                    } else if (raw.startsWith("<!", i) || raw.startsWith("<?", i)) {
                        handleComment(raw.substring(i + 2));
                    } else {
                        throw new IllegalStateException("we should not get here!");
                    }
                    k = n;
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
        if (end && i < n) {
            handleData(text(raw, i, n));
            i = n;
        }
        rawdata = raw.substring(i);
    }

    private int parseHtmlDeclaration(int i) {
        String raw = rawdata;
        if (raw.startsWith("<!--", i)) {
            return parseComment(i);
        } else if (raw.startsWith("<![CDATA[", i)) {
            int j = raw.indexOf("]]>", i + 9);
            if (j < 0) {
                return -1;
            }
            return j + 3;
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

    private int parseComment(int i) {
        Matcher match = searchFrom(COMMENTCLOSE, rawdata, i + 4);
        if (match == null) {
            match = matchAt(COMMENTABRUPTCLOSE, rawdata, i + 4);
            if (match == null) {
                return -1;
            }
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
        String end = k > endpos ? "" : PyOps.strip(raw.substring(k, endpos));
        if (!end.equals(">") && !end.equals("/>")) {
            handleData(raw.substring(i, endpos));
            return endpos;
        }
        if (end.endsWith("/>")) {
            handleStartendtag(tag);
        } else {
            handleStarttag(tag);
            if (tag.equals("script") || tag.equals("style")) {
                setCdataMode(tag, false);
            } else if (tag.equals("textarea") || tag.equals("title")) {
                setCdataMode(tag, true);
            }
        }
        return endpos;
    }

    private int checkForWholeStartTag(int i) {
        Matcher m = matchAt(LOCATETAGEND, rawdata, i + 1);
        int j = m.end();
        return rawdata.charAt(j - 1) != '>' ? -1 : j;
    }

    private int parseEndtag(int i) {
        String raw = rawdata;
        if (raw.indexOf('>', i + 2) < 0) {
            return -1;
        }
        if (matchAt(ENDTAGOPEN, raw, i) == null) {
            if (raw.startsWith(">", i + 2)) {
                return i + 3; // </> is ignored
            }
            return parseBogusComment(i);
        }
        Matcher match = matchAt(LOCATETAGEND, raw, i + 2);
        int j = match.end();
        if (raw.charAt(j - 1) != '>') {
            return -1;
        }
        Matcher name = matchAt(TAGFIND_TOLERANT, raw, i + 2);
        handleEndtag(name.group(1).toLowerCase(Locale.ROOT));
        clearCdataMode();
        return j;
    }
}
