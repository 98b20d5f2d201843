package org.changetalk.storage;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {
    @Test
    void defaultIsSqliteUnderTheDataFolder() {
        DatabaseUrl url = DatabaseUrl.parse(null, Path.of("/srv/ct/data"));
        assertThat(url.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:/srv/ct/data/changetalk.db");
    }

    @Test
    void postgresqlUrlsSplitOutTheCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://ct:p%40ss@db.example:5433/changetalk?sslmode=require", Path.of("."));
        assertThat(url).isEqualTo(new DatabaseUrl(Dialect.POSTGRESQL,
                "jdbc:postgresql://db.example:5433/changetalk?sslmode=require", "ct", "p@ss"));
        assertThat(url.display()).doesNotContain("p@ss");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h/db", Path.of(".")))
                .isEqualTo(new DatabaseUrl(Dialect.POSTGRESQL, "jdbc:postgresql://h/db", null, null));
    }

    @Test
    void aFilePathIsSqliteAndOtherSchemesAreRefused() {
        assertThat(DatabaseUrl.parse("/tmp/x.db", Path.of(".")).jdbcUrl()).isEqualTo("jdbc:sqlite:/tmp/x.db");
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://h/db", Path.of("."))).hasMessageContaining("unsupported");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql:///db", Path.of("."))).hasMessageContaining("no host");
    }
}
