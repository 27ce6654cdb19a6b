package org.bestvalue.reporting.agreement;

import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.ScoreEntry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the moderator agreed with the reviewers in one scoring round: for each characteristic the
 * reviewer's colour (the last one recorded before moderation) against the moderator's (the colour the
 * first moderation left). Exact agreement counts every pair; Cohen's kappa with linear weights runs over
 * the five-point ordinal scale and leaves out any pair with grey, which is not on that scale.
 */
public record InterRaterAgreement(String roundId, String roundName, String roundKind, int pairs, int exactAgreements,
                                  Double exactAgreementPercent, int pairsInKappa, int pairsExcludedAsGrey,
                                  Double weightedKappa, String kappaNote, List<Pair> details) {

    public record Pair(String characteristicCode, Colour reviewer, String reviewerId, Colour moderator,
                       String moderatorId, boolean agree) {
    }

    /** The scale the kappa runs over, best first. */
    static final Colour[] SCALE = {Colour.DARK_GREEN, Colour.LIGHT_GREEN, Colour.YELLOW, Colour.AMBER, Colour.RED};

    public static InterRaterAgreement of(String roundId, String name, String kind, Collection<ScoreEntry> history) {
        Map<String, Colour> reviewed = new LinkedHashMap<>();
        Map<String, String> reviewers = new LinkedHashMap<>();
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (ScoreEntry e : history.stream().filter(e -> roundId.equals(e.roundId()))
                .sorted(ScoreEntry.CHRONOLOGICAL).toList()) {
            String code = e.characteristicCode();
            if (pairs.containsKey(code)) continue;
            if ("ScoreRecorded".equals(e.eventType()) && e.colour() != null) {
                reviewed.put(code, e.colour());
                reviewers.put(code, e.actor());
            } else if ("ScoreModerated".equals(e.eventType()) && reviewed.containsKey(code) && e.colour() != null) {
                pairs.put(code, new Pair(code, reviewed.get(code), reviewers.get(code), e.colour(), e.actor(),
                        reviewed.get(code) == e.colour()));
            }
        }
        List<Pair> details = new ArrayList<>(pairs.values());
        details.sort(Comparator.comparing(Pair::characteristicCode));
        int agree = (int) details.stream().filter(Pair::agree).count();
        List<Pair> onScale = details.stream().filter(p -> p.reviewer().onScale() && p.moderator().onScale()).toList();
        Double kappa = weightedKappa(onScale);
        String note = "Linearly weighted Cohen's kappa over dark green > light green > yellow > amber > red; "
                + (details.size() - onScale.size()) + " pair(s) with grey excluded, grey being outside officers' control"
                + " and not on the ordinal scale.";
        if (kappa == null) note += onScale.isEmpty() ? " No pairs to compare yet."
                : " Kappa is undefined: both raters used a single colour, so chance agreement is total.";
        return new InterRaterAgreement(roundId, name, kind, details.size(), agree,
                details.isEmpty() ? null : round1(100.0 * agree / details.size()), onScale.size(),
                details.size() - onScale.size(), kappa, note, details);
    }

    /** κw = 1 − Σ w·o / Σ w·e with disagreement weights |i − j| / (k − 1); null when undefined. */
    static Double weightedKappa(List<Pair> pairs) {
        int k = SCALE.length;
        if (pairs.isEmpty()) return null;
        double[][] observed = new double[k][k];
        double[] rows = new double[k];
        double[] cols = new double[k];
        for (Pair p : pairs) {
            int i = index(p.reviewer());
            int j = index(p.moderator());
            observed[i][j]++;
            rows[i]++;
            cols[j]++;
        }
        double n = pairs.size();
        double disagreeObserved = 0;
        double disagreeExpected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = Math.abs(i - j) / (double) (k - 1);
                disagreeObserved += w * observed[i][j] / n;
                disagreeExpected += w * (rows[i] / n) * (cols[j] / n);
            }
        }
        if (disagreeExpected == 0) return null;
        return Math.round((1 - disagreeObserved / disagreeExpected) * 1000) / 1000.0;
    }

    private static int index(Colour c) {
        for (int i = 0; i < SCALE.length; i++) if (SCALE[i] == c) return i;
        throw new IllegalArgumentException(c + " is not on the ordinal scale");
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
