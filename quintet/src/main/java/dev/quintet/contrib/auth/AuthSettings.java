package dev.quintet.contrib.auth;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.auth.hashers.Hashers;
import dev.quintet.contrib.auth.password.PasswordValidation;
import dev.quintet.contrib.auth.password.PasswordValidator;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Django's authentication settings with Django's defaults ({@link #DEFAULTS}); set them with
 * {@code Settings.builder().auth(AuthSettings.DEFAULTS.withLoginUrl("/login/"))}.
 *
 * @param userModel            {@code AUTH_USER_MODEL}: {@link User} when null (the default)
 * @param backends             {@code AUTHENTICATION_BACKENDS}: {@link ModelBackend}
 * @param hashers              {@code PASSWORD_HASHERS}: {@link Hashers#DEFAULTS}
 * @param validators           {@code AUTH_PASSWORD_VALIDATORS}: none, as Django's global default
 * @param loginUrl             {@code LOGIN_URL}, {@code /accounts/login/}
 * @param loginRedirectUrl     {@code LOGIN_REDIRECT_URL}, {@code /accounts/profile/}
 * @param logoutRedirectUrl    {@code LOGOUT_REDIRECT_URL}, none
 * @param passwordResetTimeout {@code PASSWORD_RESET_TIMEOUT}, three days
 */
public record AuthSettings(UserModel<?> userModel, List<AuthBackend> backends, Hashers hashers,
                           List<PasswordValidator> validators, String loginUrl, String loginRedirectUrl,
                           String logoutRedirectUrl, Duration passwordResetTimeout) {
    /** Django's defaults. */
    public static final AuthSettings DEFAULTS = new AuthSettings(null, List.of(new ModelBackend()),
            Hashers.DEFAULTS, List.of(), "/accounts/login/", "/accounts/profile/", null, Duration.ofDays(3));

    /** Validates and copies. */
    public AuthSettings {
        backends = List.copyOf(backends);
        Objects.requireNonNull(hashers, "hashers");
        validators = List.copyOf(validators);
        Objects.requireNonNull(loginUrl, "loginUrl");
        Objects.requireNonNull(passwordResetTimeout, "passwordResetTimeout");
    }

    /** The user model; {@link UserModel#DEFAULT} when none was set (resolved late, so settings load no model). */
    @Override
    public UserModel<?> userModel() {
        return userModel != null ? userModel : UserModel.DEFAULT;
    }

    /** The authentication settings of {@code settings}. */
    public static AuthSettings of(Settings settings) {
        return settings.auth();
    }

    /** With another {@code AUTH_USER_MODEL}. */
    public AuthSettings withUserModel(UserModel<?> model) {
        return new AuthSettings(model, backends, hashers, validators, loginUrl, loginRedirectUrl, logoutRedirectUrl,
                passwordResetTimeout);
    }

    /** With {@code AUTHENTICATION_BACKENDS}. */
    public AuthSettings withBackends(AuthBackend... list) {
        return new AuthSettings(userModel, List.of(list), hashers, validators, loginUrl, loginRedirectUrl,
                logoutRedirectUrl, passwordResetTimeout);
    }

    /** With {@code PASSWORD_HASHERS}. */
    public AuthSettings withHashers(Hashers list) {
        return new AuthSettings(userModel, backends, list, validators, loginUrl, loginRedirectUrl, logoutRedirectUrl,
                passwordResetTimeout);
    }

    /** With {@code AUTH_PASSWORD_VALIDATORS}; {@link PasswordValidation#DEFAULTS} is Django's project template's list. */
    public AuthSettings withValidators(List<PasswordValidator> list) {
        return new AuthSettings(userModel, backends, hashers, list, loginUrl, loginRedirectUrl, logoutRedirectUrl,
                passwordResetTimeout);
    }

    /** With {@code LOGIN_URL}, {@code LOGIN_REDIRECT_URL} and {@code LOGOUT_REDIRECT_URL}. */
    public AuthSettings withUrls(String login, String loginRedirect, String logoutRedirect) {
        return new AuthSettings(userModel, backends, hashers, validators, login, loginRedirect, logoutRedirect,
                passwordResetTimeout);
    }

    /** With {@code PASSWORD_RESET_TIMEOUT}. */
    public AuthSettings withPasswordResetTimeout(Duration timeout) {
        return new AuthSettings(userModel, backends, hashers, validators, loginUrl, loginRedirectUrl, logoutRedirectUrl,
                timeout);
    }
}
