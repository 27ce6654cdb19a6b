package org.bestvalue.action.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.List;

/** A theme of a framework version, learnt from FrameworkVersionImported. */
@Entity
@Immutable
@Table(name = "catalogue_theme")
@IdClass(CatalogueThemeRow.Key.class)
public class CatalogueThemeRow extends PanacheEntityBase {
    public record Key(String frameworkVersionId, String code) implements Serializable {
    }

    @Id
    public String frameworkVersionId;
    @Id
    public String code;
    public String title;
    @Column(name = "sort_order")
    public int sortOrder;

    /** The version's themes in framework order. */
    public static Uni<List<CatalogueThemeRow>> of(String frameworkVersionId) {
        return list("frameworkVersionId", Sort.by("sortOrder").and("code"), frameworkVersionId);
    }
}
