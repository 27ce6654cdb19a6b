package org.bestvalue.eventkit.people;

/**
 * A person as people read them: name and job title beside the user id that events record. Names never enter events
 * (a name is personal data and events are kept for ever); they come from the {@link PeopleDirectory} when read.
 *
 * @param name     the display name; "Former user" for someone no longer in the directory; null when the directory
 *                 could not be reached (show the id then)
 * @param jobTitle the realm user attribute {@code jobTitle}; null when unknown
 * @param former   the user no longer exists in the directory (the id stays in every history)
 */
public record Person(String id, String name, String jobTitle, boolean former) {
    public static final String FORMER_USER = "Former user";

    public static Person known(String id, String name, String jobTitle) {
        return new Person(id, name, jobTitle, false);
    }

    public static Person former(String id) {
        return new Person(id, FORMER_USER, null, true);
    }

    /** The directory could not be asked: only the id is known. */
    public static Person unresolved(String id) {
        return new Person(id, null, null, false);
    }

    /** "Priya Hartley, Head of Business Planning" — or the name, or the id when nothing else is known. */
    public String label() {
        if (name == null) return id;
        return jobTitle == null || jobTitle.isBlank() ? name : name + ", " + jobTitle;
    }
}
