package org.offencestats.handbook.cli;

import org.offencestats.handbook.serve.PreviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code handbook serve}: a live preview for maintainers, on 127.0.0.1 only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site at http://127.0.0.1:PORT/, rebuilding and reloading the page whenever content/ or templates/ change.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SourceDirs dirs;

    @Option(names = {"--port", "-p"}, defaultValue = "8000", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        PreviewSession session;
        try {
            session = new PreviewSession(dirs.content, dirs.templates, port, System.out);
        } catch (IOException e) {
            System.err.println("error: cannot serve on 127.0.0.1:" + port + ": " + e.getMessage());
            System.err.println("Pass another port with --port, or --port 0 for any free one.");
            return 1;
        }
        session.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                session.close();
            } catch (IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
