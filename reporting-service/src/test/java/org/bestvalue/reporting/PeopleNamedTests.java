package org.bestvalue.reporting;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bestvalue.eventkit.people.Person;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bestvalue.reporting.Contract.PDF;
import static org.bestvalue.reporting.Contract.XLSX;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * People are named, not numbered: every report that names a person carries the name and job title beside the id,
 * the documents show names instead of ids, someone who left shows as a former user, and the public sees job titles only.
 */
@QuarkusTest
class PeopleNamedTests extends FedTests {
    static final CouncilHistory HISTORY = new CouncilHistory("named-borough").year2024().publish2024();
    static final String PLAN = "/reports/cycles/{id}/action-plan";

    @Inject
    ObjectMapper mapper;

    PeopleNamedTests() {
        super(HISTORY);
    }

    @Test
    @AsNamedBoroughPlanner
    void theActionPlanNamesEachOfficerWithTheirJobTitleAndALeaverAsAFormerUser() {
        given().get(PLAN, HISTORY.cycle2024).then().statusCode(200)
                .body("opportunities[0].actions[0].officers[0]", equalTo("officer-7"))
                .body("opportunities[0].actions[0].officerPeople[0]",
                        equalTo(json(Person.known("officer-7", "Dana Okafor", "Corporate Performance Manager"))))
                .body("opportunities[1].actions[0].officerPeople.find { it.id == 'officer-8' }", equalTo(json(Person.former("officer-8"))));
    }

    /** The person as the service answers it: the kit's {@link Person} through the service's JSON mapper. */
    private Map<String, Object> json(Person person) {
        return mapper.convertValue(person, new TypeReference<Map<String, Object>>() {
        });
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "council", value = "named-borough"))
    void theAuditTrailSaysWhoByNameAndRole() {
        given().get("/reports/cycles/{id}/characteristics/{code}/history", HISTORY.cycle2024, "CI010").then().statusCode(200)
                .body("items.find { it.actor == 'moderator-1' }.actorPerson",
                        equalTo(json(Person.known("moderator-1", "Sam Whitfield", "Bid and Grants Officer"))));
    }

    @Test
    @AsNamedBoroughPlanner
    void theSpreadsheetAndTheCommitteePackShowNamesAndJobTitlesAndNoUserId() throws Exception {
        byte[] xlsx = given().accept(XLSX).get(PLAN, HISTORY.cycle2024).then().statusCode(200).extract().asByteArray();
        assertThat(column(xlsx, "Action plan", 4)).contains("Dana Okafor, Corporate Performance Manager",
                "Lee Marsh, HR Business Partner", "Former user").doesNotContain("officer-");
        byte[] pdf = given().accept(PDF).get("/reports/cycles/{id}/committee-pack", HISTORY.cycle2024).then().statusCode(200)
                .extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) text.append(extractor.getTextFromPage(p)).append('\n');
            assertThat(text.toString()).contains("Dana Okafor").doesNotContain("officer-7").doesNotContain("officer-9");
            // Plain English, as the council writes for committee: colours and statuses in words, dates the UK way.
            assertThat(text.toString()).contains("Light green", "In progress", "1 July 2024")
                    .containsPattern("30\\s+September\\s+2024") // the timeline column wraps
                    .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b").doesNotContain("IN_PROGRESS", "LIGHT_GREEN", "2024-07-01");
        } finally {
            reader.close();
        }
    }

    @Test
    @AsNamedBoroughPlanner
    void theHeatMapNamesWhoLastChangedEachCellAndItsSpreadsheetShowsNoUserId() throws Exception {
        given().get("/reports/cycles/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .body("themes[0].cells.find { it.code == 'CI010' }.lastChangedBy", equalTo("leader-1"))
                .body("themes[0].cells.find { it.code == 'CI010' }.lastChangedByPerson.name", equalTo("Alex Morgan"));
        byte[] xlsx = given().accept(XLSX).get("/reports/cycles/{id}/heat-map", HISTORY.cycle2024).then().statusCode(200)
                .extract().asByteArray();
        assertThat(column(xlsx, "Characteristics", 7)).contains("Alex Morgan, Assistant Chief Executive").doesNotContain("leader-1");
    }

    @Test
    void thePublicSeesJobTitlesButNoPersonalName() {
        given().get("/public/councils/named-borough/cycles/{id}/action-plan", HISTORY.cycle2024).then().statusCode(200)
                .body("opportunities[0].actions[0].responsible[0]", equalTo("Corporate Performance Manager"))
                .body(not(containsString("Dana Okafor")))
                .body(not(containsString("officer-7")));
    }

    /** The text of a spreadsheet column below its header row, one line per non-empty cell. */
    private static String column(byte[] xlsx, String sheetName, int column) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet(sheetName);
            StringBuilder text = new StringBuilder();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(column);
                if (cell != null) text.append(cell.getStringCellValue()).append('\n');
            }
            return text.toString();
        }
    }
}
