package fr.cls.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.cls.tenancy.TenantKind;

class RolesTest {

    /** The groups each expression lets in, as docs/security.md gives them. */
    static final Map<String, Set<String>> EXPRESSIONS = Map.ofEntries(
            Map.entry(Roles.IS_ARS_STAFF, Roles.ARS_STAFF),
            Map.entry(Roles.IS_ARS_APPROVER, Set.of(Roles.ARS_APPROVER)),
            Map.entry(Roles.IS_ARS_STAFF_OR_COORDINATOR, union(Roles.ARS_STAFF, Roles.COORDINATORS)),
            Map.entry(Roles.IS_FUNDER_STAFF, Roles.FUNDER_STAFF),
            Map.entry(Roles.IS_FUNDER_STAFF_OR_OPERATOR, union(Roles.FUNDER_STAFF, Roles.OPERATORS)),
            Map.entry(Roles.IS_APPROVER, Roles.APPROVERS),
            Map.entry(Roles.IS_APPROVER_OR_OPERATOR, union(Roles.APPROVERS, Roles.OPERATORS)),
            Map.entry(Roles.IS_FUNDER_STAFF_OR_COORDINATOR, union(Roles.FUNDER_STAFF, Roles.COORDINATORS)),
            Map.entry(Roles.IS_FUNDING_FILER, union(Roles.FUNDER_STAFF, Roles.COORDINATORS, Roles.PORTALS)),
            Map.entry(Roles.IS_FUNDER_STAFF_OR_INTEGRATION, union(Roles.FUNDER_STAFF, Roles.PORTALS)),
            Map.entry(Roles.IS_OPERATOR, Roles.OPERATORS),
            Map.entry(Roles.IS_INTEGRATION, Roles.PORTALS));

    static final Map<String, Set<String>> GROUPS = Map.of("OPERATORS", Roles.OPERATORS, "ARS_STAFF", Roles.ARS_STAFF,
            "FUNDER_STAFF", Roles.FUNDER_STAFF, "APPROVERS", Roles.APPROVERS, "COORDINATORS", Roles.COORDINATORS,
            "GOVERNANCE", Roles.GOVERNANCE, "PORTALS", Roles.PORTALS);

    private static final Pattern ANY_ROLE = Pattern.compile("hasAnyRole\\(((?:'[A-Z_]+'(?:, )?)+)\\)");

    @Test
    void everyRoleOfEveryGroupIsARoleTheTenantDirectoryKnows() {
        GROUPS.values().forEach(group -> assertThat(Roles.ALL).containsAll(group));
        for (String role : Roles.ALL) {
            assertThat(Arrays.stream(TenantKind.values()).filter(k -> k.mayHold(role))).as(role).isNotEmpty();
            assertThat(Arrays.stream(TenantKind.values()).filter(k -> !k.mayHold(role)))
                    .as(role + " is known: some tenant kind may not hold it").isNotEmpty();
        }
    }

    @Test
    void everyExpressionLetsInExactlyTheRolesOfItsGroups() {
        EXPRESSIONS.forEach((expression, roles) -> assertThat(rolesOf(expression)).as(expression).isEqualTo(roles));
    }

    @Test
    void everyExpressionOfRolesIsPairedWithItsGroups() throws IllegalAccessException {
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().startsWith("IS_")) {
                assertThat(EXPRESSIONS).as(field.getName()).containsKey((String) field.get(null));
            }
        }
    }

    @Test
    void theGroupsAreThoseOfTheDocumentedTable() throws IOException {
        Map<String, Set<String>> documented = new HashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\| ([^|]+) \\|").matcher(groupsSection());
        while (row.find()) {
            documented.put(row.group(1), Pattern.compile("`([A-Z_]+)`").matcher(row.group(2)).results()
                    .map(m -> m.group(1)).collect(Collectors.toSet()));
        }

        assertThat(documented).isEqualTo(GROUPS);
    }

    private static String groupsSection() throws IOException {
        String doc = Files.readString(Path.of("../docs/security.md"));
        int start = doc.indexOf("### Role groups");
        assertThat(start).as("docs/security.md has a Role groups section").isNotNegative();
        int end = doc.indexOf("\n#", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    private static Set<String> rolesOf(String expression) {
        Matcher m = ANY_ROLE.matcher(expression);
        assertThat(m.matches()).as("one hasAnyRole: " + expression).isTrue();
        return Arrays.stream(m.group(1).split(", ")).map(r -> r.replace("'", "")).collect(Collectors.toSet());
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... groups) {
        return Stream.of(groups).flatMap(Set::stream).collect(Collectors.toSet());
    }
}
