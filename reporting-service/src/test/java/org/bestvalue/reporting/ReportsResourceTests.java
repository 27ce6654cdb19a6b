package org.bestvalue.reporting;

import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.bestvalue.eventkit.testing.identity.AsModerator;
import org.bestvalue.eventkit.testing.identity.AsLeadership;
import org.bestvalue.eventkit.testing.identity.AsAuthor;
import org.bestvalue.eventkit.testing.identity.AsAuditor;
import org.bestvalue.eventkit.testing.identity.AsAdmin;
import com.lowagie.text.pdf.PdfReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.bestvalue.reporting.Contract.CSV;
import static org.bestvalue.reporting.Contract.PDF;
import static org.bestvalue.reporting.Contract.SVG;
import static org.bestvalue.reporting.Contract.XLSX;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** The REST contract of the council's reports, including the errors and their problem+json bodies. */
@QuarkusTest
class ReportsResourceTests extends FedTests {
    static final CouncilHistory HISTORY = new CouncilHistory("demo-borough").year2024().year2025();
    static final String HEAT_MAP = "/reports/cycles/{id}/heat-map";
    static final String HISTORY_PATH = "/reports/cycles/{id}/characteristics/{code}/history";


    ReportsResourceTests() {
        super(HISTORY);
    }

    @Test
    @AsPlanner
    void aPlannerReadsTheHeatMapWithItsSummary() {
        given().get(HEAT_MAP, HISTORY.cycle2024).then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("ETag", notNullValue())
                .body("year", equalTo(2024))
                .body("summary.greenSentence", equalTo("55 of 73 (75%) green"))
                .body("summary.totals.counts.DARK_GREEN", equalTo(13))
                .body("summary.totals.counts.LIGHT_GREEN", equalTo(42))
                .body("summary.totals.counts.YELLOW", equalTo(15))
                .body("summary.totals.percentages.YELLOW", equalTo(21))
                .body("summary.thematicConcerns", hasSize(0))
                .body("themes.code", contains("CI", "L", "G", "C", "R", "SD", "PCE"))
                .body("themes[2].cells[1].label", equalTo("see CI012"))
                .body("themes[0].cells[9].status", equalTo("final"));
    }

    @Test
    @AsLeadership
    void theHeatMapAsOfAnInstantBeforeLeadershipReviewShowsTheEarlierColours() {
        given().queryParam("asOf", CouncilHistory.BEFORE_LEADERSHIP_REVIEW.toString())
                .get("/reports/cycles/{id}/summary", HISTORY.cycle2024).then().statusCode(200)
                .body("totals.counts.YELLOW", equalTo(18))
                .body("statuses.moderated", equalTo(73));
        given().queryParam("asOf", "2024-06-10").get("/reports/cycles/{id}/summary", HISTORY.cycle2024).then().statusCode(200)
                .body("greenSentence", equalTo("55 of 73 (75%) green"));
    }

    @Test
    @AsPlanner
    void anUnreadableAsOfIsABadRequestNamingTheField() {
        given().queryParam("asOf", "last tuesday").get(HEAT_MAP, HISTORY.cycle2024).then().spec(problem(400, "invalid-as-of", "asOf"));
    }

    @Test
    void withoutATokenTheReportsAreUnauthorised() {
        given().get(HEAT_MAP, HISTORY.cycle2024).then().spec(problem(401, "unauthorized"));
        given().get("/reports/cycles").then().statusCode(401);
        given().post("/admin/projections/rebuild").then().statusCode(401);
    }

    @Test
    @AsPlanner
    void aPlannerCannotRebuild() {
        given().post("/admin/projections/rebuild").then().spec(problem(403, "forbidden"));
        given().get("/admin/projections/rebuild").then().spec(problem(403, "forbidden"));
    }

    @Test
    @AsAdmin
    void aCouncilsAdminCannotRebuildEveryCouncilsReadModels() {
        given().post("/admin/projections/rebuild").then().spec(problem(403, "forbidden"));
        given().get("/admin/projections/rebuild").then().spec(problem(403, "forbidden"));
    }

    @Test
    @AsAuditor
    void anAuditorReadsEveryChangeNewestFirst() {
        String code = CouncilHistory.REVISED_BY_LEADERSHIP.get(1);
        given().get(HISTORY_PATH, HISTORY.cycle2024, code).then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items.type", contains("ScoreFinalised", "LeadershipReviewed", "ScoreModerated", "ScoreRecorded"))
                .body("items.seq", contains(4, 3, 2, 1))
                .body("items[1].from", equalTo("YELLOW")).body("items[1].to", equalTo("LIGHT_GREEN"))
                .body("items[1].actor", equalTo("leader-1"))
                .body("items[1].correlationId", equalTo("corr-demo-borough"))
                .body("items[1].reason", equalTo("Further evidence supplied by the service"));
        given().get(HISTORY_PATH, HISTORY.cycle2024, "XX999").then().spec(problem(404, "not-found"));
    }

    @Test
    @AsAuthor
    void everyRoleReadsAHistoryAPageAtATimeInEitherOrder() {
        String code = CouncilHistory.REVISED_BY_LEADERSHIP.get(1);
        given().queryParam("size", 1).queryParam("page", 1).get(HISTORY_PATH, HISTORY.cycle2024, code).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].type", equalTo("LeadershipReviewed")).body("items[0].seq", equalTo(3))
                .body("page", equalTo(1)).body("size", equalTo(1)).body("total", equalTo(4));
        given().queryParam("sort", "at").get(HISTORY_PATH, HISTORY.cycle2024, code).then().statusCode(200)
                .body("items.seq", contains(1, 2, 3, 4)).body("items[0].type", equalTo("ScoreRecorded"));
        given().queryParam("sort", "actor").get(HISTORY_PATH, HISTORY.cycle2024, code).then().spec(problem(400, "invalid-parameter", "sort"));
    }

    @Test
    @TestSecurity(user = "planner-9", roles = {"planner", "auditor"})
    @OidcSecurity(claims = @Claim(key = "council", value = "other-borough"))
    void anotherCouncilsCycleIsNotFound() {
        given().get(HEAT_MAP, HISTORY.cycle2024).then().spec(problem(404, "not-found")).body("status", equalTo(404));
        given().get(HISTORY_PATH, HISTORY.cycle2024, "CI010").then().spec(problem(404, "not-found"));
        given().get("/reports/cycles/{id}/action-plan", HISTORY.cycle2024).then().spec(problem(404, "not-found"));
        given().get("/reports/cycles/{id}/agreement", HISTORY.cycle2024).then().spec(problem(404, "not-found"));
        given().accept(PDF).get("/reports/cycles/{id}/committee-pack", HISTORY.cycle2024).then().spec(problem(404, "not-found"));
        given().get("/reports/cycles").then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "officer-7", roles = "action-owner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void anActionOwnerReadsTheActionPlanAndItsOverdueActions() {
        given().get("/reports/cycles/{id}/action-plan", HISTORY.cycle2024).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("opportunities.characteristicCode", contains("CI010", "CI011"))
                .body("statusCounts.IN_PROGRESS", equalTo(1))
                .body("overdue", equalTo(1))
                .body("overdueActions[0].dueBy", equalTo("2024-09-30"));
        String csv = given().accept(CSV).get("/reports/cycles/{id}/action-plan", HISTORY.cycle2024).then().statusCode(200)
                .contentType(startsWith(CSV))
                .header("Content-Disposition", equalTo("attachment; filename=\"action-plan-2024.csv\""))
                .extract().asString();
        assertThat(csv.split("\r\n")).hasSize(4);
    }

    @Test
    @TestSecurity(user = "officer-7", roles = "action-owner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void theActionPlanWorkbookReadsBackWithEveryAction() throws Exception {
        byte[] xlsx = given().accept(XLSX).get("/reports/cycles/{id}/action-plan", HISTORY.cycle2024).then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition", containsString("action-plan-2024.xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    @TestSecurity(user = "reviewer-1", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void yearOnYearIsReadableByEveryRole() {
        given().get("/reports/cycles/{id}/year-on-year", HISTORY.cycle2025).then().statusCode(200)
                .body("previous.year", equalTo(2024)).body("totals.NEW", equalTo(1)).body("totals.REMOVED", equalTo(1))
                .body("lines.find { it.code == 'G012' }.previousCodes", contains("G011"));
        given().queryParam("previous", HISTORY.cycle2024).get("/reports/cycles/{id}/year-on-year", HISTORY.cycle2025)
                .then().statusCode(200).body("previous.cycleId", equalTo(HISTORY.cycle2024));
        given().get("/reports/cycles/{id}/year-on-year", HISTORY.cycle2024).then().spec(problem(404, "not-found"));
    }

    @Test
    @AsModerator
    void aModeratorReadsTheAgreementOfEveryRoundAndOfOne() {
        given().get("/reports/cycles/{id}/agreement", HISTORY.cycle2024).then().statusCode(200)
                .body("cycleId", equalTo(HISTORY.cycle2024))
                .body("rounds[0].pairs", equalTo(73)).body("rounds[0].pairsExcludedAsGrey", equalTo(2));
        given().get("/reports/cycles/{id}/rounds/{round}/agreement", HISTORY.cycle2024, HISTORY.round2024).then()
                .statusCode(200).body("roundId", equalTo(HISTORY.round2024)).body("exactAgreements", equalTo(71));
        given().get("/reports/cycles/{id}/rounds/{round}/agreement", HISTORY.cycle2024, "no-such-round").then()
                .spec(problem(404, "not-found"));
    }

    @Test
    @TestSecurity(user = "reviewer-1", roles = {"reviewer", "author", "action-owner"})
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void reviewersAuthorsAndActionOwnersReadNeitherAgreementNorTheCommitteePack() {
        given().get("/reports/cycles/{id}/agreement", HISTORY.cycle2024).then().spec(problem(403, "forbidden"));
        given().get("/reports/cycles/{id}/rounds/{round}/agreement", HISTORY.cycle2024, HISTORY.round2024).then()
                .spec(problem(403, "forbidden"));
        given().accept(PDF).get("/reports/cycles/{id}/committee-pack", HISTORY.cycle2024).then().spec(problem(403, "forbidden"));
    }

    @Test
    @AsPlanner
    void theSvgHeatMapParsesAsXmlAndLabelsEveryCell() throws Exception {
        byte[] svg = given().accept(SVG).get(HEAT_MAP, HISTORY.cycle2024).then().statusCode(200)
                .contentType(startsWith(SVG)).header("Vary", containsString("Accept")).extract().asByteArray();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<Element> cells = new ArrayList<>();
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("cell".equals(g.getAttribute("class"))) cells.add(g);
        }
        assertThat(cells).hasSize(74);
        for (Element cell : cells) {
            String text = cell.getTextContent();
            assertThat(text).contains(cell.getAttribute("data-code"));
            assertThat(text).containsAnyOf("Dark green", "Light green", "Yellow", "Amber", "Red", "Grey", "see CI012");
        }
    }

    @Test
    @AsPlanner
    void theFormatFollowsAcceptOnOnePath() {
        given().accept(Contract.IMG_ACCEPT).get(HEAT_MAP, HISTORY.cycle2024).then().statusCode(200)
                .contentType(startsWith(SVG));
        given().accept("*/*").get(HEAT_MAP, HISTORY.cycle2024).then().statusCode(200).contentType(ContentType.JSON);
        given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").get(HEAT_MAP, HISTORY.cycle2024)
                .then().statusCode(200).contentType(ContentType.JSON);
        given().accept("text/csv;q=0.5, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get(HEAT_MAP, HISTORY.cycle2024).then().statusCode(200).contentType(XLSX);
        given().accept(PDF).get(HEAT_MAP, HISTORY.cycle2024).then().spec(problem(406, "not-acceptable"));
        given().get("/reports/cycles/{id}/heat-map.svg", HISTORY.cycle2024).then().spec(problem(404, "not-found"));
    }

    @Test
    @AsPlanner
    void theXlsxExportReadsBackWithTheSameFigures() throws Exception {
        byte[] xlsx = given().accept(XLSX).get(HEAT_MAP, HISTORY.cycle2024).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"heat-map-2024.xlsx\""))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet grid = wb.getSheet("Heat-map");
            assertThat(grid.getRow(1).getCell(0).getStringCellValue()).isEqualTo("55 of 73 (75%) green");
            assertThat(grid.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Continuous Improvement");
            assertThat(grid.getRow(3).getCell(10).getStringCellValue()).isEqualTo("CI010 Amber");
            Sheet characteristics = wb.getSheet("Characteristics");
            assertThat(characteristics.getLastRowNum()).isEqualTo(74);
            // For people: the colour and the status in words, the time of the last change a real date shown the UK way.
            Row ci010 = null;
            for (Row row : characteristics) if ("CI010".equals(row.getCell(1).getStringCellValue())) ci010 = row;
            assertThat(ci010).isNotNull();
            assertThat(ci010.getCell(3).getStringCellValue()).isEqualTo("Amber");
            assertThat(ci010.getCell(4).getStringCellValue()).isEqualTo("Final");
            assertThat(characteristics.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Open comments");
            assertThat(ci010.getCell(8).getCellType()).as("a count of open comment threads").isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(ci010.getCell(6))).isTrue();
            assertThat(new DataFormatter(Locale.UK).formatCellValue(ci010.getCell(6))).matches("\\d{1,2} [A-Z][a-z]+ 20\\d\\d \\d\\d:\\d\\d");
            DataFormatter shown = new DataFormatter(Locale.UK);
            for (Row row : characteristics) row.forEach(cell -> assertThat(shown.formatCellValue(cell))
                    .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b"));
            Sheet summary = wb.getSheet("Summary");
            var all = summary.getRow(8);
            assertThat(all.getCell(0).getStringCellValue()).isEqualTo("All themes");
            assertThat((int) all.getCell(1).getNumericCellValue()).isEqualTo(73);
            assertThat((int) all.getCell(2).getNumericCellValue()).isEqualTo(13);
            assertThat((int) all.getCell(3).getNumericCellValue()).isEqualTo(42);
            assertThat((int) all.getCell(4).getNumericCellValue()).isEqualTo(15);
            assertThat((int) all.getCell(9).getNumericCellValue()).isEqualTo(55);
            assertThat(wb.getSheet("Action plan").getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    @AsPlanner
    void theCsvExportHasALinePerCharacteristic() {
        String csv = given().accept(CSV).get(HEAT_MAP, HISTORY.cycle2024).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"heat-map-2024.csv\""))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(75);
        assertThat(lines[0]).startsWith("theme,theme_title,code").endsWith(",last_changed_by_id,open_comments");
        assertThat(csv).contains(",CI010,Characteristic CI010,AMBER,final,");
        for (int i = 1; i < lines.length; i++) assertThat(lines[i]).as("each line ends with its open comments").matches(".*,\\d+");
    }

    @Test
    @AsPlanner
    void theHeatMapAndItsFilesAnswer304ToTheirOwnETag() {
        String json = Contract.answers304ToItsETag(null, HEAT_MAP, HISTORY.cycle2024);
        String csv = Contract.answers304ToItsETag(CSV, HEAT_MAP, HISTORY.cycle2024);
        assertThat(csv).as("each format has its own ETag").isNotEqualTo(json);
        Contract.answers304ToItsETag(XLSX, HEAT_MAP, HISTORY.cycle2024);
        Contract.answers304ToItsETag(null, "/reports/cycles/{id}/summary", HISTORY.cycle2024);
        Contract.answers304ToItsETag(null, "/reports/cycles/{id}/year-on-year", HISTORY.cycle2025);
        Contract.answers304ToItsETag(null, "/reports/cycles/{id}/agreement", HISTORY.cycle2024);
        Contract.answers304ToItsETag(CSV, "/reports/cycles/{id}/action-plan", HISTORY.cycle2024);
        // A JSON ETag does not match the CSV: the CSV is sent again.
        given().accept(CSV).header("If-None-Match", json).get(HEAT_MAP, HISTORY.cycle2024).then().statusCode(200);
    }

    @Test
    @AsLeadership
    void theCommitteePackHasItsFourSections() throws Exception {
        byte[] pdf = given().accept(PDF).get("/reports/cycles/{id}/committee-pack", HISTORY.cycle2025).then().statusCode(200)
                .contentType(PDF).header("Content-Disposition", equalTo("attachment; filename=\"committee-pack-2025.pdf\""))
                .extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            StringBuilder text = new StringBuilder();
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) text.append(extractor.getTextFromPage(p)).append('\n');
            // The movements and statuses in words, never a constant such as NOT_COMPARABLE or IN_PROGRESS.
            assertThat(text.toString()).contains("Year on year: 2024 to 2025").containsAnyOf("Improved", "Declined", "New", "Removed")
                    .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
        } finally {
            reader.close();
        }
        given().accept(ContentType.JSON).get("/reports/cycles/{id}/committee-pack", HISTORY.cycle2025).then().spec(problem(406, "not-acceptable"));
    }

    @Test
    @AsPlanner
    void theCouncilsCyclesAreAPageNewestYearFirst() {
        given().get("/reports/cycles").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(50)).body("total", equalTo(2))
                .body("items.year", contains(2025, 2024))
                .body("items.cycleId", hasItem(HISTORY.cycle2024))
                .body("items.find { it.cycleId == '" + HISTORY.cycle2024 + "' }.snapshotAsOf", equalTo("2024-06-10T17:00:00Z"));
        given().queryParam("sort", "year").queryParam("size", 1).get("/reports/cycles").then().statusCode(200)
                .body("items.year", contains(2024)).body("total", equalTo(2)).body("size", equalTo(1));
        given().queryParam("page", 1).queryParam("size", 1).get("/reports/cycles").then().statusCode(200)
                .body("items.year", contains(2024));
        given().queryParam("page", 5).get("/reports/cycles").then().statusCode(200).body("items", hasSize(0))
                .body("total", equalTo(2));
    }

    @Test
    @AsPlanner
    void badPagingParametersAreRefusedNamingTheParameter() {
        Contract.refusesBadPaging("/reports/cycles");
        Contract.refusesBadPaging(HISTORY_PATH.replace("{id}", HISTORY.cycle2024).replace("{code}", "CI010"));
    }

    @Test
    @AsPlanner
    void theCorrelationIdIsEchoedOnEveryAnswer() {
        given().header("X-Correlation-Id", "report-run-42").get(HEAT_MAP, HISTORY.cycle2024).then().statusCode(200)
                .header("X-Correlation-Id", equalTo("report-run-42"));
        given().header("X-Correlation-Id", "rebuild-try-7").post("/admin/projections/rebuild").then().spec(problem(403, "forbidden"))
                .header("X-Correlation-Id", equalTo("rebuild-try-7"));
        given().get("/reports/cycles").then().header("X-Correlation-Id", notNullValue());
    }
}
