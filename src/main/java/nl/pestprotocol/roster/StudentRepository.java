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
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class StudentRepository implements PanacheRepositoryBase<Student, UUID> {

    public Optional<Student> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    public Map<String, Student> byExternalIds(Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        return RosterArrays.<Student>rows(getEntityManager(), Student.class,
                "select * from student where external_id = any(cast(:keys as varchar[]))", externalIds.toArray(new String[0]))
                .stream().collect(Collectors.toMap(s -> s.externalId, Function.identity()));
    }

    public Map<UUID, Student> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return RosterArrays.<Student>rows(getEntityManager(), Student.class, "select * from student where id = any(cast(:keys as uuid[]))",
                ids.toArray(new UUID[0])).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
    }

    /** Keyset page ordered by externalId. */
    public List<Student> page(String groupCode, String afterExternalId, int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (groupCode != null) {
            q.append(" and groupCode = :group");
            p.and("group", groupCode);
        }
        if (afterExternalId != null) {
            q.append(" and externalId > :after");
            p.and("after", afterExternalId);
        }
        q.append(" order by externalId");
        return find(q.toString(), p).page(0, limit).list();
    }
}
