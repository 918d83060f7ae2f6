package org.cogov.shared.schedule;

/**
 * A kind of timed work defined on the {@link Agenda}, such as closing procedures at their deadlines;
 * its instances are told apart by an id (the procedure's), one instance of a kind per id.
 *
 * @param name unique among the kinds, kept in the database with every instance: never rename one
 *             that may still have instances waiting
 */
public record TimedTask(String name) {

    public TimedTask {
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a timed task's name has 1 to 100 characters: " + name);
        }
    }
}
