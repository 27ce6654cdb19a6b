package org.bestvalue.action.projection;

import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.bestvalue.action.opportunity.CatalogueEntry;
import org.hibernate.annotations.Immutable;

/** A characteristic of a framework version, learnt from FrameworkVersionImported. */
@Entity
@Immutable
@Table(name = "catalogue_characteristic")
@IdClass(CatalogueEntryRow.Key.class)
public class CatalogueCharacteristicRow extends CatalogueEntryRow {
    public String themeCode;
    public String crossReferenceTo;

    /** The characteristic as the decider sees it, or null when the version has no such code. */
    public static Uni<CatalogueEntry> entry(String frameworkVersionId, String code) {
        return CatalogueCharacteristicRow.<CatalogueCharacteristicRow>find("frameworkVersionId = ?1 and code = ?2",
                        frameworkVersionId, code).firstResult()
                .map(c -> c == null ? null : new CatalogueEntry(c.code, c.themeCode, c.title, c.crossReferenceTo));
    }
}
