package org.bestvalue.action.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.bestvalue.eventkit.RuleViolation;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;

/** A cycle as this service learnt it from CycleOpened: which framework version it assesses against. */
@Entity
@Immutable
@Table(name = "catalogue_cycle")
@IdClass(CatalogueCycleRow.Key.class)
public class CatalogueCycleRow extends PanacheEntityBase {
    public record Key(String councilId, String cycleId) implements Serializable {
    }

    @Id
    public String councilId;
    @Id
    public String cycleId;
    public String frameworkVersionId;
    public Integer year;
    public String title;

    /** The cycle of the caller's council, or a 404 naming {@code cycleId}. */
    public static Uni<CatalogueCycleRow> require(String councilId, String cycleId) {
        return CatalogueCycleRow.<CatalogueCycleRow>find("councilId = ?1 and cycleId = ?2", councilId, cycleId).firstResult()
                .map(c -> {
                    if (c == null) throw new RuleViolation(404, "cycle-not-found", "cycleId", "Cycle " + cycleId + " is not known");
                    return c;
                });
    }
}
