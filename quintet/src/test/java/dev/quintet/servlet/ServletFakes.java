package dev.quintet.servlet;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/** Hand-written fakes of the two servlet interfaces, answering only what the adapter asks. */
final class ServletFakes {
    private ServletFakes() {
    }

    /** What a container would hand the servlet. */
    record Incoming(String method, String scheme, String servletPath, String pathInfo, String query,
                    List<String[]> headers, byte[] body, long contentLength) {
    }

    static HttpServletRequest request(Incoming in) {
        ServletInputStream stream = new ServletInputStream() {
            private final ByteArrayInputStream bytes = new ByteArrayInputStream(in.body());

            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("blocking only");
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> in.method();
                    case "getScheme" -> in.scheme();
                    case "getProtocol" -> "HTTP/1.1";
                    case "isSecure" -> "https".equals(in.scheme());
                    case "getServletPath" -> in.servletPath();
                    case "getPathInfo" -> in.pathInfo();
                    case "getQueryString" -> in.query();
                    case "getRemoteAddr" -> "10.0.0.7";
                    case "getLocalAddr" -> "10.0.0.1";
                    case "getLocalPort" -> 8443;
                    case "getContentLengthLong" -> in.contentLength();
                    case "getInputStream" -> stream;
                    case "getHeaderNames" -> {
                        LinkedHashSet<String> names = new LinkedHashSet<>();
                        in.headers().forEach(h -> names.add(h[0]));
                        yield Collections.enumeration(names);
                    }
                    case "getHeaders" -> Collections.enumeration(in.headers().stream()
                            .filter(h -> h[0].equalsIgnoreCase((String) args[0])).map(h -> h[1]).toList());
                    case "toString" -> "FakeRequest" + in;
                    default -> throw new AssertionError("the adapter should not need " + method.getName());
                });
    }

    /** What the servlet wrote. */
    static final class Outgoing {
        int status = 200;
        final List<String> headers = new ArrayList<>();
        long contentLength = -1;
        String contentType;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final List<Integer> flushedAt = new ArrayList<>();

        HttpServletResponse proxy() {
            ServletOutputStream stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void flush() {
                    flushedAt.add(body.size());
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("blocking only");
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "addHeader", "setHeader" -> {
                            headers.add(args[0] + ": " + args[1]);
                            yield null;
                        }
                        case "setContentLengthLong" -> {
                            contentLength = (Long) args[0];
                            yield null;
                        }
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "getOutputStream" -> stream;
                        case "isCommitted" -> false;
                        case "toString" -> "FakeResponse";
                        default -> throw new AssertionError("the adapter should not need " + method.getName());
                    });
        }
    }
}
