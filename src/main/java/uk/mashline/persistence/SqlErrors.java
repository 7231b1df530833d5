package uk.mashline.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * What a database error means for the turn that met it. A cluster (Galera, InnoDB Cluster) adds two
 * cases a single server rarely shows: a node that died or is not yet part of the cluster, and a
 * commit refused by certification because another node changed the same row first.
 */
final class SqlErrors {

    // MySQL/MariaDB error codes: a deadlock, which is also how Galera reports a failed certification,
    // and the "WSREP has not yet prepared node for application use" of a node outside the cluster
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int NODE_NOT_READY = 1047;

    private SqlErrors() {
    }

    /**
     * The connection is gone, hangs, or leads to a node that cannot take work: another connection
     * (which the multi-host driver opens on a surviving node) may succeed. A commit that failed this
     * way has an unknown outcome; the unique message id keeps its retry from storing it twice.
     */
    static boolean isConnectionFailure(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && (s instanceof SQLTransientConnectionException
                    || s instanceof SQLNonTransientConnectionException || s instanceof SQLRecoverableException
                    || s instanceof SQLTimeoutException || s.getErrorCode() == NODE_NOT_READY
                    || (s.getSQLState() != null && s.getSQLState().startsWith("08")))) {
                return true;
            }
        }
        return false;
    }

    /** The transaction was rolled back because another one (on this node or another) took its rows first. */
    static boolean isConflict(SQLException e) {
        return e.getErrorCode() == DEADLOCK || e.getErrorCode() == LOCK_WAIT_TIMEOUT || "40001".equals(e.getSQLState());
    }

    /** A unique key refused a row: the message id, or the conversation id, is already stored. */
    static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    /** Worth another attempt on a fresh connection or a fresh read; anything else is about the data itself. */
    static boolean isTransient(SQLException e) {
        return isConnectionFailure(e) || isConflict(e);
    }

    /** The first SQL error behind a failure, if there is one. */
    static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
