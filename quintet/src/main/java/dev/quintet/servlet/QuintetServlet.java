package dev.quintet.servlet;

import dev.quintet.conf.Settings;
import dev.quintet.core.handlers.BaseHandler;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.RequestConfig;
import dev.quintet.http.View;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a Quintet site from any Jakarta Servlet 6 container (Tomcat, Jetty EE10, Undertow…),
 * the way Django runs under any WSGI server: every request the servlet is mapped to becomes an
 * {@link HttpRequest}, goes through the site's handler, and the {@link HttpResponse} is written back.
 *
 * <p>Register it from a {@code ServletContainerInitializer} or {@code ServletContextListener},
 * mapped to {@code /} at the root context:
 *
 * <pre>{@code
 * public void contextInitialized(ServletContextEvent event) {
 *     Settings settings = BlogSettings.settings();
 *     var servlet = new QuintetServlet(settings);   // or new QuintetServlet(view, requestConfig)
 *     event.getServletContext().addServlet("quintet", servlet).addMapping("/");
 * }
 * }</pre>
 *
 * <p>The path the site sees is the path inside the web application (servlet path plus path
 * info, decoded by the container); deploy at the root context so that reversed URLs match.
 * The embedded server ({@code dev.quintet.server}) is faster; use this adapter when the container
 * is imposed.
 */
public class QuintetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(QuintetServlet.class);

    private final transient View handler;
    private final transient RequestConfig config;

    /** Serves the site {@code settings} describe with the standard handler (middleware around the URLconf). */
    public QuintetServlet(Settings settings) {
        this(new BaseHandler(settings)::handle, settings.toRequestConfig());
    }

    /**
     * @param handler the site's root handler
     * @param config the request settings (allowed hosts, upload limits)
     */
    public QuintetServlet(View handler, RequestConfig config) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try (HttpRequest quintetRequest = toQuintet(request)) {
            HttpResponse quintetResponse;
            try {
                quintetResponse = handler.handle(quintetRequest);
            } catch (Exception e) {
                LOG.error("Internal Server Error: {}", quintetRequest.path(), e);
                if (response.isCommitted()) {
                    throw new ServletException(e);
                }
                writeBare(response, 500, "Server Error (500)");
                return;
            }
            try {
                write(quintetResponse, response, "HEAD".equals(request.getMethod()));
            } finally {
                quintetResponse.close();
            }
        }
    }

    private HttpRequest toQuintet(HttpServletRequest request) throws IOException {
        String pathInfo = request.getPathInfo();
        String path = pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
        String query = request.getQueryString();
        HttpRequest.Builder builder = HttpRequest.builder(config)
                .method(request.getMethod())
                .scheme(request.getScheme())
                .path(path.isEmpty() ? "/" : path)
                .queryString(query == null ? "" : query)
                .remoteAddr(request.getRemoteAddr())
                .server(request.getLocalAddr(), request.getLocalPort())
                .protocol(request.getProtocol());
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            if (!seen.add(name)) {
                continue; // a container may list a name once per spelling; getHeaders already has them all
            }
            for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
                builder.header(name, values.nextElement());
            }
        }
        long length = request.getContentLengthLong();
        if (length != 0) {
            builder.body(request.getInputStream(), length);
        }
        return builder.build();
    }

    private static void write(HttpResponse quintet, HttpServletResponse response, boolean head) throws IOException {
        int status = quintet.status();
        response.setStatus(status);
        for (Map.Entry<String, String> header : quintet.headers().entrySet()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        for (String cookie : quintet.setCookieHeaders()) {
            response.addHeader("Set-Cookie", cookie);
        }
        ServletOutputStream out;
        if (quintet.isStreaming()) {
            out = response.getOutputStream();
            if (!head) {
                for (Iterator<byte[]> chunks = quintet.streamingContent(); chunks.hasNext(); ) {
                    out.write(chunks.next());
                    out.flush();
                }
            }
            return;
        }
        byte[] body = quintet.content();
        if (status != 204 && status != 304 && status >= 200) {
            response.setContentLengthLong(body.length);
        }
        if (!head && body.length > 0) {
            out = response.getOutputStream();
            out.write(body);
        }
    }

    private static void writeBare(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLengthLong(body.length);
        response.getOutputStream().write(body);
    }
}
