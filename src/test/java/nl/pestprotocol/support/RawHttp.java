package nl.pestprotocol.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.restassured.RestAssured;

/**
 * HTTP/1.1 over a plain socket, for requests that HTTP clients refuse to send (a control character in
 * a header, a request line of any length, a chunked body of any size) and to see whether the server
 * closed the connection after answering.
 */
public final class RawHttp {

    public record Response(int status, Map<String, String> headers, String body, boolean closed) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String contentType() {
            return header("content-type");
        }
    }

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, without the blank line) and {@code body} as they are. */
    public static Response send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket);
        }
    }

    /** As {@link #send}, from another loopback address (127.0.0.2, ...): a second client, as a per-address limit sees it. */
    public static Response sendFrom(String loopbackAddress, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(java.net.InetAddress.getByName("127.0.0.1"), RestAssured.port,
                java.net.InetAddress.getByName(loopbackAddress), 0)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket);
        }
    }

    /** Streams {@code total} bytes of {@code filler} as a chunked body while reading the answer, which may come early. */
    public static Response sendChunked(String head, byte[] prefix, int total, byte filler, int chunkSize) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> {
                try {
                    int sent = 0;
                    byte[] first = prefix;
                    while (sent < total) {
                        int size = Math.min(chunkSize, total - sent);
                        byte[] chunk = new byte[size];
                        java.util.Arrays.fill(chunk, filler);
                        if (first != null) {
                            System.arraycopy(first, 0, chunk, 0, Math.min(first.length, size));
                            first = null;
                        }
                        out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        sent += size;
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed before the whole body was sent: fine
                }
            });
            writer.start();
            Response response = read(socket);
            writer.join(20_000);
            return response;
        }
    }

    /** A chunked body given in pieces, each sent as one chunk. */
    public static Response sendChunks(String head, String... chunks) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String chunk : chunks) {
            byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
            body.append(Integer.toHexString(bytes.length)).append("\r\n").append(new String(bytes, StandardCharsets.ISO_8859_1))
                    .append("\r\n");
        }
        body.append("0\r\n\r\n");
        return send(head + "\r\nTransfer-Encoding: chunked", body.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Response read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the server closed the connection without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
        } else {
            body.write(in.readAllBytes());
        }
        return new Response(status, headers, body.toString(StandardCharsets.UTF_8), closed(socket, in));
    }

    private static boolean closed(Socket socket, InputStream in) throws IOException {
        socket.setSoTimeout(6_000);
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
