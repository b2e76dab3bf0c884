package fr.cls.funding.plan;

import java.util.Comparator;

import fr.cls.funding.request.Purpose;

/** What a euro of the plan pays for: a purpose in a year. */
record Slot(int year, Purpose purpose) implements Comparable<Slot> {

    private static final Comparator<Slot> ORDER = Comparator.comparingInt(Slot::year).thenComparing(Slot::purpose);

    @Override
    public int compareTo(Slot other) {
        return ORDER.compare(this, other);
    }
}
