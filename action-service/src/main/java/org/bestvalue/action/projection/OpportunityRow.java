package org.bestvalue.action.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bestvalue.eventkit.http.SortFields;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * An opportunity for improvement as {@code opportunity_view} holds it (read side; ActionPlanProjection
 * writes the table in the append's transaction). The theme, the characteristic's title and its place in
 * the framework are not columns: they come from the catalogue through the cycle's framework version, so
 * they are formulas (read-only SQL the mapping carries), which lets Panache filter and sort by them.
 */
@Entity
@Immutable
@Table(name = "opportunity_view")
public class OpportunityRow extends PanacheEntityBase {
    // The characteristic in the framework version the opportunity's cycle assesses against.
    private static final String CATALOGUE_JOIN = "FROM catalogue_cycle cy JOIN catalogue_characteristic ch "
            + "ON ch.framework_version_id = cy.framework_version_id ";
    private static final String OF_THIS_OPPORTUNITY = "WHERE cy.council_id = council_id AND cy.cycle_id = cycle_id "
            + "AND ch.code = characteristic_code";
    private static final String CATALOGUE = CATALOGUE_JOIN + OF_THIS_OPPORTUNITY;

    /** What {@code GET /cycles/{cycleId}/opportunities} sorts by; {@code code} is unique in a cycle. */
    public static final SortFields SORTS = SortFields.of("framework", "frameworkOrder", "code", "characteristicCode",
            "theme", "themeCode", "colour", "colour", "raisedAt", "raisedAt")
            .byDefault("framework,code");

    @Id
    public String opportunityId;
    public String councilId;
    public String cycleId;
    public String characteristicCode;
    public String gap;
    public String origin;
    public String colour;
    public Instant raisedAt;
    public String raisedBy;
    public long version;

    /** The catalogue's theme; when the catalogue has not arrived yet, the one the final score named. */
    @Formula("COALESCE((SELECT ch.theme_code " + CATALOGUE + "), (SELECT s.theme_code FROM scored_characteristic s "
            + "WHERE s.council_id = council_id AND s.cycle_id = cycle_id AND s.characteristic_code = characteristic_code))")
    public String themeCode;

    @Formula("(SELECT ch.title " + CATALOGUE + ")")
    public String characteristicTitle;

    /** Framework order: the theme's place, then the characteristic's; null (sorted last) when the catalogue lacks it. */
    @Formula("(SELECT t.sort_order * 100000 + ch.sort_order " + CATALOGUE_JOIN + "JOIN catalogue_theme t "
            + "ON t.framework_version_id = ch.framework_version_id AND t.code = ch.theme_code " + OF_THIS_OPPORTUNITY + ")")
    public Integer frameworkOrder;

    @Formula("(SELECT count(*) FROM action_view a WHERE a.opportunity_id = opportunity_id)")
    public int actionCount;
}
