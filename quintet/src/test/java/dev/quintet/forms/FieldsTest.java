package dev.quintet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quintet.http.UploadedFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field: input -> cleaned value or Django's exact messages. Cases named {@code -oracle32}
 * were produced by Django 3.2 (whose messages and parsing equal 6.0's for them); {@code -django60}
 * cases were written from the Django 6.0 documentation.
 */
class FieldsTest {
    /** 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    record Expect(boolean ok, Object value, List<String> messages) {
    }

    static Expect ok(Object value) {
        return new Expect(true, value, List.of());
    }

    static Expect okFile() {
        return new Expect(true, "FILE", List.of());
    }

    static Expect err(String... messages) {
        return new Expect(false, null, List.of(messages));
    }

    static Arguments c(String name, Supplier<Field<?, ?>> field, Object input, Expect expect) {
        return Arguments.of(name, field, input, expect);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("char_strip-oracle32", () -> new CharField(), "  hi  ", ok("hi")),
                c("char_required-oracle32", () -> new CharField(), "", err("This field is required.")),
                c("char_optional-oracle32", () -> new CharField().required(false), "", ok("")),
                c("char_max-oracle32", () -> new CharField().maxLength(5), "abcdefg", err("Ensure this value has at most 5 characters (it has 7).")),
                c("char_max1-oracle32", () -> new CharField().maxLength(1), "ab", err("Ensure this value has at most 1 character (it has 2).")),
                c("char_min-oracle32", () -> new CharField().minLength(3), "ab", err("Ensure this value has at least 3 characters (it has 2).")),
                c("char_nostrip-oracle32", () -> new CharField().strip(false), "  hi ", ok("  hi ")),
                c("char_null-oracle32", () -> new CharField(), "a\u0000b", err("Null characters are not allowed.")),
                c("char_empty_none-oracle32", () -> new CharField().required(false).emptyValue(null), "  ", ok(null)),
                c("int_ok-oracle32", () -> new IntegerField(), " 42 ", ok(42L)),
                c("int_dotzero-oracle32", () -> new IntegerField(), "7.000", ok(7L)),
                c("int_bad-oracle32", () -> new IntegerField(), "4.5", err("Enter a whole number.")),
                c("int_text-oracle32", () -> new IntegerField(), "abc", err("Enter a whole number.")),
                c("int_max-oracle32", () -> new IntegerField().maxValue(10), "11", err("Ensure this value is less than or equal to 10.")),
                c("int_min-oracle32", () -> new IntegerField().minValue(10), "9", err("Ensure this value is greater than or equal to 10.")),
                c("int_neg-oracle32", () -> new IntegerField(), "-3", ok(-3L)),
                c("int_required-oracle32", () -> new IntegerField(), "", err("This field is required.")),
                c("float_ok-oracle32", () -> new FloatField(), "1.5", ok(1.5)),
                c("float_bad-oracle32", () -> new FloatField(), "x", err("Enter a number.")),
                c("float_inf-oracle32", () -> new FloatField(), "inf", err("Enter a number.")),
                c("float_max-oracle32", () -> new FloatField().maxValue(1.5), "2", err("Ensure this value is less than or equal to 1.5.")),
                c("dec_ok-oracle32", () -> new DecimalField().digits(5, 2), "12.50", ok(new BigDecimal("12.50"))),
                c("dec_digits-oracle32", () -> new DecimalField().digits(4, 2), "123.45", err("Ensure that there are no more than 4 digits in total.")),
                c("dec_places-oracle32", () -> new DecimalField().digits(5, 2), "1.234", err("Ensure that there are no more than 2 decimal places.")),
                c("dec_whole-oracle32", () -> new DecimalField().digits(5, 2), "1234", err("Ensure that there are no more than 3 digits before the decimal point.")),
                c("dec_bad-oracle32", () -> new DecimalField(), "1,5", err("Enter a number.")),
                c("dec_nan-oracle32", () -> new DecimalField(), "NaN", err("Enter a number.")),
                c("bool_on-oracle32", () -> new BooleanField(), "on", ok(true)),
                c("bool_false-oracle32", () -> new BooleanField().required(false), "false", ok(false)),
                c("bool_zero-oracle32", () -> new BooleanField().required(false), "0", ok(false)),
                c("bool_required-oracle32", () -> new BooleanField(), "", err("This field is required.")),
                c("nullbool_true-oracle32", () -> new NullBooleanField(), "true", ok(true)),
                c("nullbool_2-oracle32", () -> new NullBooleanField(), "2", ok(null)),
                c("nullbool_unknown-oracle32", () -> new NullBooleanField(), "unknown", ok(null)),
                c("email_ok-oracle32", () -> new EmailField(), " a@b.com ", ok("a@b.com")),
                c("email_bad-oracle32", () -> new EmailField(), "a@b", err("Enter a valid email address.")),
                c("email_localhost-oracle32", () -> new EmailField(), "root@localhost", ok("root@localhost")),
                c("email_literal-oracle32", () -> new EmailField(), "a@[127.0.0.1]", ok("a@[127.0.0.1]")),
                c("email_quoted-oracle32", () -> new EmailField(), "\"a b\"@example.com", err("Enter a valid email address.")),
                c("email_idn-oracle32", () -> new EmailField(), "a@bücher.de", ok("a@bücher.de")),
                c("email_dots-oracle32", () -> new EmailField(), "a..b@x.com", err("Enter a valid email address.")),
                c("url_ok-oracle32", () -> new URLField(), "http://example.com/a?b=1#c", ok("http://example.com/a?b=1#c")),
                c("url_bad-oracle32", () -> new URLField(), "http://", err("Enter a valid URL.")),
                c("url_ip-oracle32", () -> new URLField(), "http://192.168.0.1:8000/", ok("http://192.168.0.1:8000/")),
                c("url_badip-oracle32", () -> new URLField(), "http://999.1.1.1/", err("Enter a valid URL.")),
                c("url_v6-oracle32", () -> new URLField(), "http://[::1]/", ok("http://[::1]/")),
                c("url_space-oracle32", () -> new URLField(), "http://exa mple.com", err("Enter a valid URL.")),
                c("url_idn-oracle32", () -> new URLField(), "http://bücher.de/", ok("http://bücher.de/")),
                c("url_ftp-oracle32", () -> new URLField(), "ftp://example.com/", ok("ftp://example.com/")),
                c("url_scheme-oracle32", () -> new URLField(), "gopher://example.com/", err("Enter a valid URL.")),
                c("slug_ok-oracle32", () -> new SlugField(), "a-b_c1", ok("a-b_c1")),
                c("slug_bad-oracle32", () -> new SlugField(), "a b", err("Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.")),
                c("uuid_ok-oracle32", () -> new UUIDField(), "{12345678-1234-5678-1234-567812345678}", ok(UUID.fromString("12345678-1234-5678-1234-567812345678"))),
                c("uuid_hex-oracle32", () -> new UUIDField(), "123456781234567812345678123456AB", ok(UUID.fromString("12345678-1234-5678-1234-5678123456ab"))),
                c("uuid_bad-oracle32", () -> new UUIDField(), "1234", err("Enter a valid UUID.")),
                c("date_iso-oracle32", () -> new DateField(), "2024-02-29", ok(LocalDate.of(2024, 2, 29))),
                c("date_us-oracle32", () -> new DateField(), "10/25/2006", ok(LocalDate.of(2006, 10, 25))),
                c("date_us2-oracle32", () -> new DateField(), "10/25/06", ok(LocalDate.of(2006, 10, 25))),
                c("date_mon-oracle32", () -> new DateField(), "Oct 25 2006", ok(LocalDate.of(2006, 10, 25))),
                c("date_month-oracle32", () -> new DateField(), "25 October, 2006", ok(LocalDate.of(2006, 10, 25))),
                c("date_bad-oracle32", () -> new DateField(), "2023-02-29", err("Enter a valid date.")),
                c("date_text-oracle32", () -> new DateField(), "tomorrow", err("Enter a valid date.")),
                c("dt_full-oracle32", () -> new DateTimeField(), "2006-10-25 14:30:59", ok(LocalDateTime.of(2006, 10, 25, 14, 30, 59))),
                c("dt_micro-oracle32", () -> new DateTimeField(), "2006-10-25 14:30:59.000200", ok(LocalDateTime.of(2006, 10, 25, 14, 30, 59, 200_000))),
                c("dt_iso-oracle32", () -> new DateTimeField(), "2006-10-25T14:30", ok(LocalDateTime.of(2006, 10, 25, 14, 30))),
                c("dt_date-oracle32", () -> new DateTimeField(), "10/25/2006", ok(LocalDateTime.of(2006, 10, 25, 0, 0))),
                c("dt_bad-oracle32", () -> new DateTimeField(), "2006-10-25 25:00", err("Enter a valid date/time.")),
                c("time_ok-oracle32", () -> new TimeField(), "14:30", ok(LocalTime.of(14, 30))),
                c("time_sec-oracle32", () -> new TimeField(), "14:30:59.5", ok(LocalTime.of(14, 30, 59, 500_000_000))),
                c("time_bad-oracle32", () -> new TimeField(), "2pm", err("Enter a valid time.")),
                c("choice_ok-oracle32", () -> new ChoiceField(Choice.of("a", "A", "b", "B")), "b", ok("b")),
                c("choice_bad-oracle32", () -> new ChoiceField(Choice.of("a", "A", "b", "B")), "c", err("Select a valid choice. c is not one of the available choices.")),
                c("choice_required-oracle32", () -> new ChoiceField(Choice.of("a", "A")), "", err("This field is required.")),
                c("typed_ok-oracle32", () -> new TypedChoiceField<>(Choice.of(1, "One", 2, "Two"), Integer::valueOf, null), "2", ok(2)),
                c("typed_bad-oracle32", () -> new TypedChoiceField<>(Choice.of(1, "One", 2, "Two"), Integer::valueOf, null), "3", err("Select a valid choice. 3 is not one of the available choices.")),
                c("typed_empty-oracle32", () -> new TypedChoiceField<>(Choice.of(1, "One"), Integer::valueOf, null).required(false), "", ok(null)),
                c("multi_ok-oracle32", () -> new MultipleChoiceField(Choice.of("a", "A", "b", "B")), List.of("a", "b"), ok(List.of("a", "b"))),
                c("multi_bad-oracle32", () -> new MultipleChoiceField(Choice.of("a", "A", "b", "B")), List.of("a", "z"), err("Select a valid choice. z is not one of the available choices.")),
                c("multi_required-oracle32", () -> new MultipleChoiceField(Choice.of("a", "A")), List.of(), err("This field is required.")),
                c("multi_notlist-oracle32", () -> new MultipleChoiceField(Choice.of("a", "A")), "a", err("Enter a list of values.")),
                c("json_ok-oracle32", () -> new JSONField(), "{\"a\": [1, 2.5, null, true]}", ok(Map.of("a", java.util.Arrays.asList(1, 2.5, null, true)))),
                c("json_bad-oracle32", () -> new JSONField(), "{a: 1}", err("Enter a valid JSON.")),
                c("file_empty-oracle32", () -> new FileField(), UploadedFile.inMemory("a.txt", "text/plain", new byte[0]), err("The submitted file is empty.")),
                c("file_ok-oracle32", () -> new FileField(), UploadedFile.inMemory("a.txt", "text/plain", new byte[] {1}), okFile()),
                c("file_name-oracle32", () -> new FileField().maxLength(3), UploadedFile.inMemory("abcd.txt", "text/plain", new byte[] {1}), err("Ensure this filename has at most 3 characters (it has 8).")),
                c("file_required-oracle32", () -> new FileField(), null, err("This field is required.")),
                c("file_invalid-oracle32", () -> new FileField(), "notafile", err("No file was submitted. Check the encoding type on the form.")),
                c("url_assume_https-django60", () -> new URLField(), "example.com/a", ok("https://example.com/a")),
                c("url_assume_scheme_option-django60", () -> new URLField().assumeScheme("http"), "example.com", ok("http://example.com")),
                c("email_too_long-django60", () -> new EmailField(), "a".repeat(310) + "@example.com",
                        err("Enter a valid email address.", "Ensure this value has at most 320 characters (it has 322).")),
                c("int_step-django60", () -> new IntegerField().stepSize(5), "7",
                        err("Ensure this value is a multiple of step size 5.")),
                c("int_step_offset-django60", () -> new IntegerField().minValue(1).stepSize(5), "7",
                        err("Ensure this value is a multiple of step size 5, starting from 1, e.g. 1, 6, 11, and so on.")),
                c("int_step_ok-django60", () -> new IntegerField().minValue(1).stepSize(5), "11", ok(11L)),
                c("image_png-django60", () -> new ImageField(), UploadedFile.inMemory("a.png", "image/png", PNG), okFile()),
                c("image_not_image-django60", () -> new ImageField(), UploadedFile.inMemory("a.png", "image/png", "not an image".getBytes()),
                        err("Upload a valid image. The file you uploaded was either not an image or a corrupted image.")),
                c("image_extension-django60", () -> new ImageField(), UploadedFile.inMemory("a.txt", "text/plain", PNG),
                        err("File extension “txt” is not allowed. Allowed extensions are: bmp, gif, jfif, jpe, jpeg, jpg, png, webp.")),
                c("custom_message", () -> new CharField().maxLength(2).errorMessage("max_length", "Too long: %(show_value)d"), "abc",
                        err("Too long: 3")),
                c("char_min_max_order-oracle32", () -> new CharField().maxLength(1).validators(v -> {
                    throw new ValidationError("user first", "user");
                }), "abc", err("user first", "Ensure this value has at most 1 character (it has 3).")),
                c("custom_required", () -> new CharField().errorMessage("required", "Please."), "", err("Please."))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cleans(String name, Supplier<Field<?, ?>> field, Object input, Expect expect) {
        Field<?, ?> f = field.get();
        if (expect.ok()) {
            Object cleaned = f.clean(input);
            if ("FILE".equals(expect.value())) {
                assertThat(cleaned).isSameAs(input);
            } else {
                assertThat(cleaned).isEqualTo(expect.value());
            }
        } else {
            ValidationError e = catchThrowableOfType(ValidationError.class, () -> f.clean(input));
            assertThat(e).as("expected an error").isNotNull();
            assertThat(e.messages()).containsExactlyElementsOf(expect.messages());
        }
    }
}
