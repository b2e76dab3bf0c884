package fr.cls.funding.scheme;

/** Where a version stands on a date: published but not started, in force, or ended (replaced by a later one). */
public enum VersionStatus {
    UPCOMING, IN_FORCE, ENDED
}
