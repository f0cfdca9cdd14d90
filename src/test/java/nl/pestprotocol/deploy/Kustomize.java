package nl.pestprotocol.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Renders a kustomize overlay of k8s/ the way a cluster admin would: {@code kubectl kustomize}, or a
 * stand-alone {@code kustomize build}, without plugins. Where neither is installed the calling test is
 * skipped with the reason printed, never passed.
 */
final class Kustomize {

    static final Path K8S = Path.of("k8s");

    private static final Map<String, List<Manifest>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The resources of {@code k8s/overlays/<overlay>}, rendered once per test run. */
    static List<Manifest> overlay(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> Manifest.parseAll(render(K8S.resolve("overlays").resolve(o))));
    }

    static String render(Path dir) {
        List<String> command = command(dir).orElse(null);
        if (command == null) {
            String reason = "Neither kubectl nor kustomize is on the PATH: the k8s/ overlays were NOT rendered or checked";
            System.err.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("kustomize did not finish within 60 s: " + command);
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(command + " failed:\n" + Files.readString(err, StandardCharsets.UTF_8));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<List<String>> command(Path dir) {
        Optional<Path> kubectl = onPath("kubectl");
        if (kubectl.isPresent()) {
            return Optional.of(List.of(kubectl.get().toString(), "kustomize", dir.toString()));
        }
        return onPath("kustomize").map(k -> List.of(k.toString(), "build", dir.toString()));
    }

    private static Optional<Path> onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(List.of(tool));
        if (System.getProperty("os.name", "").toLowerCase().startsWith("windows")) {
            names.add(tool + ".exe");
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
