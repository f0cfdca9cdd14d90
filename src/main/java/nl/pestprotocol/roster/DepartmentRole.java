package nl.pestprotocol.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A department a staff member coordinates, as leerlingcoördinator (LC) or ondersteuningscoördinator (OC). */
@Embeddable
public class DepartmentRole {

    public static final String LC = "LC";
    public static final String OC = "OC";

    public String department;
    @Column(name = "function")
    public String function;

    protected DepartmentRole() {
    }

    public DepartmentRole(String department, String function) {
        this.department = department;
        this.function = function;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DepartmentRole d && d.department.equals(department) && d.function.equals(function);
    }

    @Override
    public int hashCode() {
        return department.hashCode() * 31 + function.hashCode();
    }
}
