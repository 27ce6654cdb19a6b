package org.bestvalue.reporting.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of a read-model table, mapped for reading (the consumers, the replay and the rebuild write through
 * the reactive PostgreSQL client). Every table's key starts with the generation; each entity is its own
 * composite id (its {@code @Id} attributes), so equality is over those.
 */
@MappedSuperclass
public abstract class GenerationRow extends PanacheEntityBase implements Serializable {
    @Id
    public int generation;

    private List<Object> key() {
        List<Object> key = new ArrayList<>();
        for (Class<?> c = getClass(); c != GenerationRow.class.getSuperclass(); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!f.isAnnotationPresent(Id.class)) continue;
                try {
                    f.setAccessible(true);
                    key.add(f.get(this));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((GenerationRow) o).key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }
}
