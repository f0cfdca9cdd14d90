package nl.pestprotocol.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.pestprotocol.common.ApiDates;
import nl.pestprotocol.common.ApiException;

/** A Dutch school year such as 2026-2027, running from 1 August to 31 July. */
public record SchoolYear(int startYear) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

    public static SchoolYear parse(String value) {
        Matcher m = FORMAT.matcher(value);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1
                || Integer.parseInt(m.group(1)) < ApiDates.MIN.getYear()) {
            throw ApiException.invalidParam("schoolYear", "must be two consecutive years from " + ApiDates.MIN.getYear() + " on, like 2026-2027");
        }
        return new SchoolYear(Integer.parseInt(m.group(1)));
    }

    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= Month.AUGUST.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.AUGUST, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.JULY, 31);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
