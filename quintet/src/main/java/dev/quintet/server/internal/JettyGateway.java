package dev.quintet.server.internal;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.RequestConfig;
import dev.quintet.http.View;
import java.io.InputStream;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway: turns Jetty's request into an {@link HttpRequest}, calls the site's handler and
 * writes the {@link HttpResponse} back through {@link ResponseWriter}.
 *
 * <p>It is a blocking handler ({@link Handler.Abstract}'s default invocation type), so Jetty runs
 * it on a virtual thread from the server's pool: the view may block on the body, the database or
 * a slow client without holding a platform thread.
 */
public final class JettyGateway extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(JettyGateway.class);

    private final View handler;
    private final RequestConfig config;
    private final long maxBodySize;
    private final ResponseWriter writer = new ResponseWriter();

    /**
     * @param handler the site's root handler
     * @param config the request settings every request is built with
     * @param maxBodySize the largest body accepted, in bytes; negative for no limit
     */
    public JettyGateway(View handler, RequestConfig config, long maxBodySize) {
        this.handler = handler;
        this.config = config;
        this.maxBodySize = maxBodySize;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        HttpFields fields = request.getHeaders();
        long length = request.getLength();
        if (maxBodySize >= 0 && length > maxBodySize) {
            writer.writeStatus(response, callback, 413, "Request body too large");
            return true;
        }
        HttpURI uri = request.getHttpURI();
        HttpRequest.Builder builder = HttpRequest.builder(config)
                .method(request.getMethod())
                .scheme(request.isSecure() ? "https" : "http")
                .path(uri.getDecodedPath())
                .queryString(uri.getQuery())
                .remoteAddr(Request.getRemoteAddr(request))
                .server(Request.getLocalAddr(request), Request.getLocalPort(request))
                .protocol(request.getConnectionMetaData().getHttpVersion().asString());
        for (HttpField field : fields) {
            builder.header(field.getName(), field.getValue());
        }
        LimitedBodyStream limited = null;
        if (length > 0) {
            builder.body(Request.asInputStream(request), length);
        } else if (length < 0 && fields.contains(HttpHeader.TRANSFER_ENCODING)) {
            InputStream body = Request.asInputStream(request);
            if (maxBodySize >= 0) {
                body = limited = new LimitedBodyStream(body, maxBodySize);
            }
            builder.body(body, -1);
        }
        HttpRequest quintetRequest = builder.build();

        try {
            HttpResponse quintetResponse;
            try {
                quintetResponse = handler.handle(quintetRequest);
            } catch (Exception | LinkageError | AssertionError e) {
                if (limited != null && limited.exceeded()) {
                    writer.writeStatus(response, callback, 413, "Request body too large");
                } else {
                    LOG.error("Internal Server Error: {}", quintetRequest.path(), e);
                    writer.writeStatus(response, callback, 500, "Server Error (500)");
                }
                return true;
            }
            if (limited != null && limited.exceeded()) {
                quintetResponse.close();
                writer.writeStatus(response, callback, 413, "Request body too large");
                return true;
            }
            writer.write(request, response, callback, quintetResponse);
        } finally {
            quintetRequest.close(); // spooled uploads; the response never refers to them
        }
        return true;
    }
}
