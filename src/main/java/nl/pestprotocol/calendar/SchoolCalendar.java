package nl.pestprotocol.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The non-school days of one school year (1 August to 31 July). */
@Entity
@Table(name = "school_calendar")
public class SchoolCalendar extends PanacheEntityBase {

    @Id
    public String schoolYear;
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "non_school_period", joinColumns = @JoinColumn(name = "school_year"))
    @OrderBy("startsOn")
    public List<NonSchoolPeriod> periods = new ArrayList<>();
}
