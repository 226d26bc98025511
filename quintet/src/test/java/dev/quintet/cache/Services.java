package dev.quintet.cache;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * Local services the tests use: a missing one skips its tests with a visible message, or fails
 * them when {@code QUINTET_REQUIRE_SERVICES=1} (CI).
 */
public final class Services {
    private Services() {
    }

    /** True when CI demands every service. */
    public static boolean required() {
        return "1".equals(System.getenv("QUINTET_REQUIRE_SERVICES"));
    }

    /** Skips (or fails, when required) unless {@code available}. */
    public static void assume(String service, boolean available, String why) {
        if (available) {
            return;
        }
        String message = service + " is not available (" + why + "): its tests are skipped";
        if (required()) {
            throw new AssertionError(service + " is required (QUINTET_REQUIRE_SERVICES=1) but not available: " + why);
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }

    /** {@code dataSource} if it connects; otherwise skips or fails. */
    public static DataSource require(String service, DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            connection.close();
            return dataSource;
        } catch (SQLException e) {
            assume(service, false, e.getMessage());
            return dataSource;
        }
    }
}
