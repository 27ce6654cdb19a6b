package org.bestvalue.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo council's 2024 position statement book from the launched suite, read back: one bookmark per characteristic
 * of the heat-map (every theme's, in grid order), every code in the text, a page count and the time it took printed;
 * the Word book has a Heading 2 for every characteristic.
 */
class PositionStatementBookIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void theDemo2024BookHasABookmarkAndAPageForEveryCharacteristic() throws Exception {
        String token = Keycloak.token("planner");
        String reporting = Suite.url("reporting-service");
        JsonNode cycles = JSON.readTree(given().auth().oauth2(token).get(reporting + "/reports/cycles").then().statusCode(200)
                .extract().asString());
        String cycle2024 = null;
        for (JsonNode c : cycles.path("items")) if (c.path("year").asInt() == 2024) cycle2024 = c.path("cycleId").asText();
        assertTrue(cycle2024 != null, "the demo's 2024 cycle is loaded");
        JsonNode heatMap = JSON.readTree(given().auth().oauth2(token).get(reporting + "/reports/cycles/" + cycle2024 + "/heat-map")
                .then().statusCode(200).extract().asString());
        List<String> codes = new ArrayList<>();
        heatMap.path("themes").forEach(t -> t.path("cells").forEach(c -> codes.add(c.path("code").asText())));
        assertTrue(codes.size() >= 73, "the 2024 framework's characteristics: " + codes.size());

        long started = System.nanoTime();
        byte[] pdf = given().auth().oauth2(token).accept("application/pdf")
                .get(reporting + "/reports/cycles/" + cycle2024 + "/position-statements").then().statusCode(200)
                .extract().asByteArray();
        long millis = (System.nanoTime() - started) / 1_000_000;
        PdfReader reader = new PdfReader(pdf);
        try {
            int pages = reader.getNumberOfPages();
            System.out.printf("BENCHMARK demo 2024 position statement book: %d characteristics, %d pages, %d bytes, %d ms%n",
                    codes.size(), pages, pdf.length, millis);
            assertTrue(pages > codes.size(), "a page or more per characteristic, after the cover and contents: " + pages);
            List<String> bookmarked = new ArrayList<>();
            for (Map<String, Object> theme : SimpleBookmark.getBookmarkList(reader)) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> kids = (List<Map<String, Object>>) theme.get("Kids");
                for (Map<String, Object> k : kids) bookmarked.add(((String) k.get("Title")).split(" ")[0]);
            }
            assertEquals(codes, bookmarked, "one bookmark per characteristic, in grid order");
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= pages; p++) text.append(extractor.getTextFromPage(p)).append('\n');
            for (String code : codes) assertTrue(text.indexOf(code) >= 0, code + " is in the book");
            assertTrue(text.indexOf("Page " + pages + " of " + pages) >= 0, "the last page is numbered");
        } finally {
            reader.close();
        }

        started = System.nanoTime();
        byte[] docx = given().auth().oauth2(token).accept(DOCX)
                .get(reporting + "/reports/cycles/" + cycle2024 + "/position-statements").then().statusCode(200)
                .extract().asByteArray();
        System.out.printf("BENCHMARK demo 2024 position statement book (Word): %d bytes, %d ms%n", docx.length,
                (System.nanoTime() - started) / 1_000_000);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) if ("Heading2".equals(p.getStyle())) headings.add(p.getText().split(" ")[0]);
            assertEquals(codes, headings, "one Heading 2 per characteristic");
        }
    }
}
