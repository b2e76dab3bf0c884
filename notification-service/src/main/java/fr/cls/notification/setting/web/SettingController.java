package fr.cls.notification.setting.web;

import java.time.YearMonth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.notification.setting.Language;
import fr.cls.notification.setting.NotificationSettings;
import fr.cls.notification.setting.TenantSettings;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.security.Roles;

/** The tenant's reminder delays and mail identity: read by its people, changed by its approvers. */
@RestController
@RequestMapping("/api/v1/notifications/settings")
class SettingController {

    private final NotificationSettings settings;

    SettingController(NotificationSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    SettingsResponse read() {
        return SettingsResponse.of(settings.read());
    }

    @PutMapping
    @PreAuthorize(Roles.IS_APPROVER)
    SettingsResponse replace(@Valid @RequestBody SettingsRequest request) {
        return SettingsResponse.of(settings.replace(new TenantSettings(TenantContext.require(), null, request.copilDaysBefore(),
                request.requestWaitingDays(), request.endOfTermMonths(), request.annualReportDueMonth(),
                request.annualReportDueDay(), request.annualReportDaysBefore(), blankToNull(request.mailFrom()),
                blankToNull(request.signature()), Language.of(request.language()).orElse(null))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    record SettingsRequest(@Min(1) @Max(90) int copilDaysBefore, @Min(1) @Max(365) int requestWaitingDays,
            @Min(1) @Max(24) int endOfTermMonths, @Min(1) @Max(12) int annualReportDueMonth,
            @Min(1) @Max(31) int annualReportDueDay, @Min(1) @Max(180) int annualReportDaysBefore,
            @Email @Size(max = 200) String mailFrom, @Size(max = 500) String signature,
            @Pattern(regexp = "fr|en", message = "{notification.language-known}") String language) {

        /** 31/04 and the like do not exist; 29/02 neither (not every year has one). */
        @AssertTrue(message = "{notification.annual-report-due-date-exists}")
        boolean isAnnualReportDueDateValid() {
            return annualReportDueMonth < 1 || annualReportDueMonth > 12
                    || annualReportDueDay <= YearMonth.of(2027, annualReportDueMonth).lengthOfMonth();
        }
    }

    record SettingsResponse(String tenantName, int copilDaysBefore, int requestWaitingDays, int endOfTermMonths,
            int annualReportDueMonth, int annualReportDueDay, int annualReportDaysBefore, String mailFrom, String signature,
            String language) {

        static SettingsResponse of(TenantSettings s) {
            return new SettingsResponse(s.tenantName(), s.copilDaysBefore(), s.requestWaitingDays(), s.endOfTermMonths(),
                    s.annualReportDueMonth(), s.annualReportDueDay(), s.annualReportDaysBefore(), s.mailFrom(),
                    s.signatureOrDefault(), s.language().tag());
        }
    }
}
