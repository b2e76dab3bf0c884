package fr.cls.funding.scheme;

/** An amount that is not whole euros and cents (negative, more than two decimals, missing, too large). */
public class InvalidAmountException extends IllegalArgumentException {

    private final String code;

    public InvalidAmountException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Same codes as contract-service's money rules: money-given, money-not-negative, money-in-cents, money-in-range. */
    public String code() {
        return code;
    }
}
