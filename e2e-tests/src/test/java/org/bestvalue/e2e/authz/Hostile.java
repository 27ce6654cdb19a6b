package org.bestvalue.e2e.authz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.List;
import java.util.Random;

/** The values and bodies the fuzz test sends: malformed, hostile, huge. */
final class Hostile {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String MEGABYTE = "A".repeat(1024 * 1024);

    static final List<String> STRINGS = List.of(
            "", " ", "not-a-uuid", "00000000-0000-0000-0000-00000000000", "00000000-0000-0000-0000-0000000000000",
            "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "' OR '1'='1", "1; DROP TABLE events; --", "\" OR 1=1 --",
            "<script>alert(1)</script>", "javascript:alert(1)", "${jndi:ldap://example.invalid/a}", "{{7*7}}", "#{7*7}",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "%00", "\u0000", "\uFFFF\uFFFE",
            "\uD83D\uDE00\uD83D\uDCA9", "\u202Eevil", "-1", "99999999999999999999999", "NaN", "Infinity", "1e309",
            "2024-13-45", "2024-02-30T25:61:61Z", "9999-12-31T23:59:59Z", "true", "null", "[]", "{}",
            "CI001' AND SLEEP(5)--", "$where: function() { return true; }", "a".repeat(300), "x".repeat(3000));

    static final List<String> IF_MATCH = List.of("", "abc", "\"abc\"", "\"-1\"", "*", "W/", "W/\"\"", "\"\"",
            "\"99999999999999999999999\"", "\"1\", \"2\"", "\"1", "1\"", "' OR 1=1 --", "\"" + "9".repeat(400) + "\"",
            "\"1.5\"", "\"0x10\"", "W/\"abc\"");

    static final List<String> PAGING = List.of("page=-1", "size=0", "size=201", "size=100000", "page=abc", "size=abc",
            "page=99999999999999999999", "sort=nope", "sort=-", "sort=,,,", "sort=' OR 1=1 --", "sort=id;DROP TABLE events",
            "page=1.5", "size=-5", "sort=" + "x".repeat(2000), "page=&size=", "page=0&page=-3", "sort=--code");

    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=nope", "image/png", "garbage", "*/*");

    static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/gif", "nonsense", "application/json;q=0");

    static final List<String> BODIES = List.of("", "{", "}", "[", "null", "[]", "[1,2,3]", "\"string\"", "42", "true",
            "{\"a\":}", "{'single':'quotes'}", "{\"a\":1,}", "\u0000\u0001\u0002", "<xml>no</xml>", "{\"a\":\"\\uZZZZ\"}",
            "{\"a\":1}{\"b\":2}", "a=1&b=2");

    private Hostile() {
    }

    static String string(Random r) {
        return r.nextInt(100) == 0 ? MEGABYTE : STRINGS.get(r.nextInt(STRINGS.size()));
    }

    /** A value of another type than the schema's (never null for an optional field: null is a valid absence). */
    static JsonNode wrongType(Random r, String type) {
        return switch (r.nextInt(7)) {
            case 0 -> type.equals("string") ? F.numberNode(r.nextInt(1000) - 500) : F.textNode(string(r));
            case 1 -> F.objectNode().put("nested", string(r));
            case 2 -> F.arrayNode().add(string(r)).add(1);
            case 3 -> type.equals("boolean") ? F.textNode("maybe") : F.booleanNode(r.nextBoolean());
            case 4 -> F.numberNode(Double.MAX_VALUE);
            case 5 -> F.textNode(string(r));
            default -> F.numberNode(Long.MIN_VALUE);
        };
    }

    /** JSON nested deeper than any parser should follow. */
    static String deeplyNested(Random r) {
        int depth = 2000 + r.nextInt(20_000);
        boolean arrays = r.nextBoolean();
        StringBuilder b = new StringBuilder(depth * 6);
        for (int i = 0; i < depth; i++) b.append(arrays ? "[" : "{\"a\":");
        b.append("1");
        for (int i = 0; i < depth; i++) b.append(arrays ? "]" : "}");
        return b.toString();
    }
}
