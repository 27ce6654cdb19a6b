package org.bestvalue.eventkit.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NulRefusingStringsTest {
    record Body(String name, List<String> officers) {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new NulRefusingStrings().customize(mapper);
        return mapper;
    }

    @Test
    void aStringWithANulCharacterIsRefusedNamingItsField() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> mapper().readValue("{\"name\":\"a\\u0000b\"}", Body.class));
        assertEquals("name", e.getPath().get(0).getFieldName());
        MismatchedInputException inList = assertThrows(MismatchedInputException.class,
                () -> mapper().readValue("{\"officers\":[\"ok\",\"\\u0000\"]}", Body.class));
        assertEquals("officers", inList.getPath().get(0).getFieldName());
    }

    @Test
    void otherStringsReadAsBefore() throws Exception {
        Body b = mapper().readValue("{\"name\":\"Café \\u00e9 \\t tab\",\"officers\":[\"x\"]}", Body.class);
        assertEquals("Café é \t tab", b.name());
        assertEquals(List.of("x"), b.officers());
    }
}
