package dev.quintet.contrib.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PasswordResetTokenGeneratorTest {
    static final Settings SETTINGS = Settings.builder().secretKey("k").secretKeyFallbacks("old").timeZone("UTC").build();
    /** Django 5.2's {@code _make_token_with_timestamp(user, 700000000, 'k')} for this user. */
    static final String DJANGO_TOKEN = "bkrfgg-fe4aafbcdd72b56223e0a91346f23dd2";
    static final String DJANGO_TOKEN_NO_LOGIN = "bkrfgg-197b56572287f8ad9cd1094d23cb3318";

    static User user(boolean loggedIn) {
        User u = new User();
        u.id = 42L;
        u.password = "md5$abcdefghijklmnopqrstuv$59549c8e6897dd44401a081434b86c95";
        u.email = "ada@example.com";
        u.lastLogin = loggedIn ? Instant.parse("2024-05-06T07:08:09.123456Z") : null;
        return u;
    }

    static Clock at(long secondsSince2001) {
        Instant base = LocalDateTime.of(2001, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        return Clock.fixed(base.plusSeconds(secondsSince2001), ZoneOffset.UTC);
    }

    @Test
    void tokensAreDjangos() {
        var tokens = new PasswordResetTokenGenerator(SETTINGS, at(700_000_000));
        assertThat(tokens.makeTokenWithTimestamp(user(true), 700_000_000, "k")).isEqualTo(DJANGO_TOKEN);
        assertThat(tokens.makeTokenWithTimestamp(user(false), 700_000_000, "k")).isEqualTo(DJANGO_TOKEN_NO_LOGIN);
        assertThat(tokens.makeToken(user(true))).isEqualTo(DJANGO_TOKEN);
        assertThat(PasswordResetTokenGenerator.uidb64(user(true))).isEqualTo("NDI");
        assertThat(PasswordResetTokenGenerator.decodeUid("NDI")).isEqualTo("42");
    }

    static Stream<Arguments> checks() {
        User changedPassword = user(true);
        changedPassword.password = "md5$x$y";
        User loggedInAgain = user(true);
        loggedInAgain.lastLogin = Instant.parse("2024-06-01T00:00:00Z");
        User otherEmail = user(true);
        otherEmail.email = "eve@example.com";
        String oldKeyToken = new PasswordResetTokenGenerator(SETTINGS).makeTokenWithTimestamp(user(true), 700_000_000, "old");
        return Stream.of(
                Arguments.of("fresh", user(true), DJANGO_TOKEN, 700_000_100L, true),
                Arguments.of("made with a fallback key", user(true), oldKeyToken, 700_000_100L, true),
                Arguments.of("three days later", user(true), DJANGO_TOKEN, 700_000_000L + 259_200, true),
                Arguments.of("expired", user(true), DJANGO_TOKEN, 700_000_000L + 259_201, false),
                Arguments.of("password changed", changedPassword, DJANGO_TOKEN, 700_000_100L, false),
                Arguments.of("logged in since", loggedInAgain, DJANGO_TOKEN, 700_000_100L, false),
                Arguments.of("email changed", otherEmail, DJANGO_TOKEN, 700_000_100L, false),
                Arguments.of("tampered", user(true), DJANGO_TOKEN.replace('f', 'e'), 700_000_100L, false),
                Arguments.of("malformed", user(true), "nodash", 700_000_100L, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void checkToken(String name, User user, String token, long now, boolean valid) {
        assertThat(new PasswordResetTokenGenerator(SETTINGS, at(now)).checkToken(user, token)).isEqualTo(valid);
    }
}
