package com.example.itemtracker.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback that a test puts between the service and a real database server, to
 * make the database fail without touching the server: {@link #refuse()} closes the port, so
 * connecting is refused; {@link #cutOpenConnections()} drops the connections already made;
 * {@link #hang()} accepts and never answers, and stops passing bytes on open connections;
 * {@link #forward()} restores normal service.
 */
public final class TcpProxy implements AutoCloseable {

    private enum Mode { FORWARD, REFUSE, HANG }

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.FORWARD;
    private volatile ServerSocket listener;

    public TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        acceptOn(listener);
    }

    public int port() {
        return port;
    }

    /** Passes every byte both ways (again). */
    public synchronized void forward() {
        Mode before = mode;
        mode = Mode.FORWARD;
        if (before == Mode.REFUSE) {
            listener = listen(port);
            acceptOn(listener);
        }
    }

    /** Closes the port: new connections are refused. Open ones stay until {@link #cutOpenConnections()}. */
    public synchronized void refuse() {
        mode = Mode.REFUSE;
        closeQuietly(listener);
    }

    /** Accepts connections but never answers, and holds back every byte on the open ones. */
    public synchronized void hang() {
        if (mode == Mode.REFUSE) {
            forward();
        }
        mode = Mode.HANG;
    }

    /** Drops every open connection, as a network failure or a server restart does. */
    public void cutOpenConnections() {
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    @Override
    public synchronized void close() {
        mode = Mode.REFUSE;
        closeQuietly(listener);
        cutOpenConnections();
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptOn(ServerSocket socket) {
        Thread.ofVirtual().name("tcp-proxy-accept-" + port).start(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    open.add(client);
                    if (mode == Mode.HANG) {
                        continue;
                    }
                    Socket server = new Socket(targetHost, targetPort);
                    open.add(server);
                    pump(client, server);
                    pump(server, client);
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void pump(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    while (mode == Mode.HANG && !from.isClosed()) {
                        Thread.sleep(10);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException ended) {
                // either side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // already closed
        }
    }
}
