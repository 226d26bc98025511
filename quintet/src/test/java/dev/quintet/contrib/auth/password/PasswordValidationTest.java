package dev.quintet.contrib.auth.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.contrib.auth.User;
import dev.quintet.db.models.ValidationError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PasswordValidationTest {
    static User ada() {
        User u = new User();
        u.username = "adalovelace";
        u.firstName = "Ada";
        u.lastName = "Lovelace";
        u.email = "ada.lovelace@example.com";
        return u;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("strong", "correct horse battery", List.of()),
                Arguments.of("short", "x7#kq", List.of("This password is too short. It must contain at least 8 characters.")),
                Arguments.of("common", "password123", List.of("This password is too common.")),
                Arguments.of("common, any case", "PassWord", List.of("This password is too common.")),
                Arguments.of("numeric", "93847561029", List.of("This password is entirely numeric.")),
                Arguments.of("short, common and numeric", "123456",
                        List.of("This password is too short. It must contain at least 8 characters.",
                                "This password is too common.", "This password is entirely numeric.")),
                Arguments.of("like the username", "adalovelace1", List.of("The password is too similar to the username.")),
                Arguments.of("like the email", "lovelace@example", List.of("The password is too similar to the email address.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void djangosDefaultValidators(String name, String password, List<String> problems) {
        assertThat(PasswordValidation.problems(password, ada(), PasswordValidation.DEFAULTS)).isEqualTo(problems);
    }

    @Test
    void validateRaisesWithEveryProblem() {
        assertThatThrownBy(() -> PasswordValidation.validate("123456", null, PasswordValidation.DEFAULTS))
                .isInstanceOf(ValidationError.class)
                .satisfies(e -> assertThat(((ValidationError) e).messages()).hasSize(3));
        assertThat(UserAttributeSimilarityValidator.quickRatio("abcd", "bcde")).isEqualTo(0.75);
    }

    @Test
    void builtinListIsDjangosFullList() {
        assertThat(new CommonPasswordValidator().size()).isEqualTo(19_727);
    }

    @ParameterizedTest(name = "{0} common: {1}")
    @CsvSource({"bigpimpin1, true", "chobits, true", "#1stunna, true", "  Mewtwo , true", "desadesa, true",
            "correct horse battery, false", "Quintet-2026!, false"})
    void djangosEntries(String password, boolean common) {
        assertThat(new CommonPasswordValidator().problems(password, null).isEmpty()).isEqualTo(!common);
    }

    @Test
    void fromFileReadsPlainAndGzip(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("list.txt"), "Quintet\nhunter2\n");
        Path gz = dir.resolve("list.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("quintet\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(CommonPasswordValidator.fromFile(plain).size()).isEqualTo(2);
        assertThat(CommonPasswordValidator.fromFile(plain).problems("QUINTET", null)).hasSize(1);
        assertThat(CommonPasswordValidator.fromFile(gz).problems("quintet", null)).hasSize(1);
        assertThat(CommonPasswordValidator.fromFile(gz).problems("password", null)).isEmpty();
    }
}
