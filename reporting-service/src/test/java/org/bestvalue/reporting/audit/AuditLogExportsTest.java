package org.bestvalue.reporting.audit;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bestvalue.eventkit.people.Person;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log's files hold every entry: the CSV quotes what needs quoting, the XLSX goes on to a next sheet when full. */
class AuditLogExportsTest {
    static AuditEntry entry(int n, String why) {
        return new AuditEntry(UUID.nameUUIDFromBytes(("e" + n).getBytes()), "ActionDeferred",
                Instant.parse("2024-06-10T12:00:00Z").plusSeconds(n), "officer-7",
                Person.known("officer-7", "Dana Okafor", "Corporate Performance Manager"), "planner or action owner", "c-1",
                "CI010", null, "a-1", "action", "a-1", n, "Status", "In progress", "Deferred", why, "corr-1");
    }

    @Test
    void theCsvQuotesCommasQuotesAndLineBreaks() {
        String csv = AuditLogExports.csv(List.of(entry(1, "Budget, \"frozen\"\nuntil April")));
        String[] lines = csv.split("\r\n", 2);
        assertThat(lines[0]).startsWith("event_id,at,type,actor,actor_id,role,");
        assertThat(lines[1]).contains(",\"Dana Okafor, Corporate Performance Manager\",officer-7,planner or action owner,")
                .contains(",\"Budget, \"\"frozen\"\"\nuntil April\",corr-1");
    }

    @Test
    void aReasonThatLooksLikeAFormulaIsExportedAsText() {
        String csv = AuditLogExports.csv(List.of(entry(1, "=HYPERLINK(\"https://example.org\",\"click\")")));
        assertThat(csv.split("\r\n")[1]).contains(",\"'=HYPERLINK(\"\"https://example.org\"\",\"\"click\"\")\",corr-1");
    }

    @Test
    void aFullSheetContinuesOnTheNextWithItsHeaderSoNothingIsCapped() throws Exception {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) entries.add(entry(i, "why " + i));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(AuditLogExports.xlsx(entries, 2)))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            DataFormatter f = new DataFormatter();
            List<String> whys = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                var sheet = wb.getSheetAt(s);
                assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("When");
                for (int r = 1; r <= sheet.getLastRowNum(); r++) whys.add(f.formatCellValue(sheet.getRow(r).getCell(11)));
            }
            assertThat(whys).containsExactly("why 0", "why 1", "why 2", "why 3", "why 4");
        }
    }

    @Test
    void anEmptyLogIsASheetWithItsHeader() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(AuditLogExports.xlsx(List.of())))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getLastRowNum()).isZero();
        }
        assertThat(AuditLogExports.csv(List.of()).split("\r\n")).hasSize(1);
    }
}
