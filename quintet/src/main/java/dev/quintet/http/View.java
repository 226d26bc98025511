package dev.quintet.http;

/**
 * The central contract: a view takes a request and returns a response.
 *
 * <p>Function views are method references or lambdas; URL keyword arguments arrive already
 * converted (an {@code <int:pk>} is an {@link Integer}) through {@link HttpRequest#kwargs()}:
 *
 * <pre>{@code
 * static HttpResponse detail(HttpRequest request) {
 *     int pk = request.kwargs().getInt("pk");
 *     return new HttpResponse("post " + pk);
 * }
 * // path("posts/<int:pk>/", PostViews::detail, "post_detail")
 * }</pre>
 *
 * <p>A view may throw: {@link Http404} becomes a 404, {@link PermissionDenied} a 403,
 * {@link BadRequest} and {@link SuspiciousOperation} a 400, anything else a 500 — converted in one
 * place by the handler.
 */
@FunctionalInterface
public interface View {
    /** Answers {@code request}. */
    HttpResponse handle(HttpRequest request) throws Exception;
}
