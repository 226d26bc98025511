package dev.quintet.template.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Python's {@code repr(float)}, the text every rendered float goes through (expected values from CPython 3.11). */
class PyTest {

    static Stream<Arguments> floats() {
        return Stream.of(
                Arguments.of(1.0, "1.0"),
                Arguments.of(0.1, "0.1"),
                Arguments.of(1e16, "1e+16"),
                Arguments.of(1e-5, "1e-05"),
                Arguments.of(0.0001, "0.0001"),
                Arguments.of(123456789.0, "123456789.0"),
                Arguments.of(1.5e300, "1.5e+300"),
                Arguments.of(-2.5e-7, "-2.5e-07"),
                Arguments.of(1234567.0, "1234567.0"),
                Arguments.of(12345678.9, "12345678.9"),
                Arguments.of(1e15, "1000000000000000.0"),
                Arguments.of(0.001, "0.001"),
                Arguments.of(-0.0, "-0.0"),
                Arguments.of(0.1 + 0.2, "0.30000000000000004"),
                Arguments.of(9999999999999998.0, "9999999999999998.0"),
                Arguments.of(5e-324, "5e-324"),
                Arguments.of(100.0, "100.0"),
                Arguments.of(1e7, "10000000.0"),
                Arguments.of(Double.NaN, "nan"),
                Arguments.of(Double.NEGATIVE_INFINITY, "-inf"));
    }

    @ParameterizedTest(name = "repr({0}) = {1}")
    @MethodSource("floats")
    void floatReprMatchesPython(double value, String expected) {
        assertThat(Py.floatRepr(value)).isEqualTo(expected);
    }
}
