package org.changetalk.cli;

import org.changetalk.storage.Database;
import org.changetalk.storage.DatabaseUrl;
import org.changetalk.storage.Dialect;
import org.changetalk.studio.SharedLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code changetalk export-scenarios --db URL --out DIR}: writes the scenario library that instances share
 * on PostgreSQL back to a folder (published files, and drafts under DIR/.studio/drafts), for version control,
 * a backup, or going back to a single instance on SQLite.
 */
@Command(name = "export-scenarios", description = "Write the scenario library kept in PostgreSQL to a folder.")
public final class ExportScenariosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:CHANGETALK_DB}",
            description = "The PostgreSQL database: postgresql://user:password@host:port/name (or set CHANGETALK_DB).")
    String db;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the scenario files to.")
    Path out;

    @Override
    public Integer call() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(db, Path.of("data"));
        if (url.dialect() != Dialect.POSTGRESQL) {
            spec.commandLine().getErr().println("export-scenarios: --db must be a PostgreSQL URL; on SQLite the library is "
                    + "the scenarios folder itself.");
            return ExitStatus.BAD_INPUT;
        }
        try (Database database = Database.open(url)) {
            int files = SharedLibrary.export(database, out);
            spec.commandLine().getOut().println("wrote " + files + " file(s) to " + out);
        }
        return ExitStatus.OK;
    }
}
