package ruleoflaw.ledger.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;

class StoreUnavailableTest {

    @Test
    void aLostOrRefusedConnectionIsTheStoreBeingAway() {
        assertThat(StoreUnavailable.causedIt(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(StoreUnavailable.causedIt(new IllegalStateException("command failed",
                new SQLException("the database system is shutting down", "57P03")))).isTrue();
        assertThat(StoreUnavailable.causedIt(new RuntimeException(new SQLException("Connection refused", "08001"))))
                .isTrue();
    }

    @Test
    void aCommitOnAConnectionThePoolClosedWhenTheServerWentAwayIsTheStoreBeingAway() {
        // seen in .ci/faults: PostgreSQL stopped between a statement and the commit of a record
        assertThat(StoreUnavailable.causedIt(new JpaSystemException(new TransactionException(
                "Unable to commit against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
        assertThat(StoreUnavailable.causedIt(new RuntimeException(new SQLException("Column is closed")))).isFalse();
    }

    @Test
    void aBrokenRuleOrABugIsNot() {
        assertThat(StoreUnavailable.causedIt(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(StoreUnavailable.causedIt(new NullPointerException())).isFalse();
    }
}
