package org.bestvalue.reporting;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.bestvalue.eventkit.testing.identity.AsAuditor;
import org.bestvalue.eventkit.testing.identity.AsAuthor;
import org.bestvalue.eventkit.testing.identity.AsLeadership;
import org.bestvalue.eventkit.testing.identity.AsOtherPlanner;
import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.bestvalue.reporting.Contract.PDF;
import static org.hamcrest.Matchers.equalTo;

/**
 * The documents the council takes to committee and to the peer challenge, read back: the position statement book of a
 * whole 2024 cycle (74 characteristics, G002 a cross-reference) as PDF and Word, each theme's pack, and the progress
 * report on the action plan.
 */
@QuarkusTest
class CommitteeDocumentsTests extends FedTests {
    static final CouncilHistory HISTORY = new CouncilHistory("demo-borough").year2024().year2025();
    static final PositionStatementHistory STATEMENTS = new PositionStatementHistory(HISTORY);
    static final String BOOK = "/reports/cycles/{id}/position-statements";
    static final String PACK = "/reports/cycles/{id}/themes/{theme}/pack";
    static final String PROGRESS = "/reports/cycles/{id}/progress-report";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    CommitteeDocumentsTests() {
        super(HISTORY, STATEMENTS.events());
    }

    @Test
    @AsPlanner
    void theBookOfTheWholeCycleHasACoverContentsAPageAndBookmarkPerCharacteristicAndPageNumbers() throws Exception {
        long started = System.nanoTime();
        given().accept(PDF).get(BOOK, HISTORY.cycle2024).then().statusCode(200);
        long first = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        byte[] pdf = given().accept(PDF).get(BOOK, HISTORY.cycle2024).then().statusCode(200).contentType(PDF)
                .header("Content-Disposition", equalTo("attachment; filename=\"position-statements-2024.pdf\""))
                .extract().asByteArray();
        long millis = (System.nanoTime() - started) / 1_000_000;
        PdfReader reader = new PdfReader(pdf);
        try {
            int pages = reader.getNumberOfPages();
            System.out.printf("BENCHMARK position-statement-book pdf over HTTP: %d characteristics, %d pages, %d bytes,"
                    + " %d ms (first request after start: %d ms)%n", CouncilHistory.codes2024().size(), pages, pdf.length, millis, first);
            List<String> codes = CouncilHistory.codes2024();
            // Cover, contents, then every characteristic on a page of its own at least.
            assertThat(pages).isGreaterThan(codes.size() + 2);

            List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(reader);
            assertThat(outline).extracting(b -> b.get("Title")).containsExactly("Continuous Improvement", "Leadership",
                    "Governance", "Culture", "Use of Resources", "Service Delivery", "Partnerships and Community Engagement");
            List<String> bookmarked = new ArrayList<>();
            Map<String, Integer> bookmarkPage = new java.util.HashMap<>();
            for (Map<String, Object> theme : outline) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> kids = (List<Map<String, Object>>) theme.get("Kids");
                for (Map<String, Object> k : kids) {
                    String code = ((String) k.get("Title")).split(" ")[0];
                    bookmarked.add(code);
                    bookmarkPage.put(code, Integer.parseInt(((String) k.get("Page")).split(" ")[0]));
                }
            }
            assertThat(bookmarked).containsExactlyElementsOf(codes);

            PdfTextExtractor text = new PdfTextExtractor(reader);
            String all = text(reader, text, 1, pages);
            for (String code : codes) assertThat(all).contains(code + " Characteristic " + code);
            assertThat(text.getTextFromPage(1)).contains("Best Value self-assessment 2024").contains("Position statements")
                    .contains("55 of 73 (75%) green");
            assertThat(text.getTextFromPage(pages)).contains("Page " + pages + " of " + pages);
            // The contents give each characteristic the page its bookmark opens.
            String contents = text(reader, text, 2, 4);
            assertThat(contents).contains("Contents");
            // Table cells come out of the text extractor without the space between them.
            Matcher m = java.util.regex.Pattern.compile("CharacteristicCI010(\\d+)").matcher(contents.replaceAll("\\s", ""));
            assertThat(m.find()).as("CI010 in the contents with a page number").isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(bookmarkPage.get("CI010"));
            // CI010's statement: the page its bookmark opens and the next (the evidence table may run over).
            String ci010 = text(reader, text, bookmarkPage.get("CI010"), bookmarkPage.get("CI010") + 1).replaceAll("\\s+", " ");
            assertThat(ci010).contains("What good looks like for CI010").contains("Amber").contains("Rationale: Final")
                    .contains(PositionStatementHistory.REVISED_AFTER_SNAPSHOT).contains("CI010-EV-1")
                    .contains(PositionStatementHistory.RETITLED);
            // Constants never reach the reader: colours, statuses and kinds are in words.
            assertThat(all).doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
        } finally {
            reader.close();
        }
    }

    @Test
    @AsLeadership
    void theBookAsOfTheSnapshotShowsTheNarrativeAndEvidenceAsTheyStoodThen() throws Exception {
        byte[] pdf = given().accept(PDF).queryParam("asOf", CouncilHistory.SNAPSHOT.toString()).get(BOOK, HISTORY.cycle2024)
                .then().statusCode(200).extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            String all = text(reader, new PdfTextExtractor(reader), 1, reader.getNumberOfPages());
            assertThat(all).contains(PositionStatementHistory.FIRST_DRAFT_MARK + ", revised")
                    .doesNotContain(PositionStatementHistory.REVISED_AFTER_SNAPSHOT)
                    .contains("Service plan extract for CI010").doesNotContain(PositionStatementHistory.RETITLED)
                    .contains("As it stood on 10 June 2024");
        } finally {
            reader.close();
        }
        // Before leadership review three scores were still yellow.
        byte[] before = given().accept(PDF).queryParam("asOf", CouncilHistory.BEFORE_LEADERSHIP_REVIEW.toString())
                .get(BOOK, HISTORY.cycle2024).then().statusCode(200).extract().asByteArray();
        PdfReader early = new PdfReader(before);
        try {
            assertThat(new PdfTextExtractor(early).getTextFromPage(1)).contains("52 of 73 (71%) green");
        } finally {
            early.close();
        }
    }

    @Test
    @AsAuditor
    void theWordBookHasAHeadingPerThemeAndCharacteristicAContentsFieldAndPageNumbers() throws Exception {
        long started = System.nanoTime();
        byte[] docx = given().accept(DOCX).get(BOOK, HISTORY.cycle2024).then().statusCode(200).contentType(DOCX)
                .header("Content-Disposition", equalTo("attachment; filename=\"position-statements-2024.docx\""))
                .extract().asByteArray();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("BENCHMARK position-statement-book docx: %d bytes, %d ms%n", docx.length, millis);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> themes = new ArrayList<>();
            List<String> characteristics = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) themes.add(p.getText());
                if ("Heading2".equals(p.getStyle())) characteristics.add(p.getText().split(" ")[0]);
            }
            assertThat(themes).hasSize(7).startsWith("Continuous Improvement");
            assertThat(characteristics).containsExactlyElementsOf(CouncilHistory.codes2024());
            assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(1);
            String xml = doc.getDocument().xmlText();
            assertThat(xml).contains("TOC \\o").contains(PositionStatementHistory.REVISED_AFTER_SNAPSHOT);
            assertThat(doc.getFooterList()).anySatisfy(f -> assertThat(f._getHdrFtr().xmlText()).contains("PAGE").contains("NUMPAGES"));
        }
    }

    @Test
    @AsPlanner
    void eachThemesPackHasItsRowItsStatementsAndItsActions() throws Exception {
        for (String[] theme : CouncilHistory.THEMES) {
            byte[] pdf = given().accept(PDF).get(PACK, HISTORY.cycle2024, theme[0]).then().statusCode(200).contentType(PDF)
                    .header("Content-Disposition", equalTo("attachment; filename=\"theme-pack-2024-" + theme[0] + ".pdf\""))
                    .extract().asByteArray();
            PdfReader reader = new PdfReader(pdf);
            try {
                String all = text(reader, new PdfTextExtractor(reader), 1, reader.getNumberOfPages()).replaceAll("\\s+", " ");
                assertThat(all.replaceAll("\\s", "")).contains((theme[1] + ": theme pack for the peer challenge").replaceAll("\\s", ""));
                List<String> mine = CouncilHistory.codes2024().stream().filter(c -> CouncilHistory.theme(c).equals(theme[0])).toList();
                for (String code : mine) assertThat(all).contains(code + " Characteristic " + code);
                List<String> others = CouncilHistory.codes2024().stream().filter(c -> !CouncilHistory.theme(c).equals(theme[0])).toList();
                for (String code : others) assertThat(all).doesNotContain("Paragraph 1 of the position statement for " + code + ".");
                if (theme[0].equals("CI")) {
                    assertThat(all).contains("Join the LG Inform benchmarking club").contains(CouncilHistory.REVISED_GAP);
                } else {
                    assertThat(all).contains("No opportunity for improvement has been raised under this theme.");
                }
            } finally {
                reader.close();
            }
        }
        given().accept(PDF).get(PACK, HISTORY.cycle2024, "XX").then().spec(problem(404, "not-found"));
        given().accept(PDF).get(PACK, HISTORY.cycle2024, "C I").then().spec(problem(400, "invalid-request"));
    }

    @Test
    @AsLeadership
    void theProgressReportCountsEachThemesActionsAndSaysWhatChangedSinceThePreviousQuarter() throws Exception {
        // 15 October 2024: the previous report is the quarter end, 30 September, the day the benchmarking action fell due.
        String text = pdfText(given().accept(PDF).queryParam("asOf", "2024-10-15").get(PROGRESS, HISTORY.cycle2024)
                .then().statusCode(200).contentType(PDF)
                .header("Content-Disposition", equalTo("attachment; filename=\"progress-report-2024-2024-10-15.pdf\""))
                .extract().asByteArray());
        assertThat(text).contains("Action plan progress report as of 15 October 2024")
                .contains("previous report, on 30 September 2024")
                .contains("3 actions: 1 done, 0 in progress, 1 overdue, 1 not started, 0 deferred, 0 cancelled.")
                .contains("Now overdue (due 30 September 2024)")
                .doesNotContain("Was planned, now completed")
                .contains("The heat-map as it stands").contains("55 of 73 (75%) green");
        // Theme, actions, done, in progress, overdue, not started, deferred, cancelled (cells without spaces between).
        assertThat(text.replaceAll("\\s", "")).contains("ContinuousImprovement3101100").contains("Leadership0000000")
                .contains("Allthemes3101100").contains("CI010Amber").contains("G002seeCI012");

        // Since 1 September: the lessons-learned log was completed in between.
        String since = pdfText(given().accept(PDF).queryParam("asOf", "2024-10-15").queryParam("since", "2024-09-01")
                .get(PROGRESS, HISTORY.cycle2024).then().statusCode(200).extract().asByteArray());
        assertThat(since).contains("What changed since 1 September 2024")
                .contains("Was planned, now completed on 18 September 2024");
    }

    @Test
    @AsPlanner
    void badDatesAreBadRequestsNamingTheParameter() {
        given().accept(PDF).queryParam("asOf", "last tuesday").get(BOOK, HISTORY.cycle2024).then().spec(problem(400, "invalid-as-of", "asOf"));
        given().accept(PDF).queryParam("asOf", "soon").get(PACK, HISTORY.cycle2024, "CI").then().spec(problem(400, "invalid-as-of", "asOf"));
        given().accept(PDF).queryParam("asOf", "15/01/2025").get(PROGRESS, HISTORY.cycle2024).then().spec(problem(400, "invalid-as-of", "asOf"));
        given().accept(PDF).queryParam("since", "last quarter").get(PROGRESS, HISTORY.cycle2024).then().spec(problem(400, "invalid-since", "since"));
        given().accept(PDF).queryParam("asOf", "2024-10-15").queryParam("since", "2024-10-15").get(PROGRESS, HISTORY.cycle2024)
                .then().spec(problem(400, "invalid-since", "since"));
        given().accept("application/json").get(BOOK, HISTORY.cycle2024).then().spec(problem(406, "not-acceptable"));
    }

    @Test
    @AsAuthor
    void anAuthorCannotTakeTheCommitteeDocuments() {
        given().accept(PDF).get(BOOK, HISTORY.cycle2024).then().spec(problem(403, "forbidden"));
        given().accept(PDF).get(PACK, HISTORY.cycle2024, "CI").then().spec(problem(403, "forbidden"));
        given().accept(PDF).get(PROGRESS, HISTORY.cycle2024).then().spec(problem(403, "forbidden"));
    }

    @Test
    @AsOtherPlanner
    void anotherCouncilsCycleIsNotFound() {
        given().accept(PDF).get(BOOK, HISTORY.cycle2024).then().spec(problem(404, "not-found"));
        given().accept(DOCX).get(BOOK, HISTORY.cycle2024).then().spec(problem(404, "not-found"));
        given().accept(PDF).get(PACK, HISTORY.cycle2024, "CI").then().spec(problem(404, "not-found"));
        given().accept(PDF).get(PROGRESS, HISTORY.cycle2024).then().spec(problem(404, "not-found"));
    }

    @Test
    void withoutATokenTheDocumentsAreUnauthorised() {
        given().accept(PDF).get(BOOK, HISTORY.cycle2024).then().statusCode(401);
        given().accept(PDF).get(PROGRESS, HISTORY.cycle2024).then().statusCode(401);
    }

    @Test
    @AsPlanner
    void aThemePackAnswers304ToItsETag() {
        Contract.answers304ToItsETag(PDF, PACK, HISTORY.cycle2024, "CI");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return text(reader, new PdfTextExtractor(reader), 1, reader.getNumberOfPages());
        } finally {
            reader.close();
        }
    }

    private static String text(PdfReader reader, PdfTextExtractor extractor, int from, int to) throws Exception {
        StringBuilder s = new StringBuilder();
        for (int p = from; p <= Math.min(to, reader.getNumberOfPages()); p++) s.append(extractor.getTextFromPage(p)).append('\n');
        return s.toString();
    }
}
