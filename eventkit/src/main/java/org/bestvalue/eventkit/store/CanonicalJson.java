package org.bestvalue.eventkit.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The one way of writing a JSON value that the event chain hashes: the JSON Canonicalization Scheme (RFC 8785)
 * for everything the suite's events hold, so any language's JCS library, given the same CloudEvent, writes the
 * same text.
 *
 * <ul>
 *   <li>no white space; object members sorted by their names' UTF-16 code units (Java's {@code String.compareTo});
 *       arrays in their order;</li>
 *   <li>strings: {@code "} and {@code \} escaped with a backslash, {@code \b \t \n \f \r} as those escapes, any other
 *       character below U+0020 as {@code \}{@code u00xx} (lower-case hex), every other character as itself (UTF-8);</li>
 *   <li>numbers: an integer in plain decimal digits; any other number as its exact decimal value without exponent
 *       and without trailing zeros ({@code 1.50} and {@code 1.5E0} are {@code 1.5}, {@code 1.0} is {@code 1}).
 *       This equals RFC 8785 for every integer up to 2^53 and every fraction whose magnitude lies between 10^-6
 *       and 10^21; no event type of the suite holds a number outside that (they hold integers only);</li>
 *   <li>{@code true}, {@code false}, {@code null} as themselves.</li>
 * </ul>
 * PostgreSQL's {@code jsonb} keeps none of the producer's formatting (it reorders members and reformats numbers),
 * which is why the chain hashes this form and never the stored text.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>(node.size());
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) names.add(it.next());
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) out.append(',');
                string(names.get(i), out);
                out.append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) out.append(',');
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue().toString());
        } else if (node.isNumber()) {
            out.append(number(node.isBigDecimal() ? node.decimalValue() : BigDecimal.valueOf(node.doubleValue())));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else {
            // Binary or POJO nodes never come out of parsed JSON; written as the text Jackson gives them.
            string(node.asText(), out);
        }
    }

    private static String number(BigDecimal d) {
        if (d.signum() == 0) return "0";
        return d.stripTrailingZeros().toPlainString();
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
