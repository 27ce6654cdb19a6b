package org.bestvalue.assessment.framework.file;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the characteristics out of a saved web page of the published guidance (HTML), as the guide lays
 * them out: under each theme's heading, a heading (or a paragraph of its own) "Characteristics of a
 * well-functioning authority" followed by a list, one item per characteristic. Everything else on the
 * page (other sections, the lists of indicators of potential failure, menus) is left alone. The theme is
 * the nearest heading above the characteristics heading that is of a higher rank (h2 to h6; h1 is the
 * page's title). A page that does not fit is rejected with every problem found, by line.
 */
public final class GuidePageReader {
    /** The heading the guide puts above each theme's characteristics. */
    static final Pattern MARKER = Pattern.compile("^characteristics of an? well[- ]functioning (local )?authorit(y|ies)\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** Leading numbering of a theme heading: "1.", "2)", "Theme 3:". */
    static final Pattern NUMBERING = Pattern.compile("^(theme\\s*)?\\d+(\\.\\d+)*\\s*[.:)\\-–]?\\s+", Pattern.CASE_INSENSITIVE);
    private static final int PARAGRAPH_RANK = 7;

    private record Pending(ThemeBuilder theme, GuideText.At at) {
    }

    private static final class ThemeBuilder {
        final String title;
        final GuideText.At at;
        final List<GuideText.Item> items = new ArrayList<>();

        ThemeBuilder(String title, GuideText.At at) {
            this.title = title;
            this.at = at;
        }
    }

    /** @throws FrameworkFileRejected when the page holds no characteristics, or holds them where no theme is */
    public GuideText read(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<FileProblem> problems = new ArrayList<>();
        Map<Element, ThemeBuilder> themes = new LinkedHashMap<>();
        Element[] headingAtRank = new Element[PARAGRAPH_RANK + 1];
        Pending pending = null;
        for (Element el : doc.body().select("h1, h2, h3, h4, h5, h6, p, ul, ol")) {
            String tag = el.normalName();
            if (tag.equals("ul") || tag.equals("ol")) {
                if (pending == null || el.parents().is("li")) continue; // another list, or a list inside an item
                for (Element li : el.children()) {
                    if (!li.normalName().equals("li")) continue;
                    String text = clean(li.text());
                    if (text.isEmpty()) problems.add(problem(li, "an empty item in the list of characteristics"));
                    else pending.theme.items.add(new GuideText.Item(text, at(li)));
                }
                if (pending.theme.items.isEmpty() && problems.isEmpty())
                    problems.add(new FileProblem(pending.at.line(), pending.at.column(), "$", "the list of characteristics is empty"));
                pending = null;
                continue;
            }
            String text = clean(el.text());
            boolean marker = MARKER.matcher(text).matches();
            int rank = tag.equals("p") ? PARAGRAPH_RANK : tag.charAt(1) - '0';
            if (tag.equals("p") && !marker) continue;
            if (pending != null) {
                problems.add(new FileProblem(pending.at.line(), pending.at.column(), "$",
                        "a characteristics heading with no list after it (the next is '" + shorten(text) + "' on line " + line(el) + ")"));
                pending = null;
            }
            if (!marker) {
                headingAtRank[rank] = el;
                for (int r = rank + 1; r < headingAtRank.length; r++) headingAtRank[r] = null;
                continue;
            }
            Element themeHeading = null;
            for (int r = Math.min(rank - 1, 6); r >= 2 && themeHeading == null; r--) themeHeading = headingAtRank[r];
            if (themeHeading == null) {
                problems.add(problem(el, "a characteristic heading without a theme: put it under the theme's heading (h2 to h"
                        + Math.min(rank - 1, 6) + ")"));
                continue;
            }
            String title = NUMBERING.matcher(clean(themeHeading.text())).replaceFirst("");
            Element key = themeHeading;
            ThemeBuilder theme = themes.computeIfAbsent(key, k -> new ThemeBuilder(title, at(k)));
            pending = new Pending(theme, at(el));
        }
        if (pending != null)
            problems.add(new FileProblem(pending.at.line(), pending.at.column(), "$", "a characteristics heading with no list after it"));
        if (problems.isEmpty() && themes.isEmpty()) {
            problems.add(new FileProblem(1, 1, "$", "no 'Characteristics of a well-functioning authority' heading: this does not look "
                    + "like a page of the guide (save the guide's own page as HTML, or paste its characteristics as CSV or JSON)"));
        }
        if (!problems.isEmpty()) throw new FrameworkFileRejected(problems);
        List<GuideText.ThemeText> out = new ArrayList<>();
        for (ThemeBuilder t : themes.values()) out.add(new GuideText.ThemeText(t.title, t.at, List.copyOf(t.items)));
        return new GuideText(out);
    }

    static String clean(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static GuideText.At at(Element el) {
        Range.Position p = el.sourceRange().start();
        // An element the parser implied (not in the source) has no position.
        return p.lineNumber() < 1 ? new GuideText.At(null, null, "$") : new GuideText.At(p.lineNumber(), p.columnNumber(), "$");
    }

    private static String line(Element el) {
        Integer l = at(el).line();
        return l == null ? "?" : l.toString();
    }

    private static FileProblem problem(Element el, String message) {
        GuideText.At a = at(el);
        return new FileProblem(a.line(), a.column(), "$", message);
    }
}
