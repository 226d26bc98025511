package dev.quintet.urls;

import dev.quintet.urls.internal.RegexTranslator;

/**
 * A {@code rePath()} regular expression such as {@code "^articles/(?P<year>[0-9]{4})/$"}. Python's
 * {@code (?P<name>...)} and {@code (?P=name)} are accepted beside Java's {@code (?<name>...)}, and
 * group names may contain underscores; {@code \Z} means end of input as in Python. Named groups
 * become keyword arguments (strings); without named groups, all groups become positional ones.
 *
 * @param regex the expression as written
 * @throws InvalidUrlPattern when it does not compile
 */
public record RegexPattern(String regex) implements PatternSpec {
    public RegexPattern {
        if (regex == null) {
            throw new InvalidUrlPattern("URL regex must not be null.");
        }
        RegexTranslator.compile(regex);
    }

    @Override
    public String text() {
        return regex;
    }

    @Override
    public String toString() {
        return regex;
    }
}
