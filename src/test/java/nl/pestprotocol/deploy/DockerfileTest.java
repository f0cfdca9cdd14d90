package nl.pestprotocol.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * src/main/docker/Dockerfile.jvm packages what Quarkus' fast-jar build writes to target/quarkus-app and
 * runs it as a non-root user. (No image is built here: this machine has no Docker engine.)
 */
class DockerfileTest {

    static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

    /** The four parts of the fast-jar layout, in the order that keeps the rarely changing layers first. */
    private static final List<String> FAST_JAR = List.of(
            "target/quarkus-app/lib/ /deployments/lib/",
            "target/quarkus-app/*.jar /deployments/",
            "target/quarkus-app/app/ /deployments/app/",
            "target/quarkus-app/quarkus/ /deployments/quarkus/");

    @Test
    void copiesTheWholeFastJarLayoutAndStartsItsRunner() {
        List<String> copies = lines().stream().filter(l -> l.startsWith("COPY")).map(l -> l.replaceFirst("^COPY (--chown=\\S+ )?", "")).toList();
        assertEquals(FAST_JAR, copies);
        assertTrue(lines().contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""));
        String packaging = AppSettings.properties().getProperty("quarkus.package.jar.type", "fast-jar");
        assertEquals("fast-jar", packaging, "the Dockerfile copies the fast-jar layout");
    }

    @Test
    void runsAsTheNonRootUser185() {
        assertEquals(185L, runtimeUser());
        List<String> users = lines().stream().filter(l -> l.startsWith("USER")).toList();
        assertEquals(List.of("USER 185"), users, "the last word on the user is 185, never root");
        lines().stream().filter(l -> l.startsWith("COPY")).forEach(l -> assertTrue(l.startsWith("COPY --chown=185 "), l));
    }

    @Test
    void listensOnThePortTheServiceIsConfiguredFor() {
        assertTrue(lines().contains("EXPOSE " + AppSettings.httpPort()));
        assertTrue(lines().stream().anyMatch(l -> l.startsWith("ENV JAVA_OPTS_APPEND=") && l.contains("-Dquarkus.http.host=0.0.0.0")),
                "listens on every interface inside the container");
        assertFalse(lines().stream().anyMatch(l -> l.startsWith("FROM") && l.contains(":latest")), "a pinned base image");
    }

    /** The uid of the image's USER instruction. */
    static long runtimeUser() {
        Matcher m = Pattern.compile("(?m)^USER (\\d+)$").matcher(String.join("\n", lines()));
        assertTrue(m.find(), "the Dockerfile names a numeric USER");
        return Long.parseLong(m.group(1));
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(DOCKERFILE).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
