package dev.quintet.contrib.auth.password;

import dev.quintet.contrib.auth.BaseUser;
import dev.quintet.contrib.auth.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Not too similar to the user's username, names or email (Django's default similarity 0.7):
 * each attribute, and each of its parts split on non-word characters, is compared with
 * Python's {@code SequenceMatcher.quick_ratio}, as Django does.
 */
public record UserAttributeSimilarityValidator(double maxSimilarity) implements PasswordValidator {
    /** Django's default, 0.7. */
    public UserAttributeSimilarityValidator() {
        this(0.7);
    }

    /** Validates: at least 0.1. */
    public UserAttributeSimilarityValidator {
        if (maxSimilarity < 0.1) {
            throw new IllegalArgumentException("max_similarity must be at least 0.1");
        }
    }

    @Override
    public List<String> problems(String password, BaseUser user) {
        if (user == null) {
            return List.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("username", user.getUsername());
        if (user instanceof User u) {
            attributes.put("first name", u.firstName);
            attributes.put("last name", u.lastName);
            attributes.put("email address", u.email);
        }
        String pw = password.toLowerCase(Locale.ROOT);
        for (var e : attributes.entrySet()) {
            String value = e.getValue();
            if (value == null || value.isEmpty()) {
                continue;
            }
            String lower = value.toLowerCase(Locale.ROOT);
            List<String> parts = new ArrayList<>(List.of(lower.split("\\W+")));
            parts.add(lower);
            for (String part : parts) {
                if (part.isEmpty() || exceedsMaximumLengthRatio(pw, part)) {
                    continue;
                }
                if (quickRatio(pw, part) >= maxSimilarity) {
                    return List.of("The password is too similar to the " + e.getKey() + ".");
                }
            }
        }
        return List.of();
    }

    /** Django's shortcut: a password much longer than the value cannot be similar enough. */
    private boolean exceedsMaximumLengthRatio(String password, String value) {
        int pwLen = password.length();
        int length = Math.max(10, value.length());
        return pwLen >= 10 * length && pwLen >= length / maxSimilarity;
    }

    /** Python's {@code SequenceMatcher.quick_ratio}: 2 * shared characters / total length. */
    static double quickRatio(String a, String b) {
        Map<Integer, Integer> counts = new HashMap<>();
        b.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int matches = 0;
        for (int c : a.codePoints().toArray()) {
            Integer n = counts.get(c);
            if (n != null && n > 0) {
                counts.put(c, n - 1);
                matches++;
            }
        }
        int total = a.length() + b.length();
        return total == 0 ? 1.0 : 2.0 * matches / total;
    }

    @Override
    public String helpText() {
        return "Your password can’t be too similar to your other personal information.";
    }
}
