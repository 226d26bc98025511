package dev.quintet.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.contrib.auth.AnonymousUser;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the access mixins make of {@code request.user()}. */
class RequestUserTest {
    /** A user with the two methods, not implementing the interface. */
    public record Duck(boolean isAuthenticated, Set<String> perms) {
        public boolean hasPerm(String permission) {
            return perms.contains(permission);
        }
    }

    static Stream<Arguments> users() {
        // name, user, authenticated, has blog.change_post
        return Stream.of(
                arguments("null is anonymous", null, false, false),
                arguments("the auth app's anonymous user", AnonymousUser.INSTANCE, false, false),
                arguments("an object with the methods", new Duck(true, Set.of("blog.change_post")), true, true),
                arguments("an object without the permission", new Duck(true, Set.of()), true, false),
                arguments("the test user", new BlogViews.TestUser("ada", Set.of("blog.change_post")), true, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void adapts(String name, Object user, boolean authenticated, boolean hasPerm) {
        RequestUser adapted = RequestUser.of(user);
        assertThat(adapted.isAuthenticated()).isEqualTo(authenticated);
        assertThat(adapted.hasPerm("blog.change_post")).isEqualTo(hasPerm);
    }
}
