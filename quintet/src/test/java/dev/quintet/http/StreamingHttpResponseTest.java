package dev.quintet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Streaming responses pull one chunk at a time and never hold the body. */
class StreamingHttpResponseTest {

    /** Produces {@code count} chunks, recording how many were pulled, and whether it was closed. */
    static final class Source implements Iterator<Object>, AutoCloseable {
        final List<Object> chunks;
        int pulled;
        boolean closed;

        Source(Object... chunks) {
            this.chunks = List.of(chunks);
        }

        @Override
        public boolean hasNext() {
            return pulled < chunks.size();
        }

        @Override
        public Object next() {
            return chunks.get(pulled++);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void pullsChunksOnlyAsTheGatewayWrites() {
        Source source = new Source("a", "b", "c");
        StreamingHttpResponse r = new StreamingHttpResponse(source, "text/plain");
        assertThat(source.pulled).isZero();
        Iterator<byte[]> body = r.streamingContent();
        assertThat(source.pulled).isZero();
        assertThat(body.next()).isEqualTo("a".getBytes(StandardCharsets.UTF_8));
        assertThat(source.pulled).isEqualTo(1);
        assertThat(body.next()).isEqualTo("b".getBytes(StandardCharsets.UTF_8));
        assertThat(source.pulled).isEqualTo(2);
    }

    @Test
    void endlessSourcesAreFine() {
        Iterator<String> endless = Stream.generate(() -> "x".repeat(1024)).iterator();
        Iterator<byte[]> body = new StreamingHttpResponse(endless, "text/plain").streamingContent();
        for (int i = 0; i < 10_000; i++) {
            assertThat(body.next()).hasSize(1024);
        }
    }

    static Stream<Arguments> chunks() {
        return Stream.of(
                Arguments.of("bytes as they are", "text/plain", new byte[] {1, 2}, new byte[] {1, 2}),
                Arguments.of("strings in the charset", "text/plain; charset=iso-8859-1", "é", new byte[] {(byte) 0xe9}),
                Arguments.of("strings in utf-8 by default", "text/csv", "é", new byte[] {(byte) 0xc3, (byte) 0xa9}),
                Arguments.of("other objects by toString", "text/plain", 42, new byte[] {'4', '2'}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chunks")
    void convertsChunks(String name, String type, Object chunk, byte[] expected) {
        assertThat(new StreamingHttpResponse(List.of(chunk).iterator(), type).streamingContent().next()).isEqualTo(expected);
    }

    @Test
    void contentIsRefused() {
        StreamingHttpResponse r = new StreamingHttpResponse(List.of("a"));
        assertThat(r.isStreaming()).isTrue();
        assertThatThrownBy(r::content).isInstanceOf(IllegalStateException.class)
                .hasMessage("This StreamingHttpResponse instance has no `content` attribute. Use `streamingContent()` instead.");
        assertThatThrownBy(() -> r.setContent("x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(r::text).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closesItsSourceWithTheResponse() {
        Source first = new Source("a");
        StreamingHttpResponse r = new StreamingHttpResponse(first, "text/plain", 200);
        Source second = new Source("b");
        r.setStreamingContent(second);
        r.close();
        assertThat(List.of(first.closed, second.closed)).containsExactly(true, true);
    }

    @Test
    void replacedContentIsWhatIsWritten() {
        StreamingHttpResponse r = new StreamingHttpResponse(List.of("a", "b"));
        Iterator<byte[]> original = r.streamingContent();
        r.setStreamingContent(new Iterator<byte[]>() {
            @Override
            public boolean hasNext() {
                return original.hasNext();
            }

            @Override
            public byte[] next() {
                return new String(original.next(), StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8);
            }
        });
        List<String> written = new ArrayList<>();
        r.streamingContent().forEachRemaining(b -> written.add(new String(b, StandardCharsets.UTF_8)));
        assertThat(written).containsExactly("A", "B");
    }
}
