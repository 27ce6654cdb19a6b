package org.bestvalue.reporting.rendering;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bestvalue.eventkit.text.InWords;
import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.HeatMap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * XLSX exports made with Apache POI: the heat-map grid (coloured and labelled), its summary, and the action plan.
 * They are for people (officers, committee clerks): colours, statuses and RAG in words ("Light green", "In progress",
 * "Amber"), and dates as real date cells (they sort and filter) shown the UK way ("10 June 2024", London time).
 */
public final class Workbooks {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    public static byte[] heatMap(HeatMap map, ActionPlan plan) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = bold(wb);
            CellStyle dateTime = format(wb, InWords.SPREADSHEET_DATE_TIME_FORMAT);
            Map<Colour, CellStyle> fills = new EnumMap<>(Colour.class);
            for (Colour c : Colour.values()) fills.put(c, fill(wb, c));

            Sheet grid = wb.createSheet("Heat-map");
            int r = 0;
            set(grid.createRow(r++), 0, "Heat-map " + map.year() + (map.asOf() == null ? "" : " as of " + InWords.date(map.asOf())), bold);
            set(grid.createRow(r++), 0, map.summary().greenSentence(), null);
            r++;
            for (HeatMap.ThemeRow theme : map.themes()) {
                Row row = grid.createRow(r++);
                set(row, 0, theme.title(), bold);
                int col = 1;
                for (HeatMap.Cell cell : theme.cells()) {
                    String label = cell.crossReference() ? cell.code() + " see " + cell.crossReferenceTo()
                            : cell.code() + " " + (cell.colour() == null ? "not scored" : cell.colour().label);
                    set(row, col++, label, cell.colour() == null ? null : fills.get(cell.colour()));
                }
            }
            grid.setColumnWidth(0, 40 * 256);
            for (int c = 1; c <= 12; c++) grid.setColumnWidth(c, 20 * 256);

            Sheet cells = wb.createSheet("Characteristics");
            r = 0;
            header(cells.createRow(r++), bold, "Theme", "Code", "Characteristic", "Colour", "Status", "Cross-reference",
                    "Last changed at", "Last changed by", "Open comments");
            for (HeatMap.ThemeRow theme : map.themes()) {
                for (HeatMap.Cell cell : theme.cells()) {
                    Row row = cells.createRow(r++);
                    set(row, 0, theme.code(), null);
                    set(row, 1, cell.code(), null);
                    set(row, 2, cell.title(), null);
                    set(row, 3, cell.colour() == null ? "" : cell.colour().label, cell.colour() == null ? null : fills.get(cell.colour()));
                    set(row, 4, InWords.capitalised(cell.status()), null);
                    set(row, 5, cell.crossReferenceTo(), null);
                    dateTime(row, 6, cell.lastChangedAt(), dateTime);
                    set(row, 7, cell.lastChangedByPerson() == null ? null : cell.lastChangedByPerson().label(), null);
                    if (cell.openComments() != null) row.createCell(8).setCellValue(cell.openComments());
                }
            }

            Sheet summary = wb.createSheet("Summary");
            r = 0;
            header(summary.createRow(r++), bold, "Theme", "Characteristics", "Dark green", "Light green", "Yellow", "Amber",
                    "Red", "Grey", "Not scored", "Green", "Green %", "Thematic concern");
            for (HeatMap.ThemeRow theme : map.themes()) breakdown(summary.createRow(r++), theme.title(), theme.breakdown(),
                    theme.thematicConcern());
            breakdown(summary.createRow(r++), "All themes", map.summary().totals(), !map.summary().thematicConcerns().isEmpty());
            r++;
            for (String sentence : map.summary().sentences()) set(summary.createRow(r++), 0, sentence, null);
            summary.setColumnWidth(0, 40 * 256);

            if (plan != null) actionPlanSheet(wb, plan, bold);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] actionPlan(ActionPlan plan) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            actionPlanSheet(wb, plan, bold(wb));
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void actionPlanSheet(XSSFWorkbook wb, ActionPlan plan, CellStyle bold) {
        Sheet sheet = wb.createSheet("Action plan");
        CellStyle date = format(wb, InWords.SPREADSHEET_DATE_FORMAT);
        int r = 0;
        header(sheet.createRow(r++), bold, "Characteristic", "Title", "Opportunity for improvement", "Action",
                "Officers responsible", "Service area", "Indicative timeline", "Start", "End", "Status", "Progress %",
                "RAG", "Latest progress", "Due by", "Overdue");
        for (ActionPlan.Opportunity o : plan.opportunities()) {
            List<ActionPlan.Action> actions = o.actions().isEmpty() ? java.util.Collections.singletonList(null) : o.actions();
            for (ActionPlan.Action a : actions) {
                Row row = sheet.createRow(r++);
                set(row, 0, o.characteristicCode(), null);
                set(row, 1, o.characteristicTitle(), null);
                set(row, 2, o.gap(), null);
                if (a == null) continue;
                set(row, 3, a.description(), null);
                set(row, 4, a.officersByName(), null);
                set(row, 5, a.serviceArea(), null);
                set(row, 6, a.indicativeTimeline(), null);
                date(row, 7, a.start(), date);
                date(row, 8, a.end(), date);
                set(row, 9, InWords.capitalised(a.status()), null);
                if (a.percent() != null) row.createCell(10).setCellValue(a.percent());
                set(row, 11, InWords.capitalised(a.rag()), null);
                set(row, 12, a.latestProgress(), null);
                date(row, 13, a.dueBy(), date);
                set(row, 14, a.overdue() ? "yes" : "no", null);
            }
        }
        for (int c = 0; c < 15; c++) sheet.setColumnWidth(c, (c == 2 || c == 3 ? 50 : 16) * 256);
    }

    private static void breakdown(Row row, String name, HeatMap.Breakdown b, boolean concern) {
        set(row, 0, name, null);
        row.createCell(1).setCellValue(b.characteristics());
        int col = 2;
        for (Colour c : Colour.values()) row.createCell(col++).setCellValue(b.counts().get(c));
        row.createCell(col++).setCellValue(b.unscored());
        row.createCell(col++).setCellValue(b.green());
        row.createCell(col++).setCellValue(b.greenPercent());
        set(row, col, concern ? "yes" : "no", null);
    }

    private static void header(Row row, CellStyle bold, String... titles) {
        for (int i = 0; i < titles.length; i++) set(row, i, titles[i], bold);
    }

    private static void set(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        if (value != null) cell.setCellValue(value);
        if (style != null) cell.setCellStyle(style);
    }

    /** A real date cell (it sorts and filters as a date), shown as "10 June 2024"; empty for null. */
    private static void date(Row row, int col, LocalDate value, CellStyle style) {
        if (value == null) return;
        var cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** An instant as a real date-time cell on the London clock, shown as "10 June 2024 18:00"; empty for null. */
    private static void dateTime(Row row, int col, Instant value, CellStyle style) {
        if (value == null) return;
        var cell = row.createCell(col);
        cell.setCellValue(value.atZone(InWords.LONDON).toLocalDateTime());
        cell.setCellStyle(style);
    }

    private static CellStyle format(XSSFWorkbook wb, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(format));
        return s;
    }

    private static CellStyle bold(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        s.setFont(f);
        return s;
    }

    private static CellStyle fill(XSSFWorkbook wb, Colour c) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFillForegroundColor(new XSSFColor(rgb(c.fill), null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        XSSFFont f = wb.createFont();
        f.setColor(new XSSFColor(rgb(c.ink), null));
        s.setFont(f);
        return s;
    }

    private static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new byte[]{(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    /**
     * The workbook's bytes, the same for the same figures: its ETag is a digest of them, so neither the
     * creation time POI writes into the properties nor the zip entries' times may vary from one export to the next.
     */
    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        wb.getProperties().getCoreProperties().setCreated(java.util.Optional.empty());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        wb.write(written);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry fixed = new ZipEntry(e.getName());
                fixed.setTime(FIXED_ENTRY_TIME);
                zip.putNextEntry(fixed);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** 1 January 2000, local time: any constant will do. */
    private static final long FIXED_ENTRY_TIME = new java.util.GregorianCalendar(2000, java.util.Calendar.JANUARY, 1).getTimeInMillis();
}
