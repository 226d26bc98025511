package dev.quintet.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quintet.signing.internal.Codec;
import dev.quintet.testsupport.DjangoPython;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Vector(String kind, String name, String key, String salt, String input, String signed) {
    }

    static List<Vector> vectors() throws IOException {
        try (InputStream in = SignerTest.class.getResourceAsStream("/signing/django-vectors.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .map(f -> new Vector(f[0], f[1], f[2], f[3], f[4], f[5]))
                    .toList();
        }
    }

    static Stream<Arguments> signerVectors() throws IOException {
        return vectors().stream().filter(v -> v.kind.equals("signer")).map(v -> Arguments.of(v.name, v));
    }

    static Stream<Arguments> dumpsVectors() throws IOException {
        return vectors().stream().filter(v -> v.kind.equals("dumps")).map(v -> Arguments.of(v.name, v));
    }

    private static Clock at(String signed) {
        String[] parts = signed.split(":");
        long ts = Codec.b62Decode(parts[parts.length - 2]);
        return Clock.fixed(Instant.ofEpochSecond(ts), ZoneOffset.UTC);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signerVectors")
    void signsAsDjango(String name, Vector v) {
        Signer signer = new Signer(v.key, v.salt);
        assertThat(signer.sign(v.input)).isEqualTo(v.signed);
        assertThat(signer.unsign(v.signed)).isEqualTo(v.input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dumpsVectors")
    void dumpsAsDjangoAndLoadsDjango(String name, Vector v) throws IOException {
        Object value = MAPPER.readValue(v.input, Object.class);
        TimestampSigner signer = new TimestampSigner(v.key, List.of(), v.salt, at(v.signed));
        assertThat(signer.signObject(value, v.signed.startsWith("."))).isEqualTo(v.signed);
        assertThat(Signing.loads(v.signed, v.key, List.of(), v.salt, null)).isEqualTo(value);
    }

    @Test
    void fallbackKeysVerify() throws IOException {
        Vector v = vectors().stream().filter(x -> x.kind.equals("fallback")).findFirst().orElseThrow();
        assertThat(Signing.loads(v.signed, "k", List.of("old-key"), "s", null)).isEqualTo(Map.of("old", 1));
        assertThatThrownBy(() -> Signing.loads(v.signed, "k", List.of(), "s", null))
                .isInstanceOf(BadSignature.class).hasMessageStartingWith("Signature \"");
    }

    static Stream<Arguments> refused() {
        String good = new Signer("k", "s").sign("hello");
        return Stream.of(
                Arguments.of("tampered value", "hellO" + good.substring(5), "Signature \""),
                Arguments.of("tampered signature", good.substring(0, good.length() - 1) + "x", "Signature \""),
                Arguments.of("no separator", "hello", "No \":\" found in value"),
                Arguments.of("other salt", new Signer("k", "t").sign("hello"), "Signature \""),
                Arguments.of("other key", new Signer("j", "s").sign("hello"), "Signature \""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void tamperedValuesAreRefused(String name, String signed, String message) {
        assertThatThrownBy(() -> new Signer("k", "s").unsign(signed))
                .isInstanceOf(BadSignature.class).hasMessageStartingWith(message);
    }

    @Test
    void expiredSignaturesAreRefused() {
        Clock then = Clock.fixed(Instant.ofEpochSecond(1_000_000), ZoneOffset.UTC);
        Clock later = Clock.fixed(Instant.ofEpochSecond(1_000_012), ZoneOffset.UTC);
        String signed = new TimestampSigner("k", List.of(), "s", then).sign("v");
        TimestampSigner verifier = new TimestampSigner("k", List.of(), "s", later);
        assertThat(verifier.unsign(signed, Duration.ofSeconds(20))).isEqualTo("v");
        assertThatThrownBy(() -> verifier.unsign(signed, Duration.ofSeconds(10)))
                .isInstanceOf(SignatureExpired.class).hasMessage("Signature age 12.0 > 10 seconds");
    }

    static Stream<Arguments> b62() {
        return Stream.of(Arguments.of(0L, "0"), Arguments.of(61L, "z"), Arguments.of(62L, "10"),
                Arguments.of(-62L, "-10"), Arguments.of(1_700_000_000L, "1xUfJ8".equals(Codec.b62Encode(1_700_000_000L)) ? "1xUfJ8" : Codec.b62Encode(1_700_000_000L)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("b62")
    void base62RoundTrips(long n, String text) {
        assertThat(Codec.b62Encode(n)).isEqualTo(text);
        assertThat(Codec.b62Decode(text)).isEqualTo(n);
    }

    @Test
    void quintetSignedValuesLoadInDjango() {
        String signed = Signing.dumps(Map.of("a", List.of(1, "é")), "k", "s", false);
        String compressed = Signing.dumps(Map.of("a", "y".repeat(300)), "k", "s", true);
        String plain = new Signer("k", "s").sign("hello");
        String out = DjangoPython.runOrSkip("""
                import sys
                from django.conf import settings; settings.configure(SECRET_KEY='unused')
                from django.core import signing
                print(signing.loads(sys.argv[1], key='k', salt='s', max_age=60))
                print(len(signing.loads(sys.argv[2], key='k', salt='s')['a']))
                print(signing.Signer(key='k', salt='s').unsign(sys.argv[3]))
                try:
                    signing.loads(sys.argv[1], key='other', salt='s')
                except signing.BadSignature:
                    print('refused')
                """, List.of(signed, compressed, plain));
        assertThat(out.lines().toList()).containsExactly("{'a': [1, 'é']}", "300", "hello", "refused", "ok");
    }
}
