package org.bestvalue.reporting.themepack;

import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.positionstatement.PositionStatementBook;

import java.util.List;

/**
 * What the LGA Corporate Peer Challenge team gets for one theme: its row of the heat-map, its characteristics'
 * narratives and scores (the theme's part of the position statement book) and the actions raised under it.
 */
public record ThemePack(PositionStatementBook book, PositionStatementBook.Theme theme, List<ActionPlan.Opportunity> actions) {

    public static ThemePack of(PositionStatementBook book, String themeCode, ActionPlan plan) {
        PositionStatementBook.Theme theme = book.theme(themeCode)
                .orElseThrow(() -> new org.bestvalue.eventkit.NotFound("No theme " + themeCode + " in cycle " + book.cycle().cycleId()));
        return new ThemePack(book, theme, plan.opportunities().stream().filter(o -> theme.code().equals(o.themeCode())).toList());
    }
}
