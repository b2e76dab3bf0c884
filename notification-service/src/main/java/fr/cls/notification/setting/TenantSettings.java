package fr.cls.notification.setting;

/**
 * One tenant's notification settings (defaults when the tenant has no row).
 *
 * @param copilDaysBefore the COPIL reminder goes out this many days before the meeting (J-15)
 * @param requestWaitingDays a funding request not taken into instruction after this many days is reminded
 * @param endOfTermMonths a contract or convention ending within this many months is reminded
 * @param annualReportDueMonth with {@code annualReportDueDay}: the date, each year, the previous year's report is due
 * @param mailFrom the tenant's sender address, null for the platform's
 * @param signature the signature under the tenant's emails, null for "L'équipe {tenant name}"
 * @param language the language of the tenant's emails when the recipient's is unknown
 */
public record TenantSettings(String tenantId, String tenantName, int copilDaysBefore, int requestWaitingDays,
        int endOfTermMonths, int annualReportDueMonth, int annualReportDueDay, int annualReportDaysBefore,
        String mailFrom, String signature, Language language) {

    public TenantSettings {
        language = language == null ? Language.FR : language;
    }

    public String signatureOrDefault() {
        return signatureOrDefault(Language.FR);
    }

    /** The tenant's signature, or its team's name in that language. */
    public String signatureOrDefault(Language in) {
        if (signature != null && !signature.isBlank()) {
            return signature;
        }
        return in == Language.EN ? "The " + tenantName + " team" : "L'équipe " + tenantName;
    }
}
