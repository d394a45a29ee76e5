package ecopark.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The application under measurement as a JVM of its own: started by the harness on this machine's classpath (so the
 * load generator, its browser driver and its objects never count in the server's heap), or a running one found by
 * its port. Its live heap is read with {@code jcmd GC.class_histogram}, which runs a full collection first.
 */
public final class AppProcess implements AutoCloseable {

    private final int port;
    private final long pid;
    private final Process process;
    private final Path log;

    private AppProcess(int port, long pid, Process process, Path log) {
        this.port = port;
        this.pid = pid;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code mainClass} with {@code args} in a new JVM ({@code jvmArgs} e.g. the heap size) and waits until its
     * output has a line containing {@code readyMarker}; the output goes to {@code log}.
     */
    public static AppProcess start(String mainClass, int port, List<String> jvmArgs, List<String> args,
            String readyMarker, Path log, Duration timeout) throws IOException, InterruptedException {
        return start(mainClass, port, jvmArgs, args, java.util.Map.of(), readyMarker, log, timeout);
    }

    /** The same with variables added to the environment, e.g. the database's for the {@code mysql} profile. */
    public static AppProcess start(String mainClass, int port, List<String> jvmArgs, List<String> args,
            java.util.Map<String, String> env, String readyMarker, Path log, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        // Directories named in ecopark.classesFirst come first, e.g. an older version of a class to compare with.
        String first = System.getProperty("ecopark.classesFirst", "");
        command.add((first.isBlank() ? "" : first + java.io.File.pathSeparator) + System.getProperty("java.class.path"));
        command.add(mainClass);
        command.add("--server.port=" + port);
        command.addAll(args);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        AppProcess app = new AppProcess(port, process.pid(), process, log);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(readyMarker)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped during its start; see " + log);
            }
            if (System.nanoTime() > deadline) {
                app.close();
                throw new IllegalStateException("The application was not ready within " + timeout + "; see " + log);
            }
            Thread.sleep(1000);
        }
        app.waitForHttp(Duration.ofMinutes(2));
        return app;
    }

    /** A running application: its process id given, or found as the Java process whose arguments name the port. */
    public static AppProcess attach(int port, Optional<Long> pid) {
        long id = pid.orElseGet(() -> ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("server.port=" + port))
                        .orElse(false))
                .map(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Java process with server.port=" + port
                        + " in its arguments; pass its process id")));
        return new AppProcess(port, id, null, null);
    }

    public long pid() {
        return pid;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    private void waitForHttp(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url("login"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("No answer on " + url("login"));
    }

    /**
     * The live heap in bytes after a full collection, with the biggest classes: {@code jcmd GC.class_histogram}
     * collects before it counts, so garbage never counts. Taken twice, the smaller kept: a request in flight during
     * one histogram may hold a few objects.
     */
    public Histogram liveHeap() throws IOException, InterruptedException {
        Histogram first = histogram();
        Thread.sleep(2000);
        Histogram second = histogram();
        return first.totalBytes() <= second.totalBytes() ? first : second;
    }

    private Histogram histogram() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
        return Histogram.parse(output);
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public Optional<Path> log() {
        return Optional.ofNullable(log);
    }
}
