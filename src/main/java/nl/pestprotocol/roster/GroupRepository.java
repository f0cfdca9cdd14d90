package nl.pestprotocol.roster;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class GroupRepository implements PanacheRepositoryBase<SchoolGroup, String> {

    public List<SchoolGroup> listAllOrdered() {
        return list("order by code");
    }

    /** Keyset page ordered by code. */
    public List<SchoolGroup> page(String afterCode, int rows) {
        return (afterCode == null ? find("order by code") : find("code > ?1 order by code", afterCode)).page(0, rows).list();
    }
}
