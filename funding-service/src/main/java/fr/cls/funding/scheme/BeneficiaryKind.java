package fr.cls.funding.scheme;

/** Who carries the funded post: an EPCI, a commune, or several EPCI grouped for one contract. */
public enum BeneficiaryKind {
    EPCI("EPCI", "EPCI"),
    COMMUNE("commune", "municipality"),
    GROUP_OF_EPCI("regroupement d'EPCI", "group of EPCI");

    private final String labelFr;
    private final String labelEn;

    BeneficiaryKind(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }
}
