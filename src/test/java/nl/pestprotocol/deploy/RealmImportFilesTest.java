package nl.pestprotocol.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The realm Keycloak imports in each overlay is the repository's realm file, not a copy that drifts:
 * the committed KeycloakRealmImport must be exactly what {@link RealmImports} generates from it.
 */
class RealmImportFilesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"production", "dev"})
    void theOverlaysRealmImportIsGeneratedFromItsRealmFile(String overlay) throws IOException {
        String expected = RealmImports.generate(overlay);
        if (Boolean.getBoolean("pestprotocol.realm-import.update")) {
            Files.writeString(RealmImports.importFile(overlay), expected);
            System.out.println("Wrote " + RealmImports.importFile(overlay));
        }
        assertEquals(expected, Files.readString(RealmImports.importFile(overlay)),
                RealmImports.importFile(overlay) + " differs from " + RealmImports.REALM_OF_OVERLAY.get(overlay)
                        + "; regenerate it with ./mvnw -B verify -Dtest=RealmImportFilesTest -Dpestprotocol.realm-import.update=true");
    }
}
