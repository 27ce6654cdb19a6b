package org.bestvalue.action.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.bestvalue.action.opportunity.CatalogueEntry;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;

/** A characteristic of a framework version, learnt from FrameworkVersionImported. */
@Entity
@Immutable
@Table(name = "catalogue_characteristic")
@IdClass(CatalogueCharacteristicRow.Key.class)
public class CatalogueCharacteristicRow extends PanacheEntityBase {
    public record Key(String frameworkVersionId, String code) implements Serializable {
    }

    @Id
    public String frameworkVersionId;
    @Id
    public String code;
    public String themeCode;
    public String title;
    @Column(name = "sort_order")
    public int sortOrder;
    public String crossReferenceTo;

    /** The characteristic as the decider sees it, or null when the version has no such code. */
    public static Uni<CatalogueEntry> entry(String frameworkVersionId, String code) {
        return CatalogueCharacteristicRow.<CatalogueCharacteristicRow>find("frameworkVersionId = ?1 and code = ?2",
                        frameworkVersionId, code).firstResult()
                .map(c -> c == null ? null : new CatalogueEntry(c.code, c.themeCode, c.title, c.crossReferenceTo));
    }
}
