package org.bestvalue.reporting.rendering;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bestvalue.reporting.actionplan.ActionPlan;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
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
}
