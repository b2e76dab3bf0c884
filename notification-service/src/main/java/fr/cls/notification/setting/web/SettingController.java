package fr.cls.notification.setting.web;

import java.time.YearMonth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
                blankToNull(request.signature()))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    record SettingsRequest(@Range(min = 1, max = 90) int copilDaysBefore, @Range(min = 1, max = 365) int requestWaitingDays,
            @Range(min = 1, max = 24) int endOfTermMonths, @Range(min = 1, max = 12) int annualReportDueMonth,
            @Range(min = 1, max = 31) int annualReportDueDay, @Range(min = 1, max = 180) int annualReportDaysBefore,
            @Email @Size(max = 200) String mailFrom, @Size(max = 500) String signature) {

        /** 31/04 and the like do not exist; 29/02 neither (not every year has one). */
        @AssertTrue(message = "annualReportDueMonth and annualReportDueDay make a date of every year")
        boolean isAnnualReportDueDateValid() {
            return annualReportDueMonth < 1 || annualReportDueMonth > 12
                    || annualReportDueDay <= YearMonth.of(2027, annualReportDueMonth).lengthOfMonth();
        }
    }

    record SettingsResponse(String tenantName, int copilDaysBefore, int requestWaitingDays, int endOfTermMonths,
            int annualReportDueMonth, int annualReportDueDay, int annualReportDaysBefore, String mailFrom, String signature) {

        static SettingsResponse of(TenantSettings s) {
            return new SettingsResponse(s.tenantName(), s.copilDaysBefore(), s.requestWaitingDays(), s.endOfTermMonths(),
                    s.annualReportDueMonth(), s.annualReportDueDay(), s.annualReportDaysBefore(), s.mailFrom(),
                    s.signatureOrDefault());
        }
    }
}
