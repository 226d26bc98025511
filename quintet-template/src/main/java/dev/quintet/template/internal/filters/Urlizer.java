package dev.quintet.template.internal.filters;

import dev.quintet.template.SafeString;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code Urlizer} ({@code django.utils.html.urlize}, 6.0): turns URLs and e-mail
 * addresses in plain text into links. Works on {@code http://}, {@code https://}, {@code www.}
 * links and bare domains ending in one of the original seven gTLDs; trims trailing punctuation
 * and unbalanced wrapping punctuation; schemeless links get {@code http://} (Django 6.0's
 * default until the {@code URLIZE_ASSUME_HTTPS} switch in 7.0).
 */
final class Urlizer {
    private Urlizer() {
    }

    private static final int MAX_URL_LENGTH = 2048;
    private static final String TRAILING_PUNCTUATION = ".,:;!";
    private static final String TRAILING_PUNCTUATION_NO_SEMICOLON = ".,:!";
    private static final String[][] WRAPPING = {{"(", ")"}, {"[", "]"}};

    private static final Pattern SIMPLE_URL_RE = Pattern.compile("^https?://\\[?[\\p{L}\\p{N}_]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIMPLE_URL_2_RE = Pattern.compile(
            "^www\\.|^(?!http)(?:" + Validators.HOSTNAME_RE + ")(?:" + Validators.DOMAIN_RE + ")"
                    + "\\.(com|edu|gov|int|mil|net|org)($|/.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_SPLIT_RE = Pattern.compile("(?:" + PyOps.SPACE + "|[<>\"'])+");

    /** {@code urlize(text, trim_url_limit, nofollow, autoescape)}. */
    static String urlize(CharSequence text, Integer trimUrlLimit, boolean nofollow, boolean autoescape) {
        boolean safeInput = text instanceof SafeString;
        String s = text.toString();
        StringBuilder out = new StringBuilder(s.length() + 32);
        Map<String, String> cache = new HashMap<>();
        Matcher m = WORD_SPLIT_RE.matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(cache.computeIfAbsent(s.substring(last, m.start()),
                    w -> handleWord(w, safeInput, trimUrlLimit, nofollow, autoescape)));
            out.append(cache.computeIfAbsent(m.group(),
                    w -> handleWord(w, safeInput, trimUrlLimit, nofollow, autoescape)));
            last = m.end();
        }
        out.append(handleWord(s.substring(last), safeInput, trimUrlLimit, nofollow, autoescape));
        return out.toString();
    }

    private static String escape(String s) {
        return Entities.escape(s);
    }

    private static String handleWord(String word, boolean safeInput, Integer trimUrlLimit, boolean nofollow,
                                     boolean autoescape) {
        if (word.indexOf('.') >= 0 || word.indexOf('@') >= 0 || word.indexOf(':') >= 0) {
            String[] parts = trimPunctuation(word);
            String lead = parts[0];
            String middle = parts[1];
            String trail = parts[2];
            String url = null;
            String nofollowAttr = nofollow ? " rel=\"nofollow\"" : "";
            int middleLen = PyOps.cpLen(middle);
            if (middleLen <= MAX_URL_LENGTH && SIMPLE_URL_RE.matcher(middle).lookingAt()) {
                url = UrlUtils.smartUrlquote(Entities.unescape(middle));
            } else if (middleLen <= MAX_URL_LENGTH && SIMPLE_URL_2_RE.matcher(middle).lookingAt()) {
                url = UrlUtils.smartUrlquote("http://" + Entities.unescape(middle));
            } else if (middle.indexOf(':') < 0 && Validators.isEmail(middle)) {
                int at = middle.lastIndexOf('@');
                String local = UrlUtils.quote(middle.substring(0, at), "");
                String domain = UrlUtils.quote(middle.substring(at + 1), "");
                url = "mailto:" + local + "@" + domain;
                nofollowAttr = "";
            }
            if (url != null) {
                String trimmed = trimUrl(middle, trimUrlLimit);
                if (autoescape && !safeInput) {
                    lead = escape(lead);
                    trail = escape(trail);
                    trimmed = escape(trimmed);
                }
                return lead + "<a href=\"" + escape(url) + "\"" + nofollowAttr + ">" + trimmed + "</a>" + trail;
            } else if (safeInput) {
                return word;
            } else if (autoescape) {
                return escape(word);
            }
        } else if (safeInput) {
            return word;
        } else if (autoescape) {
            return escape(word);
        }
        return word;
    }

    private static String trimUrl(String x, Integer limit) {
        if (limit == null || PyOps.cpLen(x) <= limit) {
            return x;
        }
        return PyOps.cpSub(x, 0, Math.max(0, limit - 1)) + TextUtils.ELLIPSIS;
    }

    private static String rstrip(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    /** Python's {@code s[-n:]} / {@code s[:-n]} split for {@code n >= 1}. */
    private static int splitPoint(String s, int n) {
        return Math.max(0, s.length() - n);
    }

    /** Returns lead, middle, trail. */
    static String[] trimPunctuation(String word) {
        int startMiddle = 0;
        while (startMiddle < word.length() && (word.charAt(startMiddle) == '(' || word.charAt(startMiddle) == '[')) {
            startMiddle++;
        }
        String middle = word.substring(startMiddle);
        String lead = word.substring(0, startMiddle);
        Deque<String> trail = new ArrayDeque<>();
        Map<String, Integer> counts = new HashMap<>();
        String original = middle;
        boolean trimmedSomething = true;
        while (trimmedSomething && !middle.isEmpty()) {
            trimmedSomething = false;
            for (String[] pair : WRAPPING) {
                String opening = pair[0];
                String closing = pair[1];
                int openCount = counts.computeIfAbsent(opening, k -> count(original, k));
                int closeCount = counts.computeIfAbsent(closing, k -> count(original, k));
                if (openCount < closeCount) {
                    String rstripped = rstrip(middle, closing);
                    if (!rstripped.equals(middle)) {
                        int strip = closeCount - openCount;
                        int at = splitPoint(middle, strip);
                        trail.addFirst(middle.substring(at));
                        middle = middle.substring(0, at);
                        trimmedSomething = true;
                        counts.put(closing, closeCount - strip);
                    }
                }
            }
            int amp = middle.lastIndexOf('&');
            String rstripped = amp == -1 ? rstrip(middle, TRAILING_PUNCTUATION)
                    : rstrip(middle, TRAILING_PUNCTUATION_NO_SEMICOLON);
            if (!rstripped.equals(middle)) {
                trail.addFirst(middle.substring(rstripped.length()));
                middle = rstripped;
                trimmedSomething = true;
            }
            if (middle.endsWith(";")) {
                // Only strip if not part of an HTML entity.
                String potentialEntity = amp == -1 ? middle.substring(middle.length() - 1) : middle.substring(amp);
                String escaped = Entities.unescape(potentialEntity);
                if (escaped.equals(potentialEntity) || escaped.endsWith(";")) {
                    rstripped = rstrip(middle, TRAILING_PUNCTUATION);
                    int trailStart = rstripped.length();
                    int trailingSemicolons = middle.length() - rstrip(middle, ";").length();
                    if (amp > -1 && trailingSemicolons > 1) {
                        int recentSemicolon = middle.substring(trailStart).indexOf(';');
                        int middleSemicolonIndex = recentSemicolon + trailStart + 1;
                        trail.addFirst(middle.substring(middleSemicolonIndex));
                        middle = rstripped + middle.substring(trailStart, middleSemicolonIndex);
                    } else {
                        trail.addFirst(middle.substring(trailStart));
                        middle = rstripped;
                    }
                    trimmedSomething = true;
                }
            }
        }
        return new String[] {lead, middle, String.join("", trail)};
    }
}
