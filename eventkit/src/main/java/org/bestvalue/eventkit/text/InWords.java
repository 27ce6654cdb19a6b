package org.bestvalue.eventkit.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Generated text as a council writes it for people (committee papers, residents, officers): a constant such
 * as {@code LIGHT_GREEN} or {@code IN_PROGRESS} in words ("light green", "In progress"), a date the UK way
 * ("10 June 2024", on the Europe/London calendar). Events, JSON and machine CSV keep the constants and ISO dates;
 * only text meant for reading goes through here.
 */
public final class InWords {
    /** The council's clock: an instant is dated as it was in London. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The same "10 June 2024" as a spreadsheet's display format, for cells that stay real dates. */
    public static final String SPREADSHEET_DATE_FORMAT = "d mmmm yyyy";
    /** "10 June 2024 18:00" as a spreadsheet's display format, for date-time cells. */
    public static final String SPREADSHEET_DATE_TIME_FORMAT = "d mmmm yyyy hh:mm";

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private InWords() {
    }

    /** {@code LIGHT_GREEN} → "light green", for the middle of a sentence; "" for null. */
    public static String lower(Enum<?> value) {
        return lower(value == null ? null : value.name());
    }

    /** The same for a constant kept as text ("AMBER" → "amber"); "" for null or blank. */
    public static String lower(String constant) {
        return constant == null ? "" : constant.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** {@code IN_PROGRESS} → "In progress", for a cell or the start of a sentence; "" for null. */
    public static String capitalised(Enum<?> value) {
        return capitalised(value == null ? null : value.name());
    }

    /** The same for a constant kept as text ("AMBER" → "Amber"); "" for null or blank. */
    public static String capitalised(String constant) {
        if (constant == null || constant.isBlank()) return "";
        String words = lower(constant);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** 2024-06-10 → "10 June 2024"; "" for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : UK_DATE.format(date);
    }

    /** The day an instant fell on in London, as "10 June 2024"; "" for null. */
    public static String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(LONDON).toLocalDate());
    }
}
