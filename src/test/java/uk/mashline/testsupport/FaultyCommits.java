package uk.mashline.testsupport;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * A data source whose next commit goes wrong the way a cluster makes it go wrong: refused by
 * certification (Galera reports it as deadlock 1213, the transaction rolled back), or committed
 * but its answer lost with the connection, so the caller cannot know it was stored.
 */
public final class FaultyCommits implements DataSource {

    /** What the next commit does. */
    public enum Fault {
        /** Rolled back, error 1213 (a node's certification conflict). */
        CONFLICT,
        /** Committed, then the connection fails before the answer arrives. */
        LOST_AFTER_COMMIT
    }

    private final DataSource real;
    private final AtomicReference<Fault> next = new AtomicReference<>();

    public FaultyCommits(DataSource real) {
        this.real = real;
    }

    public void failNextCommit(Fault fault) {
        next.set(fault);
    }

    /** Whether the fault planned for the next commit has happened. */
    public boolean happened() {
        return next.get() == null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(real.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(real.getConnection(username, password));
    }

    private Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        Fault fault = next.getAndSet(null);
                        if (fault == Fault.CONFLICT) {
                            c.rollback();
                            throw new SQLTransactionRollbackException(
                                    "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
                        }
                        if (fault == Fault.LOST_AFTER_COMMIT) {
                            c.commit();
                            throw new SQLNonTransientConnectionException("Communications link failure", "08S01");
                        }
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return real.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        real.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        real.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return real.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return real.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return real.isWrapperFor(iface);
    }
}
