package com.rhosocial.activerecord.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared fixture: an in-process TCP forwarder from a local port to a server, to take a "replica" away and bring it
 * back without touching the real server. {@link #stop()} closes the listening socket and every forwarded connection
 * (the client sees a reset, new connections are refused); {@link #start()} listens on the same port again.
 */
final class TcpForwarder implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private int port;

    TcpForwarder(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    int port() {
        return port;
    }

    synchronized TcpForwarder start() throws IOException {
        ServerSocket ss = new ServerSocket();
        ss.setReuseAddress(true);
        ss.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        port = ss.getLocalPort();
        server = ss;
        Thread acceptor = new Thread(() -> accept(ss), "forwarder-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
        return this;
    }

    private void accept(ServerSocket ss) {
        while (!ss.isClosed()) {
            try {
                Socket client = ss.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed by stop(), or upstream refused: the client sees its socket closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // either side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "forwarder-pump");
        t.setDaemon(true);
        t.start();
    }

    private void closeQuietly(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    /** Refuses new connections and cuts every forwarded one. */
    synchronized void stop() throws IOException {
        ServerSocket ss = server;
        server = null;
        if (ss != null) {
            ss.close();
        }
        for (Socket s : open) {
            try {
                s.setSoLinger(true, 0); // reset, as a crashed host or a failover would
            } catch (IOException ignored) {
                // closed meanwhile
            }
            closeQuietly(s);
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
