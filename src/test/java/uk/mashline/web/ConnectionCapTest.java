package uk.mashline.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At the limit of open connections the server takes no more until some close; the one that waited is then answered,
 * nothing lost. Raw sockets: the kernel completes a connection the server has not accepted, so a request can be sent
 * on it, and it is read only once the server accepts it.
 */
@MicronautTest(transactional = false)
@Property(name = "mash.connections.max-open", value = "4")
class ConnectionCapTest {

    @Inject
    EmbeddedServer server;

    @Inject
    ConnectionCap cap;

    @Test
    void pastTheLimitAConnectionWaitsUntilOthersCloseThenIsAnswered() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                // each answered, and kept open (HTTP/1.1 keep-alive)
                Socket socket = connect();
                send(socket);
                assertTrue(statusLine(socket, 5_000).startsWith("HTTP/1.1 200"), "connection " + i);
                held.add(socket);
            }
            assertEquals(4, cap.open());
            Socket waiting = connect();
            send(waiting);
            assertThrows(SocketTimeoutException.class, () -> statusLine(waiting, 700),
                    "at the limit a new connection is not read");
            // one closes: 3 open, at or below seven eighths of 4, so accepting resumes and the waiting request is read
            held.remove(0).close();
            assertTrue(statusLine(waiting, 5_000).startsWith("HTTP/1.1 200"));
            waiting.close();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private Socket connect() throws IOException {
        return new Socket("127.0.0.1", server.getPort());
    }

    private static void send(Socket socket) throws IOException {
        socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    // the response's first line; what follows is left unread
    private static String statusLine(Socket socket, int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }
}
