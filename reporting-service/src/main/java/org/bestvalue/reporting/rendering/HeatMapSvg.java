package org.bestvalue.reporting.rendering;

import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.HeatMap;

import org.bestvalue.eventkit.text.InWords;

/**
 * The heat-map as an SVG image. Every cell carries its code and its colour's name as text (and a
 * title for screen readers), so it reads without colour too; cross-references read "see …". The text is for
 * people ("as of 10 June 2024", "Light green"); only the {@code data-colour} attribute keeps the constant, for scripts.
 */
public final class HeatMapSvg {
    private static final int CELL_W = 118;
    private static final int CELL_H = 44;
    private static final int LABEL_W = 300; // fits "Partnerships and Community Engagement" in bold
    private static final int HEADER_H = 70;

    private HeatMapSvg() {
    }

    public static String render(HeatMap map) {
        int columns = map.themes().stream().mapToInt(t -> t.cells().size()).max().orElse(1);
        int width = LABEL_W + columns * CELL_W + 20;
        int height = HEADER_H + map.themes().size() * CELL_H + 70;
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"title\" font-family=\"Arial, Helvetica, sans-serif\">\n");
        String title = "Best Value self-assessment heat-map " + map.year()
                + (map.asOf() == null ? "" : " as of " + InWords.date(map.asOf()));
        s.append("<title id=\"title\">").append(esc(title)).append("</title>\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        s.append(text(10, 28, 18, "bold", "#000000", title));
        s.append(text(10, 52, 13, "normal", "#000000", map.summary().greenSentence()));
        int y = HEADER_H;
        for (HeatMap.ThemeRow row : map.themes()) {
            s.append("<g class=\"theme\" data-theme=\"").append(esc(row.code())).append("\">\n");
            s.append(text(10, y + 27, 12, "bold", "#000000", row.title() + (row.thematicConcern() ? " (concern)" : "")));
            int x = LABEL_W;
            for (HeatMap.Cell cell : row.cells()) {
                String fill = cell.crossReference() ? "#ffffff" : cell.colour() == null ? "#f5f5f5" : cell.colour().fill;
                String ink = cell.colour() == null ? "#000000" : cell.colour().ink;
                String second = cell.crossReference() ? "see " + cell.crossReferenceTo()
                        : cell.colour() == null ? "not scored" : cell.colour().label;
                s.append("<g class=\"cell\" data-code=\"").append(esc(cell.code())).append("\" data-colour=\"")
                        .append(cell.colour() == null ? "" : cell.colour().name()).append("\">");
                s.append("<title>").append(esc(cell.code() + ": " + cell.title() + " — " + second)).append("</title>");
                s.append("<rect x=\"").append(x + 2).append("\" y=\"").append(y + 2).append("\" width=\"").append(CELL_W - 4)
                        .append("\" height=\"").append(CELL_H - 4).append("\" fill=\"").append(fill)
                        .append("\" stroke=\"#333333\"").append(cell.crossReference() ? " stroke-dasharray=\"4 3\"" : "")
                        .append("/>");
                s.append(text(x + 8, y + 19, 12, "bold", ink, cell.code()));
                s.append(text(x + 8, y + 35, 11, "normal", ink, second));
                s.append("</g>\n");
                x += CELL_W;
            }
            s.append("</g>\n");
            y += CELL_H;
        }
        int lx = 10;
        y += 25;
        for (Colour c : Colour.values()) {
            s.append("<rect x=\"").append(lx).append("\" y=\"").append(y - 12).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(c.fill).append("\" stroke=\"#333333\"/>");
            String label = c.label + " " + map.summary().totals().counts().get(c);
            s.append(text(lx + 20, y, 12, "normal", "#000000", label));
            lx += 30 + label.length() * 7;
        }
        s.append("\n</svg>\n");
        return s.toString();
    }

    private static String text(int x, int y, int size, String weight, String fill, String value) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"" + size + "\" font-weight=\"" + weight + "\" fill=\""
                + fill + "\">" + esc(value) + "</text>";
    }

    static String esc(String v) {
        if (v == null) return "";
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
