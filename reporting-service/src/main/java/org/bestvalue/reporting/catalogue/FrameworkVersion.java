package org.bestvalue.reporting.catalogue;

import java.util.List;
import java.util.Optional;

/** A version of the Best Value framework as the assessment service imported it. */
public record FrameworkVersion(String id, String name, String label, String predecessorId,
                               List<Theme> themes, List<Characteristic> characteristics, List<MappingEntry> mapping) {

    public record Theme(String code, String title, int order) {
    }

    /** A characteristic; one with {@code crossReferenceTo} is a cell reading "see …" that is never scored. */
    public record Characteristic(String code, String themeCode, String title, String description, int order,
                                 String crossReferenceTo) {
        public boolean scoreable() {
            return crossReferenceTo == null;
        }
    }

    /** One line of the mapping onto the predecessor version. */
    public record MappingEntry(String code, String predecessorCode, String change) {
    }

    public Optional<Characteristic> characteristic(String code) {
        return characteristics.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<Characteristic> characteristicsOf(String themeCode) {
        return characteristics.stream().filter(c -> c.themeCode().equals(themeCode)).toList();
    }
}
