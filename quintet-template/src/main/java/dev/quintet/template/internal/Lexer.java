package dev.quintet.template.internal;

import dev.quintet.template.library.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a template's source into tokens exactly as Django's lexer does: a tag or comment must
 * open and close on one line (otherwise it is plain text), and inside {@code {% verbatim %}}
 * everything up to the matching end tag is text.
 */
public final class Lexer {
    private Lexer() {
    }

    public static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int n = source.length();
        int pos = 0;
        int textStart = 0;
        int line = 1;
        int lineCountedTo = 0;
        String verbatim = null;
        while (pos < n - 1) {
            int open = source.indexOf('{', pos);
            if (open < 0 || open >= n - 1) {
                break;
            }
            char kind = source.charAt(open + 1);
            char closer;
            if (kind == '%') {
                closer = '%';
            } else if (kind == '{') {
                closer = '}';
            } else if (kind == '#') {
                closer = '#';
            } else {
                pos = open + 1;
                continue;
            }
            int close = -1;
            for (int i = open + 2; i < n - 1; i++) {
                char c = source.charAt(i);
                if (c == '\n') {
                    break;
                }
                if (c == closer && source.charAt(i + 1) == '}') {
                    close = i;
                    break;
                }
            }
            if (close < 0) {
                pos = open + 1;
                continue;
            }
            int end = close + 2;
            if (open > textStart) {
                line += countNewlines(source, lineCountedTo, textStart);
                lineCountedTo = textStart;
                tokens.add(new Token(Token.Type.TEXT, source.substring(textStart, open), line, textStart, open, source));
            }
            line += countNewlines(source, lineCountedTo, open);
            lineCountedTo = open;
            String content = source.substring(open + 2, close).strip();
            String raw = source.substring(open, end);
            Token token;
            if (kind == '%') {
                if (verbatim != null) {
                    if (!content.equals(verbatim)) {
                        token = new Token(Token.Type.TEXT, raw, line, open, end, source);
                    } else {
                        verbatim = null;
                        token = new Token(Token.Type.BLOCK, content, line, open, end, source);
                    }
                } else {
                    if (content.equals("verbatim") || content.startsWith("verbatim ")) {
                        verbatim = "end" + content;
                    }
                    token = new Token(Token.Type.BLOCK, content, line, open, end, source);
                }
            } else if (verbatim != null) {
                token = new Token(Token.Type.TEXT, raw, line, open, end, source);
            } else if (kind == '{') {
                token = new Token(Token.Type.VAR, content, line, open, end, source);
            } else {
                token = new Token(Token.Type.COMMENT, content, line, open, end, source);
            }
            tokens.add(token);
            pos = end;
            textStart = end;
        }
        if (textStart < n) {
            line += countNewlines(source, lineCountedTo, textStart);
            tokens.add(new Token(Token.Type.TEXT, source.substring(textStart), line, textStart, n, source));
        }
        return tokens;
    }

    private static int countNewlines(String s, int from, int to) {
        int c = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                c++;
            }
        }
        return c;
    }
}
