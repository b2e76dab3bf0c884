package fr.cls.funding.scheme;

/** How a funder's published rule is applied by the platform. */
public enum Enforcement {
    /** Checked on every simulation and request; a failure refuses the request. */
    ENFORCED,
    /** Checked and shown in simulation and instruction, but never refuses: the funder weighs it. */
    ATTENTION,
    /** Part of the funder's terms, not checked by the platform (it lacks the data, or a person judges it). */
    NOT_CHECKED
}
