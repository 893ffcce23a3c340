import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ikbot's embedded database: mongo-java-server on 127.0.0.1.
 *
 * <pre>java -cp 'classes:lib/*' EmbeddedMongo --backend memory|h2 [--file PATH] [--port N]</pre>
 *
 * Prints "listening 127.0.0.1:PORT" once it accepts connections. It lives exactly as long as its
 * standard input is open: the bot holds the write end of that pipe, so when the bot exits for any
 * reason (also kill -9) the pipe closes and this process shuts down cleanly, committing the H2 file.
 */
public final class EmbeddedMongo {
    public static void main(String[] args) throws Exception {
        String backendName = "memory";
        String file = null;
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--backend" -> backendName = args[++i];
                case "--file" -> file = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                default -> fail("unknown argument " + args[i] + "; use --backend memory|h2 [--file PATH] [--port N]");
            }
        }
        MongoBackend backend = switch (backendName) {
            case "memory" -> IndexedBackends.memory();
            case "h2" -> {
                if (file == null) fail("--backend h2 needs --file PATH");
                Path parent = Path.of(file).toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                yield IndexedBackends.h2(file);
            }
            default -> {
                fail("unknown backend " + backendName + "; use memory or h2");
                yield null;
            }
        };
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", port));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "embedded-mongo-shutdown"));
        System.out.println("listening 127.0.0.1:" + server.getLocalAddress().getPort());
        System.out.flush();
        waitForEndOfInput(System.in);
        System.exit(0);
    }

    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Nothing is expected on stdin; its end is the signal to stop.
            }
        } catch (IOException endOfParent) {
            // A broken pipe means the same as its end.
        }
    }

    private static void fail(String message) {
        System.err.println("EmbeddedMongo: " + message);
        System.exit(2);
    }
}
