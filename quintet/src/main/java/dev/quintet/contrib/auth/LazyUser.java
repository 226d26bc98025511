package dev.quintet.contrib.auth;

import java.util.function.Supplier;

/**
 * What {@link AuthenticationMiddleware} puts in {@code request.user()}: the user, loaded on
 * first use. Read it through {@link Auth#user}, which replaces it with the loaded user.
 */
public final class LazyUser {
    private final Supplier<BaseUser> loader;
    private BaseUser user;

    LazyUser(Supplier<BaseUser> loader) {
        this.loader = loader;
    }

    /** The user, loaded once. */
    public synchronized BaseUser get() {
        if (user == null) {
            user = loader.get();
        }
        return user;
    }

    @Override
    public String toString() {
        return String.valueOf(get());
    }
}
