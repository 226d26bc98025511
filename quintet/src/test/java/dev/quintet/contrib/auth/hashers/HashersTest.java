package dev.quintet.contrib.auth.hashers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.testsupport.DjangoPython;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HashersTest {
    static final Hashers ALL = Hashers.of(Pbkdf2PasswordHasher.sha256(), Pbkdf2PasswordHasher.sha1(),
            new Argon2PasswordHasher(), BCryptPasswordHasher.sha256(), BCryptPasswordHasher.plain(),
            new ScryptPasswordHasher(), new Md5PasswordHasher());

    static Stream<Arguments> djangoVectors() throws IOException {
        try (InputStream in = HashersTest.class.getResourceAsStream("/auth/django-hashes.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .map(f -> Arguments.of(f[0] + " '" + f[1] + "'", f[1], f[2]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("djangoVectors")
    void djangoHashesVerify(String name, String password, String encoded) {
        assertThat(ALL.checkPassword(password, encoded, null)).isTrue();
        assertThat(ALL.checkPassword(password + "x", encoded, null)).isFalse();
    }

    static Stream<Arguments> hashers() {
        return Stream.of(
                Arguments.of("pbkdf2_sha256", Pbkdf2PasswordHasher.sha256().withIterations(1000), "pbkdf2_sha256\\$1000\\$[A-Za-z0-9]{22}\\$[A-Za-z0-9+/]{43}="),
                Arguments.of("pbkdf2_sha1", Pbkdf2PasswordHasher.sha1().withIterations(1000), "pbkdf2_sha1\\$1000\\$[A-Za-z0-9]{22}\\$[A-Za-z0-9+/]{27}="),
                Arguments.of("argon2", new Argon2PasswordHasher(1, 1024, 2), "argon2\\$argon2id\\$v=19\\$m=1024,t=1,p=2\\$[A-Za-z0-9+/]{30}\\$[A-Za-z0-9+/]{43}"),
                Arguments.of("bcrypt_sha256", BCryptPasswordHasher.sha256().withRounds(4), "bcrypt_sha256\\$\\$2b\\$04\\$[./A-Za-z0-9]{53}"),
                Arguments.of("bcrypt", BCryptPasswordHasher.plain().withRounds(4), "bcrypt\\$\\$2b\\$04\\$[./A-Za-z0-9]{53}"),
                Arguments.of("scrypt", new ScryptPasswordHasher(1024, 8, 1), "scrypt\\$1024\\$[A-Za-z0-9]{22}\\$8\\$1\\$[A-Za-z0-9+/]{86}=="),
                Arguments.of("md5", new Md5PasswordHasher(), "md5\\$[A-Za-z0-9]{22}\\$[0-9a-f]{32}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void roundTripsInDjangosFormat(String name, PasswordHasher hasher, String format) {
        String encoded = hasher.encode("pässwörd", hasher.salt());
        assertThat(encoded).matches(format);
        assertThat(hasher.verify("pässwörd", encoded)).isTrue();
        assertThat(hasher.verify("passwörd", encoded)).isFalse();
        assertThat(hasher.mustUpdate(encoded)).isFalse();
        assertThat(hasher.encode("pässwörd", hasher.salt())).isNotEqualTo(encoded);
    }

    @Test
    void outdatedHashesAreRehashedWithThePreferredHasher() {
        Hashers hashers = Hashers.of(Pbkdf2PasswordHasher.sha256().withIterations(2000), new Md5PasswordHasher());
        List<String> rehashed = new ArrayList<>();
        String md5 = new Md5PasswordHasher().encode("pw", "abcdefghijklmnopqrstuv");
        assertThat(hashers.checkPassword("pw", md5, rehashed::add)).isTrue();
        assertThat(rehashed).singleElement().asString().startsWith("pbkdf2_sha256$2000$");
        String fewer = Pbkdf2PasswordHasher.sha256().withIterations(1000).encode("pw", "abcdefghijklmnopqrstuv");
        assertThat(hashers.checkPassword("pw", fewer, rehashed::add)).isTrue();
        assertThat(rehashed).hasSize(2);
        assertThat(hashers.checkPassword("wrong", fewer, rehashed::add)).isFalse();
        assertThat(rehashed).hasSize(2);
    }

    @Test
    void unusableAndUnknownPasswordsNeverMatch() {
        String unusable = ALL.makePassword(null);
        assertThat(unusable).startsWith("!").hasSize(41);
        assertThat(Hashers.isPasswordUsable(unusable)).isFalse();
        assertThat(ALL.checkPassword("", unusable, null)).isFalse();
        assertThat(ALL.checkPassword("x", "sha3$whatever", null)).isFalse();
        assertThatThrownBy(() -> ALL.get("nope")).hasMessage(
                "Unknown password hashing algorithm 'nope'. Did you specify it in the PASSWORD_HASHERS setting?");
    }

    @Test
    void djangoIterationCountIsDjango60s() {
        assertThat(Pbkdf2PasswordHasher.sha256().iterations()).isEqualTo(1_200_000);
        assertThat(Hashers.DEFAULTS.preferred().algorithm()).isEqualTo("pbkdf2_sha256");
    }

    @Test
    void quintetHashesVerifyInDjango() {
        List<String> encoded = List.of(
                Pbkdf2PasswordHasher.sha256().withIterations(1000).encode("pässwörd", "abcdefghijklmnopqrstuv"),
                Pbkdf2PasswordHasher.sha1().withIterations(1000).encode("pässwörd", "abcdefghijklmnopqrstuv"),
                new Md5PasswordHasher().encode("pässwörd", "abcdefghijklmnopqrstuv"),
                new Argon2PasswordHasher(1, 1024, 2).encode("pässwörd", "abcdefghijklmnopqrstuv"),
                BCryptPasswordHasher.sha256().withRounds(4).encode("pässwörd", ""),
                new ScryptPasswordHasher(1024, 8, 1).encode("pässwörd", "abcdefghijklmnopqrstuv"));
        List<String> args = new ArrayList<>(encoded);
        String out = DjangoPython.runOrSkip("""
                import sys, django
                from django.conf import settings
                names = ['PBKDF2PasswordHasher', 'PBKDF2SHA1PasswordHasher', 'MD5PasswordHasher',
                         'Argon2PasswordHasher', 'BCryptSHA256PasswordHasher', 'ScryptPasswordHasher']
                from django.contrib.auth import hashers as h
                settings.configure(SECRET_KEY='k', PASSWORD_HASHERS=[
                    'django.contrib.auth.hashers.' + n for n in names if hasattr(h, n)])
                django.setup()
                for e in sys.argv[1:]:
                    try:
                        hasher = h.identify_hasher(e)
                        if hasher.library: hasher._load_library()
                    except (ValueError, AttributeError):
                        print('n/a')
                        continue
                    print(h.check_password('pässwörd', e), h.check_password('other', e))
                """, args);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(encoded.size() + 1);
        for (int i = 0; i < encoded.size(); i++) {
            assertThat(lines.get(i)).as(encoded.get(i)).isIn("True False", "n/a");
        }
        assertThat(lines.subList(0, 3)).containsOnly("True False");
    }
}
