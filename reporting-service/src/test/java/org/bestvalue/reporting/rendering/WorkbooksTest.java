package org.bestvalue.reporting.rendering;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bestvalue.eventkit.people.Person;
import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.actionplan.ActionStatus;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbooksTest {
    static final ActionPlan PLAN = new ActionPlan("c", 2024, LocalDate.of(2024, 11, 1), List.of(), Map.of(), 0, 0, List.of());

    @Test
    void theSameFiguresGiveTheSameBytesSoTheETagHolds() throws Exception {
        byte[] first = Workbooks.actionPlan(PLAN);
        Thread.sleep(2100); // past the zip format's two-second clock
        byte[] second = Workbooks.actionPlan(PLAN);
        assertThat(second).isEqualTo(first);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(second))) {
            assertThat(wb.getNumberOfSheets()).isPositive();
        }
    }

    @Test
    void theActionPlanSheetShowsStatusAndRagInWordsAndRealDatesTheUkWay() throws Exception {
        ActionPlan.Action action = new ActionPlan.Action("a1", "o1", "CI010", "Join a benchmarking club", List.of("officer-7"),
                "Corporate Performance", "2024-Q3", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30), ActionStatus.IN_PROGRESS,
                40, "AMBER", "Membership agreed", LocalDate.of(2024, 8, 19), null, null, null, null, List.of(),
                LocalDate.of(2024, 9, 30), true, false, false,
                List.of(new Person("officer-7", "Dana Okafor", "Corporate Performance Manager", false)));
        ActionPlan plan = new ActionPlan("c", 2024, LocalDate.of(2024, 11, 1), List.of(new ActionPlan.Opportunity("o1", "CI010",
                "Benchmarking", "CI", "Limited evidence for the narrative so far: see the reviewer's rationale", "SCORE", "AMBER",
                List.of(action))), Map.of(ActionStatus.IN_PROGRESS, 1), 1, 1, List.of(action));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.actionPlan(plan)))) {
            Row row = wb.getSheet("Action plan").getRow(1);
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("In progress");
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo("Amber");
            for (int col : new int[]{7, 8, 13}) {
                assertThat(DateUtil.isCellDateFormatted(row.getCell(col))).as("column %d is a date cell", col).isTrue();
            }
            assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 7, 1));
            DataFormatter shown = new DataFormatter(Locale.UK);
            assertThat(shown.formatCellValue(row.getCell(7))).isEqualTo("1 July 2024");
            assertThat(shown.formatCellValue(row.getCell(13))).isEqualTo("30 September 2024");
            assertThat(textOf(wb.getSheet("Action plan"), shown)).doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b")
                    .doesNotContain("AMBER").doesNotContain("2024-07-01");
        }
    }

    static String textOf(Sheet sheet, DataFormatter shown) {
        StringBuilder s = new StringBuilder();
        for (Row row : sheet) row.forEach(cell -> s.append(shown.formatCellValue(cell)).append('\t'));
        return s.toString();
    }
}
