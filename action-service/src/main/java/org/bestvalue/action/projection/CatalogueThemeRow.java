package org.bestvalue.action.projection;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.List;

/** A theme of a framework version, learnt from FrameworkVersionImported. */
@Entity
@Immutable
@Table(name = "catalogue_theme")
@IdClass(CatalogueEntryRow.Key.class)
public class CatalogueThemeRow extends CatalogueEntryRow {
    /** The version's themes in framework order. */
    public static Uni<List<CatalogueThemeRow>> of(String frameworkVersionId) {
        return list("frameworkVersionId", Sort.by("sortOrder").and("code"), frameworkVersionId);
    }
}
