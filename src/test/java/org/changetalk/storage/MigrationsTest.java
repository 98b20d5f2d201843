package org.changetalk.storage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsTest {
    @Test
    void bothDatabasesHaveTheSameMigrations() {
        var sqlite = new Migrations(Dialect.SQLITE).available();
        var pg = new Migrations(Dialect.POSTGRESQL).available();
        assertThat(sqlite).extracting(Migrations.Migration::version)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, sqlite.size()).boxed().toList());
        assertThat(sqlite).hasSizeGreaterThanOrEqualTo(8); // V6: turn reviews (issue 10); V8: guided sessions (issue 11)
        assertThat(pg).extracting(Migrations.Migration::description)
                .isEqualTo(sqlite.stream().map(Migrations.Migration::description).toList());
    }

    @Test
    void statementsSplitAtLineEndSemicolonsAndSkipComments() {
        assertThat(Migrations.split("-- note;\nCREATE TABLE a (x TEXT);\nCREATE INDEX i\n  ON a(x);\n"))
                .containsExactly("CREATE TABLE a (x TEXT)", "CREATE INDEX i\n  ON a(x)");
    }
}
