package fr.cls.notification.setting;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.TenantContext;
import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantDirectory;

/**
 * Reads the current tenant's settings; called inside the caller's transaction (row-level security applies). A
 * replacement is audited in its transaction.
 */
@Service
public class NotificationSettings {

    static final String RESOURCE = "notification-settings";

    private final JdbcTemplate jdbc;
    private final TenantDirectory tenants;
    private final AuditTrail audit;

    NotificationSettings(JdbcTemplate jdbc, TenantDirectory tenants, AuditTrail audit) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.audit = audit;
    }

    /** The current tenant's settings, for reading them through the API. */
    @Transactional(readOnly = true)
    public TenantSettings read() {
        return current();
    }

    /** Replaces the current tenant's settings (the tenant name is the directory's, whatever is given). */
    @Transactional
    public TenantSettings replace(TenantSettings s) {
        jdbc.update("""
                insert into notification_setting (tenant_id, copil_days_before, request_waiting_days, end_of_term_months,
                    annual_report_due_month, annual_report_due_day, annual_report_days_before, mail_from, signature, language)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id) do update set copil_days_before = excluded.copil_days_before,
                    request_waiting_days = excluded.request_waiting_days, end_of_term_months = excluded.end_of_term_months,
                    annual_report_due_month = excluded.annual_report_due_month,
                    annual_report_due_day = excluded.annual_report_due_day,
                    annual_report_days_before = excluded.annual_report_days_before, mail_from = excluded.mail_from,
                    signature = excluded.signature, language = excluded.language""",
                TenantContext.require(), s.copilDaysBefore(), s.requestWaitingDays(), s.endOfTermMonths(),
                s.annualReportDueMonth(), s.annualReportDueDay(), s.annualReportDaysBefore(), s.mailFrom(), s.signature(),
                s.language().tag());
        // The settings carry no version: the entry says who replaced them and when.
        audit.record("notification.settings-replace", RESOURCE, TenantContext.require(), null, null);
        return current();
    }

    /** In the caller's transaction (row-level security applies). */
    public TenantSettings current() {
        String tenant = TenantContext.require();
        String name = tenants.find(tenant).map(Tenant::name).orElse(tenant);
        List<TenantSettings> rows = jdbc.query("""
                select copil_days_before, request_waiting_days, end_of_term_months, annual_report_due_month,
                    annual_report_due_day, annual_report_days_before, mail_from, signature, language
                from notification_setting where tenant_id = ?""",
                (rs, i) -> new TenantSettings(tenant, name, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8), Language.of(rs.getString(9)).orElse(null)),
                tenant);
        return rows.isEmpty() ? new TenantSettings(tenant, name, 15, 30, 3, 3, 31, 30, null, null, null) : rows.get(0);
    }
}
