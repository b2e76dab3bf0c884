package fr.cls.platform.originals;

/** What a stored original is. */
public enum OriginalKind {
    /** The contract as signed by all its partners, attached to its signed version. */
    SIGNED_CONTRACT,
    /** A signed amendment (avenant), attached to the amendment it records. */
    SIGNED_AMENDMENT,
    /** A signed funding convention. */
    SIGNED_CONVENTION,
    /** A délibération of a collectivité's or a partner's assembly approving the contract or a convention. */
    DELIBERATION,
    /** A signed procès-verbal of a COPIL or COTECH. */
    MINUTES,
    OTHER
}
