package uk.mashline.testsupport;

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
 * A TCP proxy on loopback between the service and its database, so a test can make the database
 * disappear (refuse connections), hang (accept and stall every byte) and come back.
 */
public final class TcpProxy implements AutoCloseable {

    private enum Mode { FORWARD, HANG, REFUSE }

    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.FORWARD;
    private volatile ServerSocket listener;
    private final int port;

    public TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = listener.getLocalPort();
        startAccepting(listener);
    }

    public int port() {
        return port;
    }

    /** Every byte in flight stops; new connections are accepted and stall too. */
    public void hang() {
        mode = Mode.HANG;
    }

    /** Connections are cut and new ones refused, as when the server is stopped. */
    public synchronized void refuse() throws IOException {
        mode = Mode.REFUSE;
        listener.close();
        closeAll();
    }

    /** The database is back: stalled connections are cut (the pool reconnects) and new ones forwarded. */
    public synchronized void restore() throws IOException {
        closeAll();
        mode = Mode.FORWARD;
        if (listener.isClosed()) {
            ServerSocket again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = again;
            startAccepting(again);
        }
    }

    @Override
    public void close() throws IOException {
        mode = Mode.REFUSE;
        listener.close();
        closeAll();
    }

    private void closeAll() {
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        open.clear();
    }

    private void startAccepting(ServerSocket server) {
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    // a connection accepted just before refuse() must not outlive it: refuse() cuts only the
                    // sockets already in the list, and one registered after it would forward normally (the fresh
                    // clone's CI of 30 Nov: health said 200 with the database "refused")
                    if (!register(client, upstream)) {
                        client.close();
                        upstream.close();
                        continue;
                    }
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException e) {
                    // listener closed, or the database itself is down
                }
            }
        }, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Keeps the pair to be cut later, unless connections are being refused now. */
    private synchronized boolean register(Socket client, Socket upstream) {
        if (mode == Mode.REFUSE) {
            return false;
        }
        open.add(client);
        open.add(upstream);
        return true;
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    while (mode == Mode.HANG && !from.isClosed()) {
                        Thread.sleep(20);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "tcp-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }
}
