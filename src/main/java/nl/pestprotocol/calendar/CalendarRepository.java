package nl.pestprotocol.calendar;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CalendarRepository implements PanacheRepositoryBase<SchoolCalendar, String> {
}
