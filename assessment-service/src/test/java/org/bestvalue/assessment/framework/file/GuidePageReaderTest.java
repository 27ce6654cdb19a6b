package org.bestvalue.assessment.framework.file;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuidePageReaderTest {
    static String fixture() {
        try (InputStream in = GuidePageReaderTest.class.getResourceAsStream("/guide/guide-page.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsEachThemesCharacteristicsAndNothingElseOfThePage() {
        GuideText text = new GuidePageReader().read(fixture());
        assertEquals(List.of("Continuous Improvement", "Leadership", "Governance", "Culture", "Use of Resources", "Service Delivery",
                "Partnerships and Community Engagement"), text.themes().stream().map(GuideText.ThemeText::title).toList());
        assertEquals(List.of(12, 10, 11, 11, 12, 11, 7), text.themes().stream().map(t -> t.characteristics().size()).toList());
        GuideText.Item first = text.themes().get(0).characteristics().get(0);
        assertEquals("A single improvement plan that leaders own, publish and track", first.text());
        assertEquals(18, first.at().line(), "the line of the item in the page");
        assertEquals("Taking part in Oflog's best-practice webinars", text.themes().get(0).characteristics().get(9).text(), "entities decoded");
        assertTrue(text.themes().stream().flatMap(t -> t.characteristics().stream()).noneMatch(i -> i.text().contains("not read")),
                "indicators of potential failure, menus and other lists are not characteristics");
    }

    @Test
    void aCharacteristicsHeadingWithoutAThemeIsRejectedWithItsLine() {
        String page = """
                <html><body>
                <h1>The guide</h1>
                <p>Introduction.</p>
                <h2>Characteristics of a well-functioning authority</h2>
                <ul><li>Something</li></ul>
                </body></html>
                """;
        FrameworkFileRejected e = assertThrows(FrameworkFileRejected.class, () -> new GuidePageReader().read(page));
        assertEquals(1, e.problems().size());
        FileProblem p = e.problems().get(0);
        assertEquals(4, p.line());
        assertTrue(p.message().startsWith("a characteristic heading without a theme"), p.message());
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void aHeadingWithNoListAndAnEmptyItemAreEachReported() {
        String page = """
                <html><body>
                <h2>Leadership</h2>
                <h3>Characteristics of a well-functioning authority</h3>
                <p>(list to follow)</p>
                <h2>Culture</h2>
                <h3>Characteristics of a well-functioning authority</h3>
                <ul>
                  <li>Open to challenge</li>
                  <li>  </li>
                </ul>
                </body></html>
                """;
        FrameworkFileRejected e = assertThrows(FrameworkFileRejected.class, () -> new GuidePageReader().read(page));
        assertEquals(List.of(3, 9), e.problems().stream().map(FileProblem::line).toList());
        assertTrue(e.problems().get(0).message().startsWith("a characteristics heading with no list after it"), e.problems().get(0).message());
        assertEquals("an empty item in the list of characteristics", e.problems().get(1).message());
    }

    @Test
    void aPageThatIsNotTheGuideSaysWhatItLacks() {
        FrameworkFileRejected e = assertThrows(FrameworkFileRejected.class,
                () -> new GuidePageReader().read("<html><body><h1>Council tax</h1><ul><li>Band A</li></ul></body></html>"));
        assertEquals(1, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().contains("does not look like a page of the guide"), e.problems().get(0).message());
    }

    @Test
    void theMarkerMayBeAParagraphAndThemeNumberingIsDropped() {
        String page = """
                <h2>Theme 4: Culture</h2>
                <p><strong>Characteristics of a well-functioning authority:</strong></p>
                <ol><li>Open to challenge</li><li>Staff heard</li></ol>
                """;
        GuideText text = new GuidePageReader().read(page);
        assertEquals("Culture", text.themes().get(0).title());
        assertEquals(List.of("Open to challenge", "Staff heard"), text.themes().get(0).characteristics().stream().map(GuideText.Item::text).toList());
    }
}
