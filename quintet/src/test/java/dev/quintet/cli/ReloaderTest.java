package dev.quintet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.cli.internal.Reloader;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReloaderTest {
    /** A child that has already exited with a given code. */
    static final class Exited extends Process {
        private final int code;

        Exited(int code) {
            this.code = code;
        }

        @Override
        public OutputStream getOutputStream() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public InputStream getInputStream() {
            return InputStream.nullInputStream();
        }

        @Override
        public InputStream getErrorStream() {
            return InputStream.nullInputStream();
        }

        @Override
        public int waitFor() {
            return code;
        }

        @Override
        public int exitValue() {
            return code;
        }

        @Override
        public void destroy() {
        }
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("child stops normally: one run", List.of(0), 0, 1),
                Arguments.of("child fails: its code, no restart", List.of(1), 1, 1),
                Arguments.of("reload code restarts until another code", List.of(3, 3, 0), 0, 3),
                Arguments.of("failure after a reload ends it", List.of(3, 130), 130, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void supervisesChildren(String name, List<Integer> exitCodes, int result, int launches) throws Exception {
        Deque<Integer> codes = new ArrayDeque<>(exitCodes);
        int[] launched = {0};
        StringWriter out = new StringWriter();
        int code = Reloader.supervise(() -> {
            launched[0]++;
            return new Exited(codes.removeFirst());
        }, new PrintWriter(out));
        assertThat(code).isEqualTo(result);
        assertThat(launched[0]).isEqualTo(launches);
        assertThat(out.toString().lines().filter(l -> l.startsWith("Restarting")).count()).isEqualTo(launches - 1);
    }
}
