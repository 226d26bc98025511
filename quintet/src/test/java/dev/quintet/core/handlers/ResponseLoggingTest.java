package dev.quintet.core.handlers;

import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.quintet.conf.Settings;
import dev.quintet.http.BadRequest;
import dev.quintet.http.DisallowedHost;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.PermissionDenied;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

class ResponseLoggingTest {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger logger;

    private List<String> capture(String loggerName, String path) {
        logger = (Logger) LoggerFactory.getLogger(loggerName);
        appender.start();
        logger.addAppender(appender);
        Fixture f = new Fixture(Settings.builder().rootUrlconf(urlpatterns(
                path("ok/", request -> new HttpResponse("ok")),
                path("boom/", request -> {
                    throw new IllegalStateException("boom");
                }),
                path("forbidden/", request -> {
                    throw new PermissionDenied("no");
                }),
                path("bad/", request -> {
                    throw new BadRequest("malformed form");
                }),
                path("host/", request -> {
                    throw new DisallowedHost("Invalid HTTP_HOST header: 'evil'.");
                }))).build());
        f.get(path);
        return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : " [" + e.getThrowableProxy().getClassName() + "]")).toList();
    }

    @AfterEach
    void detach() {
        logger.detachAppender(appender);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("success is not logged", "dev.quintet.request", "/ok/", List.of()),
                arguments("404 is a warning", "dev.quintet.request", "/missing/", List.of("WARN Not Found: /missing/")),
                arguments("403 is a warning", "dev.quintet.request", "/forbidden/",
                        List.of("WARN Forbidden (Permission denied): /forbidden/")),
                arguments("400 names the reason", "dev.quintet.request", "/bad/", List.of("WARN malformed form: /bad/")),
                arguments("500 is an error with the request line and the exception", "dev.quintet.request", "/boom/",
                        List.of("ERROR Internal Server Error: /boom/ [GET /boom/] [java.lang.IllegalStateException]")),
                arguments("suspicious operations go to the security logger", "dev.quintet.security.DisallowedHost",
                        "/host/", List.of("ERROR Invalid HTTP_HOST header: 'evil'. [dev.quintet.http.DisallowedHost]")),
                arguments("and are not logged twice as requests", "dev.quintet.request", "/host/", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void logging(String name, String loggerName, String path, List<String> events) {
        List<String> logged = capture(loggerName, path);
        assertThat(logged).containsExactlyElementsOf(events);
    }
}
