package kks.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs kks-graph's own Neo4j Community: embedded, with the Bolt connector bound to 127.0.0.1.
 *
 * <p>Contract with the Node process that spawns it (src/neo4j/local-neo4j.ts):
 * <ul>
 *   <li>KKS_NEO4J_HOME: the data folder; KKS_NEO4J_PORT: the Bolt port;
 *       KKS_NEO4J_PASSWORD: the password of user neo4j (read from the environment so that it never
 *       shows in a process list).</li>
 *   <li>Prints exactly one line "KKS_NEO4J_READY" on stdout once Bolt accepts connections, and
 *       "KKS_NEO4J_STOPPING" when it starts to shut down.</li>
 *   <li>Shuts the database down cleanly on SIGINT/SIGTERM and when its stdin closes, so a parent
 *       that dies without signalling never leaves an orphaned database holding the store lock.</li>
 * </ul>
 */
public final class Launcher {
    private static final String PASSWORD_SET_MARKER = "password-initialised";

    private Launcher() {}

    public static void main(String[] args) throws IOException {
        Path home = Path.of(requiredEnv("KKS_NEO4J_HOME")).toAbsolutePath();
        int port = Integer.parseInt(requiredEnv("KKS_NEO4J_PORT"));
        String password = requiredEnv("KKS_NEO4J_PASSWORD");
        Files.createDirectories(home);

        Path marker = home.resolve(PASSWORD_SET_MARKER);
        if (!Files.exists(marker)) {
            // The DBMS creates user neo4j with the well-known password "neo4j". Replace it while no
            // connector is open, so there is never a moment when that password is reachable over Bolt.
            initialisePassword(home, password);
            Files.writeString(marker, "");
        }

        DatabaseManagementService dbms = builder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Told first, so the API turns unready while the database still winds down.
            System.out.println("KKS_NEO4J_STOPPING");
            System.out.flush();
            dbms.shutdown();
        }, "kks-neo4j-shutdown"));
        System.out.println("KKS_NEO4J_READY");
        System.out.flush();

        waitForStdinToClose();
        System.exit(0);
    }

    private static DatabaseManagementServiceBuilder builder(Path home) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                // A project-local database reports usage to nobody.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt waits 5 s twice on shutdown for connections the API has already closed;
                // with the defaults, stopping the API takes over ten seconds.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
    }

    private static void initialisePassword(Path home, String password) {
        DatabaseManagementService dbms = builder(home).setConfig(BoltConnector.enabled, false).build();
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } finally {
            dbms.shutdown();
        }
    }

    private static void waitForStdinToClose() throws IOException {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) != -1) {
            // Input is ignored: stdin exists only to tell us when the parent process is gone.
        }
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            System.err.println("kks-neo4j: environment variable " + name + " is required");
            System.exit(2);
        }
        return value;
    }

}
