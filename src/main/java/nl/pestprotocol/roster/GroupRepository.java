package nl.pestprotocol.roster;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class GroupRepository implements PanacheRepositoryBase<SchoolGroup, String> {

    public List<SchoolGroup> listAllOrdered() {
        return list("order by code");
    }
}
