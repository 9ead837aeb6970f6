package org.linkwork.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one module holds about a person, as a tree that reads both as data (stable names) and as
 * plain English (labels): a subject access export is a list of these (see docs/security.md).
 *
 * @param source  the module's {@link PersonalDataSource#name()}
 * @param title   what the part is, in plain English ("Referrals to the link-worker service")
 * @param entries the records held, in order
 */
public record PersonalData(String source, String title, List<Entry> entries) {

    public PersonalData {
        entries = List.copyOf(entries);
    }

    /**
     * One record held: a referral, a consent decision, a read in the audit log.
     *
     * @param kind    a stable machine name ("referral", "consent", "audit-event")
     * @param title   a heading in plain English
     * @param fields  what the record says, in order
     * @param entries records within it (a referral's notes), in order
     */
    public record Entry(String kind, String title, List<Field> fields, List<Entry> entries) {

        public Entry {
            fields = List.copyOf(fields);
            entries = List.copyOf(entries);
        }

        public Entry(String kind, String title, List<Field> fields) {
            this(kind, title, fields, List.of());
        }
    }

    /**
     * One thing a record says. Values are text: instants in ISO 8601 UTC ("2026-05-03T09:15:00Z"),
     * dates as "2026-05-03", lists joined with ", "; null when nothing is recorded.
     *
     * @param name  a stable machine name ("nhsNumber")
     * @param label its name in plain English ("NHS number")
     */
    public record Field(String name, String label, String value) {

        private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm")
                .withZone(ZoneId.of("Europe/London"));

        /** A field from any value: optionals unwrapped, instants and dates in ISO form, collections joined. */
        public static Field of(String name, String label, Object value) {
            return new Field(name, label, text(value));
        }

        private static String text(Object value) {
            return switch (value) {
                case null -> null;
                case Optional<?> optional -> optional.map(Field::text).orElse(null);
                case Collection<?> values -> values.isEmpty() ? null
                        : values.stream().map(Field::text).filter(Objects::nonNull).collect(Collectors.joining(", "));
                case Instant instant -> instant.toString();
                case LocalDate date -> date.toString();
                case Boolean yes -> yes ? "yes" : "no";
                default -> value.toString();
            };
        }

        /** The value as a person reads it: instants as "3 May 2026 at 10:15" UK time. */
        public String shown() {
            if (value == null) {
                return "";
            }
            try {
                return SHOWN.format(Instant.parse(value));
            } catch (java.time.format.DateTimeParseException notAnInstant) {
                return value;
            }
        }
    }
}
