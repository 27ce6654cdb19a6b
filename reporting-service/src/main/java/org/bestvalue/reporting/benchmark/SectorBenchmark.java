package org.bestvalue.reporting.benchmark;

import org.bestvalue.reporting.catalogue.FrameworkVersion;
import org.bestvalue.reporting.heatmap.Colour;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The sector benchmark's rules, pure: per characteristic, how many sharing councils reached each final colour,
 * and where one council stands among them. A characteristic fewer than {@link #MINIMUM_COUNCILS} councils have a
 * final colour for is suppressed: no counts and no standing, only the reason, so that no council's colour can be
 * told from the figures. The inputs carry no council id: {@link SharedFinalColours} hands over one anonymous map of
 * colours per council, and nothing here could name one.
 */
public final class SectorBenchmark {
    /** Below this many councils with a final colour, a characteristic's counts are not shown. */
    public static final int MINIMUM_COUNCILS = 5;

    private SectorBenchmark() {
    }

    /** The benchmark of a framework version. */
    public record Benchmark(String frameworkLabel, String frameworkName, int minimumCouncils, Integer councils,
                            boolean suppressed, String sentence, List<ThemeBenchmark> themes) {
    }

    public record ThemeBenchmark(String code, String title, List<CharacteristicBenchmark> characteristics) {
    }

    /**
     * One characteristic: the counts per colour (every colour of the scale, zeros included) when at least
     * {@link #MINIMUM_COUNCILS} councils have a final colour for it; else {@code suppressed} with the reason and no counts.
     */
    public record CharacteristicBenchmark(String code, String title, boolean suppressed, String suppressedReason,
                                          Integer councils, List<ColourCount> counts, Standing standing) {
    }

    /** How many councils' final colour this is, the colour named in words. */
    public record ColourCount(Colour colour, String colourName, int councils) {
    }

    /**
     * Where the caller stands: its own final colour and how many of the other councils are better, the same or worse
     * on the scale (grey, outside officers' control, is on no scale: counted apart), said in a sentence.
     */
    public record Standing(Colour colour, String colourName, Integer better, Integer same, Integer worse, Integer grey,
                           String sentence) {
    }

    /**
     * The benchmark over the councils' final colours.
     *
     * @param others one map per other council counted (characteristic code → final colour)
     * @param yours  the caller's final colours, counted in the distribution too; null for the public view (no standing)
     */
    public static Benchmark of(FrameworkVersion framework, Collection<Map<String, Colour>> others, Map<String, Colour> yours) {
        List<Map<String, Colour>> all = new ArrayList<>(others);
        if (yours != null) all.add(yours);
        int councils = (int) all.stream().filter(m -> !m.isEmpty()).count();
        boolean suppressed = councils < MINIMUM_COUNCILS;
        List<ThemeBenchmark> themes = new ArrayList<>();
        for (FrameworkVersion.Theme theme : framework.themes().stream()
                .sorted(Comparator.comparingInt(FrameworkVersion.Theme::order)).toList()) {
            List<CharacteristicBenchmark> rows = framework.characteristicsOf(theme.code()).stream()
                    .filter(FrameworkVersion.Characteristic::scoreable)
                    .sorted(Comparator.comparingInt(FrameworkVersion.Characteristic::order))
                    .map(c -> characteristic(c, all, others, yours)).toList();
            themes.add(new ThemeBenchmark(theme.code(), theme.title(), rows));
        }
        String sentence = suppressed
                ? "Fewer than " + MINIMUM_COUNCILS + " councils share final colours on this framework version, so no counts are shown."
                : councils + " councils share final colours on this framework version.";
        return new Benchmark(framework.label(), framework.name(), MINIMUM_COUNCILS, suppressed ? null : councils, suppressed,
                sentence, themes);
    }

    static CharacteristicBenchmark characteristic(FrameworkVersion.Characteristic c, List<Map<String, Colour>> all,
                                                  Collection<Map<String, Colour>> others, Map<String, Colour> yours) {
        Map<Colour, Integer> counts = new EnumMap<>(Colour.class);
        for (Colour colour : Colour.values()) counts.put(colour, 0);
        int councils = 0;
        for (Map<String, Colour> council : all) {
            Colour colour = council.get(c.code());
            if (colour == null) continue;
            councils++;
            counts.merge(colour, 1, Integer::sum);
        }
        if (councils < MINIMUM_COUNCILS) {
            String reason = "Fewer than " + MINIMUM_COUNCILS + " councils have a final colour for " + c.code()
                    + ", so the counts are not shown: they could tell one council's colour.";
            Standing standing = yours == null ? null : suppressedStanding(c.code(), yours.get(c.code()));
            return new CharacteristicBenchmark(c.code(), c.title(), true, reason, null, null, standing);
        }
        List<ColourCount> list = new ArrayList<>();
        counts.forEach((colour, n) -> list.add(new ColourCount(colour, colour.label, n)));
        Standing standing = yours == null ? null : standing(c.code(), yours.get(c.code()),
                others.stream().map(m -> m.get(c.code())).filter(java.util.Objects::nonNull).toList());
        return new CharacteristicBenchmark(c.code(), c.title(), false, null, councils, List.copyOf(list), standing);
    }

    /** Where a colour stands among the other councils' colours for the same characteristic. */
    static Standing standing(String code, Colour yours, List<Colour> others) {
        if (yours == null) {
            return new Standing(null, null, null, null, null, null, "You have no final colour for " + code + " yet.");
        }
        int grey = (int) others.stream().filter(o -> !o.onScale()).count();
        if (!yours.onScale()) {
            return new Standing(yours, yours.label, null, null, null, grey, "Yours is grey (outside officers' control), "
                    + "which is on no scale, so it is not compared; " + grey + " of the other councils " + are(grey)
                    + " grey too.");
        }
        int better = 0;
        int same = 0;
        int worse = 0;
        for (Colour o : others) {
            if (!o.onScale()) continue;
            if (o.rank > yours.rank) better++;
            else if (o.rank == yours.rank) same++;
            else worse++;
        }
        StringBuilder s = new StringBuilder("Yours is ").append(yours.label.toLowerCase(java.util.Locale.ROOT))
                .append(". Of the other councils, ").append(better).append(' ').append(are(better)).append(" better, ")
                .append(same).append(' ').append(are(same)).append(" the same and ")
                .append(worse).append(' ').append(are(worse)).append(" worse");
        if (grey > 0) s.append("; ").append(grey).append(' ').append(are(grey)).append(" grey (not compared)");
        return new Standing(yours, yours.label, better, same, worse, grey, s.append('.').toString());
    }

    private static Standing suppressedStanding(String code, Colour yours) {
        String mine = yours == null ? "You have no final colour for " + code + " yet. "
                : "Yours is " + yours.label.toLowerCase(java.util.Locale.ROOT) + ". ";
        return new Standing(yours, yours == null ? null : yours.label, null, null, null, null,
                mine + "Where you stand is not shown while fewer than " + MINIMUM_COUNCILS + " councils have a final colour for it.");
    }

    private static String are(int n) {
        return n == 1 ? "is" : "are";
    }
}
