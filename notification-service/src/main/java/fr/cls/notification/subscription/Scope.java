package fr.cls.notification.subscription;

/** Which contracts a subscription covers. */
public enum Scope {
    /** Every contract of the tenant. */
    ALL,
    /** The contracts that list the subscriber among their coordinators. */
    MINE,
    /** One contract. */
    ONE
}
