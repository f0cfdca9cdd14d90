package nl.pestprotocol.calendar;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** A holiday or study day(s), both ends included. */
@Embeddable
public class NonSchoolPeriod {

    public LocalDate startsOn;
    public LocalDate endsOn;
    public String name;

    protected NonSchoolPeriod() {
    }

    public NonSchoolPeriod(LocalDate startsOn, LocalDate endsOn, String name) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.name = name;
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
