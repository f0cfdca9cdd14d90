package nl.pestprotocol.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

final class PortFinder {

    private PortFinder() {
    }

    static int free() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
