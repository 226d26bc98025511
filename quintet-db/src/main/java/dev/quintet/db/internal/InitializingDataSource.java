package dev.quintet.db.internal;

import com.zaxxer.hikari.util.DriverDataSource;
import dev.quintet.db.backends.Dialect;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The physical connections handed to HikariCP: each is prepared by {@link Dialect#initConnection} once, when the
 * pool opens it, so borrowing a pooled connection costs nothing beyond the pool's own checkout.
 */
public final class InitializingDataSource implements DataSource {
    private final DataSource driver;
    private final Dialect dialect;

    /** Opens connections to {@code jdbcUrl} with optional credentials, prepared for {@code dialect}. */
    public InitializingDataSource(String jdbcUrl, String user, String password, Dialect dialect) {
        this.driver = new DriverDataSource(jdbcUrl, null, new Properties(), user, password);
        this.dialect = dialect;
    }

    private Connection prepared(Connection c) throws SQLException {
        try {
            dialect.initConnection(c);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return prepared(driver.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return prepared(driver.getConnection(username, password));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return driver.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        driver.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
