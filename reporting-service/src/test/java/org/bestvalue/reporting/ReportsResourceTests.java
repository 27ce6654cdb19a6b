package org.bestvalue.reporting;

import com.lowagie.text.pdf.PdfReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.reporting.projection.ReportingConsumers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** The REST contract of the council's reports, including the errors and their problem+json bodies. */
@QuarkusTest
class CycleReportsResourceTests {
    static final CouncilHistory HISTORY = new CouncilHistory("demo-borough").year2024().year2025();

    @Inject
    ReportingConsumers consumers;
    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    @BeforeEach
    void feed() {
        Feed.all(consumers, pool, HISTORY.events());
    }

    @Test
    @TestSecurity(user = "planner-1", roles = "planner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void aPlannerReadsTheHeatMapWithItsSummary() {
        given().get("/cycles/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .contentType(ContentType.JSON)
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
    @TestSecurity(user = "leader-1", roles = "leadership")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void theHeatMapAsOfAnInstantBeforeLeadershipReviewShowsTheEarlierColours() {
        given().queryParam("asOf", CouncilHistory.BEFORE_LEADERSHIP_REVIEW.toString())
                .get("/cycles/{id}/summary", HISTORY.cycle2024).then().statusCode(200)
                .body("totals.counts.YELLOW", equalTo(18))
                .body("statuses.moderated", equalTo(73));
        given().queryParam("asOf", "2024-06-10").get("/cycles/{id}/summary", HISTORY.cycle2024).then().statusCode(200)
                .body("greenSentence", equalTo("55 of 73 (75%) green"));
    }

    @Test
    @TestSecurity(user = "planner-1", roles = "planner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void anUnreadableAsOfIsABadRequestNamingTheField() {
        given().queryParam("asOf", "last tuesday").get("/cycles/{id}/heat-map", HISTORY.cycle2024).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("asOf"));
    }

    @Test
    void withoutATokenTheReportsAreUnauthorised() {
        given().get("/cycles/{id}/heat-map", HISTORY.cycle2024).then().statusCode(401);
        given().post("/admin/rebuild").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "planner-1", roles = "planner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void onlyAuditorsAndAdminsReadTheAuditTrail() {
        given().get("/cycles/{id}/characteristics/CI010/audit-trail", HISTORY.cycle2024).then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    @TestSecurity(user = "planner-1", roles = "planner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void onlyAdminsRebuild() {
        given().post("/admin/rebuild").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void anAuditorReadsEveryChangeInOrder() {
        String code = CouncilHistory.REVISED_BY_LEADERSHIP.get(1);
        given().get("/cycles/{id}/characteristics/{code}/audit-trail", HISTORY.cycle2024, code).then().statusCode(200)
                .body("changes.event", contains("ScoreRecorded", "ScoreModerated", "LeadershipReviewed", "ScoreFinalised"))
                .body("changes[2].from", equalTo("YELLOW")).body("changes[2].to", equalTo("LIGHT_GREEN"))
                .body("changes[2].actor", equalTo("leader-1"))
                .body("changes[2].reason", equalTo("Further evidence supplied by the service"));
        given().get("/cycles/{id}/characteristics/XX999/audit-trail", HISTORY.cycle2024).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "planner-9", roles = {"planner", "auditor"})
    @OidcSecurity(claims = @Claim(key = "council", value = "other-borough"))
    void anotherCouncilsCycleIsNotFound() {
        given().get("/cycles/{id}/heat-map", HISTORY.cycle2024).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().get("/cycles/{id}/characteristics/CI010/audit-trail", HISTORY.cycle2024).then().statusCode(404);
        given().get("/cycles/{id}/action-plan", HISTORY.cycle2024).then().statusCode(404);
        given().get("/cycles").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "officer-7", roles = "action-owner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void anActionOwnerReadsTheActionPlanAndItsOverdueActions() {
        given().get("/cycles/{id}/action-plan", HISTORY.cycle2024).then().statusCode(200)
                .body("opportunities.characteristicCode", contains("CI010", "CI011"))
                .body("statusCounts.IN_PROGRESS", equalTo(1))
                .body("overdue", equalTo(1))
                .body("overdueActions[0].dueBy", equalTo("2024-09-30"));
        String csv = given().get("/cycles/{id}/action-plan.csv", HISTORY.cycle2024).then().statusCode(200)
                .extract().asString();
        assertThat(csv.split("\r\n")).hasSize(4);
    }

    @Test
    @TestSecurity(user = "reviewer-1", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void yearOnYearAndAgreementAreReadable() {
        given().get("/cycles/{id}/year-on-year", HISTORY.cycle2025).then().statusCode(200)
                .body("previous.year", equalTo(2024)).body("totals.NEW", equalTo(1)).body("totals.REMOVED", equalTo(1))
                .body("lines.find { it.code == 'G012' }.previousCodes", contains("G011"));
        given().get("/cycles/{id}/year-on-year", HISTORY.cycle2024).then().statusCode(404);
        given().get("/cycles/{id}/agreement", HISTORY.cycle2024).then().statusCode(200)
                .body("[0].pairs", equalTo(73)).body("[0].pairsExcludedAsGrey", equalTo(2));
    }

    @Test
    @TestSecurity(user = "planner-1", roles = "planner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void theSvgHeatMapParsesAsXmlAndLabelsEveryCell() throws Exception {
        byte[] svg = given().get("/cycles/{id}/heat-map.svg", HISTORY.cycle2024).then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).extract().asByteArray();
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
    @TestSecurity(user = "planner-1", roles = "planner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void theXlsxExportReadsBackWithTheSameFigures() throws Exception {
        byte[] xlsx = given().get("/cycles/{id}/heat-map.xlsx", HISTORY.cycle2024).then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet grid = wb.getSheet("Heat-map");
            assertThat(grid.getRow(1).getCell(0).getStringCellValue()).isEqualTo("55 of 73 (75%) green");
            assertThat(grid.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Continuous Improvement");
            assertThat(grid.getRow(3).getCell(10).getStringCellValue()).isEqualTo("CI010 Amber");
            Sheet characteristics = wb.getSheet("Characteristics");
            assertThat(characteristics.getLastRowNum()).isEqualTo(74);
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
    @TestSecurity(user = "planner-1", roles = "planner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void theCsvExportHasALinePerCharacteristic() {
        String csv = given().get("/cycles/{id}/heat-map.csv", HISTORY.cycle2024).then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(75);
        assertThat(lines[0]).startsWith("theme,theme_title,code");
        assertThat(csv).contains(",CI010,Characteristic CI010,AMBER,final,");
    }

    @Test
    @TestSecurity(user = "leader-1", roles = "leadership")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void theCommitteePackHasItsFourSections() throws Exception {
        byte[] pdf = given().get("/cycles/{id}/committee-pack.pdf", HISTORY.cycle2025).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(4);
        } finally {
            reader.close();
        }
    }

    @Test
    @TestSecurity(user = "planner-1", roles = "planner")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void theCouncilsCyclesAreListed() {
        given().get("/cycles").then().statusCode(200).body("cycleId", hasItem(HISTORY.cycle2024))
                .body("find { it.cycleId == '" + HISTORY.cycle2024 + "' }.snapshotAsOf", equalTo("2024-06-10T17:00:00Z"));
    }
}
