package org.changetalk.bench;

import org.changetalk.storage.DatabaseUrl;
import org.changetalk.storage.Durability;
import org.changetalk.web.Security;
import org.changetalk.web.ServerConfig;
import org.changetalk.web.WebServer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The production server (SQLite, production durability, real sessions and CSRF) with one difference: new
 * passwords are hashed at the lowest allowed cost, so the load client's setup signs 500 trainees up and in
 * within seconds instead of minutes. Only the setup hashes; a practice turn hashes nothing, so what
 * {@code src/jmh/sh/turn-cpu.sh} measures per turn is the production turn. Not for serving anyone.
 *
 * <pre>java -cp CLASSES:target/changetalk.jar org.changetalk.bench.TurnCpuServer PORT DATA_DIR</pre>
 * (admin password from CHANGETALK_ADMIN_PASSWORD; CHANGETALK_WARM_UP_TURNS as for {@code serve}, 0 for a cold server)
 */
public final class TurnCpuServer {
    private TurnCpuServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TurnCpuServer PORT DATA_DIR");
        }
        int port = Integer.parseInt(args[0]);
        Path data = Files.createDirectories(Path.of(args[1]));
        Security security = Security.DEFAULTS.withPasswordIterations(1_000);
        ServerConfig config = new ServerConfig("127.0.0.1", port, Path.of("scenarios"), null,
                DatabaseUrl.parse(null, data), Durability.PROCESS_CRASH, System.getenv("CHANGETALK_ADMIN_PASSWORD"), security);
        PrintWriter out = new PrintWriter(System.out, true);
        // the serve command's warm-up, unless CHANGETALK_WARM_UP_TURNS says otherwise (0: measure a cold server);
        // found by reflection so that this file still compiles against a jar from before the warm-up (before/after runs)
        String warmUp = System.getenv("CHANGETALK_WARM_UP_TURNS");
        java.lang.reflect.Method withWarmUp = null;
        try {
            withWarmUp = WebServer.class.getMethod("start", ServerConfig.class, PrintWriter.class, int.class);
        } catch (NoSuchMethodException older) {
            WebServer.start(config, out);
        }
        if (withWarmUp != null) {
            int turns = warmUp == null || warmUp.isBlank() ? WebServer.class.getField("WARM_UP_TURNS").getInt(null)
                    : Integer.parseInt(warmUp.strip());
            withWarmUp.invoke(null, config, out, turns);
        }
        System.out.println("serving on " + port);
        Thread.currentThread().join();
    }
}
