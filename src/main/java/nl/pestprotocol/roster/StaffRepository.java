package nl.pestprotocol.roster;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<Staff, UUID> {

    public Optional<Staff> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public Optional<Staff> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    public Map<UUID, Staff> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return RosterArrays.<Staff>rows(getEntityManager(), Staff.class, "select * from staff where id = any(cast(:keys as uuid[]))",
                ids.toArray(new UUID[0])).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
    }

    public List<Staff> listAllOrdered() {
        return list("order by familyName, givenName, id");
    }

    /** Keyset page in the order of {@link #listAllOrdered()}, after the staff member with the given key. */
    public List<Staff> page(String afterFamilyName, String afterGivenName, UUID afterId, int rows) {
        if (afterId == null) {
            return find("order by familyName, givenName, id").page(0, rows).list();
        }
        return find("familyName > :f or (familyName = :f and (givenName > :g or (givenName = :g and id > :id)))"
                + " order by familyName, givenName, id",
                io.quarkus.panache.common.Parameters.with("f", afterFamilyName).and("g", afterGivenName).and("id", afterId))
                .page(0, rows).list();
    }

    /** The coordinators (function LC or OC) of a department, most recently synced first. */
    public List<Staff> coordinatorsOf(String department, String function) {
        return list("select s from Staff s join s.departments d where d.department = ?1 and d.function = ?2"
                + " order by s.familyName, s.givenName, s.id", department, function);
    }
}
