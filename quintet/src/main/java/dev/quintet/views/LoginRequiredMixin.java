package dev.quintet.views;

/**
 * Only logged-in users get through: Django's {@code LoginRequiredMixin}. Others are redirected to
 * {@link #loginUrl()} with {@code ?next=} (or get a 403 when {@link #raiseException()}).
 *
 * <pre>{@code
 * public class Dashboard extends TemplateView implements LoginRequiredMixin {
 *     @Override public String loginUrl() { return "/login/"; }
 * }
 * }</pre>
 */
public interface LoginRequiredMixin extends AccessMixin {
}
