package ecopark.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on a loopback port in front of a real server (the shared MariaDB), for cutting the line: {@link #cut()}
 * drops every open connection and refuses new ones (nothing listens), {@link #resume()} listens again on the same
 * port. The server behind it keeps running. Plain sockets, two threads per connection.
 */
public final class TcpProxy implements AutoCloseable {

    private final String upstreamHost;
    private final int upstreamPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private volatile int accepted;

    public TcpProxy(String upstreamHost, int upstreamPort) throws IOException {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = first.getLocalPort();
        listen(first);
    }

    public int port() {
        return port;
    }

    public int acceptedConnections() {
        return accepted;
    }

    /** Drops every connection through the proxy and refuses new ones until {@link #resume()}. */
    public synchronized void cut() {
        ServerSocket current = listener;
        listener = null;
        closeQuietly(current);
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    public synchronized void resume() throws IOException {
        if (listener != null) {
            return;
        }
        ServerSocket again = new ServerSocket();
        again.setReuseAddress(true);
        again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        listen(again);
    }

    private void listen(ServerSocket server) {
        listener = server;
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    accepted++;
                    connect(client);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "tcp-proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void connect(Socket client) {
        Socket upstream;
        try {
            upstream = new Socket(upstreamHost, upstreamPort);
        } catch (IOException e) {
            closeQuietly(client);
            return;
        }
        open.add(client);
        open.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException dropped) {
                // cut, or one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        cut();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // already closed
            }
        }
    }
}
