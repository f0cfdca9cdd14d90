package nl.pestprotocol.workflow;

import java.util.List;
import java.util.Set;

import nl.pestprotocol.cases.Step;
import nl.pestprotocol.security.Role;

/**
 * One row of the transition table: who may ask for it and which rules must hold. A row with no
 * roles cannot be requested; it happens only as the effect of something else.
 */
public record Transition(Step from, Step to, Set<Role> roles, List<Rule> rules) {

    public boolean requestable() {
        return !roles.isEmpty();
    }
}
