package nl.pestprotocol.cases;

import java.util.UUID;

import nl.pestprotocol.roster.CurrentUser;

/**
 * Whose eyes a case query runs with (spec §1): the ondersteuningscoördinator sees every case, a
 * leerlingcoördinator also the cases of their departments, everyone the cases they opened, own,
 * coordinate, or that involve a student of a group they mentor.
 */
public record Viewer(UUID staffId, boolean seesAll, boolean seesDepartments) {

    public static Viewer of(CurrentUser user) {
        return new Viewer(user.staffId(), user.isSupportCoordinator(), user.isCoordinator());
    }
}
