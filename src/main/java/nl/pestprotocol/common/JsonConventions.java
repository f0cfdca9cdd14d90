package nl.pestprotocol.common;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How request bodies are read, in one place: dates and date-times only as {@link ApiDates} allows
 * (so nothing outside the range reaches PostgreSQL, and nothing is stored that is no RFC 3339), and
 * enums only by name (a JSON string; numbers, epoch values and the like are refused), never by their position (Jackson would read {@code "role": 0} as the first).
 * A refusal is a Jackson mapping error, which {@link ProblemMappers} answers as 400 naming the field.
 */
@Singleton
public class JsonConventions implements ObjectMapperCustomizer {

    /** After Quarkus' own customizer, whose JavaTimeModule would otherwise replace our date deserializers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        SimpleModule dates = new SimpleModule("pestprotocol-dates");
        dates.addDeserializer(LocalDate.class, new DateDeserializer());
        dates.addDeserializer(Instant.class, new InstantDeserializer());
        mapper.registerModule(dates);
    }

    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.reportInputMismatch(this, ApiDates.DATE_RULE);
            }
            String text = p.getText();
            LocalDate date = ApiDates.parseDate(text);
            if (date == null) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, ApiDates.DATE_RULE);
            }
            return date;
        }
    }

    static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.reportInputMismatch(this, ApiDates.DATE_TIME_RULE);
            }
            String text = p.getText();
            Instant at = ApiDates.parseInstant(text);
            if (at == null) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, ApiDates.DATE_TIME_RULE);
            }
            return at;
        }
    }

}
