package nl.pestprotocol.security;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The same visibility rules with the case list forced into its other branch: with a candidate cap
 * of 1 every viewer who has a candidate walks the cases newest first (cases/CaseListQuery), so
 * both ways the list can run are proven to show exactly the visible cases.
 */
@QuarkusTest
@TestProfile(VisibilityWalkingBranchTest.WalkEveryList.class)
class VisibilityWalkingBranchTest extends VisibilityTest {

    public static class WalkEveryList implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pestprotocol.case-list.candidate-cap", "1");
        }
    }
}
