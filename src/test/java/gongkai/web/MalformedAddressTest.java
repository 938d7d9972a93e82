package gongkai.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request lines a browser never sends but a script might: raw UTF-8 Chinese, a broken %-escape.
 * They get a Chinese 400, not a 500. Written on a raw socket, since HTTP clients encode for us.
 */
@MicronautTest(transactional = false)
class MalformedAddressTest {

    @Inject EmbeddedServer server;

    private String rawGet(byte[] target) throws IOException {
        try (Socket socket = new Socket("localhost", server.getPort())) {
            socket.setSoTimeout(60_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write("GET ".getBytes(StandardCharsets.US_ASCII));
            request.write(target);
            request.write(
                    " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(request.toByteArray());
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void rawChineseOrBrokenEscapesInTheAddressGetABadRequestPage() throws IOException {
        for (String target :
                List.of("/search?q=公开", "/api/search?q=社区矫正", "/search?q=%zz", "/公开")) {
            String response = rawGet(target.getBytes(StandardCharsets.UTF_8));
            assertTrue(
                    response.startsWith("HTTP/1.1 400"),
                    target + ": " + response.lines().findFirst().orElse(""));
            assertTrue(response.contains("网址格式不正确"), target);
            assertFalse(response.contains("Exception"), target);
        }
    }
}
