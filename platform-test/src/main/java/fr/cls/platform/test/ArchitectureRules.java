package fr.cls.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The boundaries every service keeps; each service's ArchitectureTest checks them and fails the build. */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("contract", "funding", "governance", "notification");
    private static final String SECURITY_PACKAGE = "fr.cls.platform.security";
    private static final String ROLES = SECURITY_PACKAGE + ".Roles";
    private static final String PRE_AUTHORIZE = "org.springframework.security.access.prepost.PreAuthorize";
    private static final Pattern ROLE_EXPRESSION = Pattern.compile("\\bhas(Any)?(Role|Authority)\\s*\\(");

    private ArchitectureRules() {
    }

    /** Web adapters sit on top: nothing outside a {@code web} package depends on one. */
    public static ArchRule webAdaptersAreNotUsedByTheDomain(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..").and().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage(servicePackage + "..web..")
                .as("domain code does not depend on web adapters");
    }

    /**
     * Aggregates and services speak the platform's domain vocabulary ({@code fr.cls.platform.domain}: rules,
     * not found, invalid fields, versions, money), never its web layer (problem responses, headers, languages).
     */
    public static ArchRule domainCodeDoesNotUseThePlatformWebLayer(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..").and().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("fr.cls.platform.web..")
                .as("domain code does not depend on the platform's web layer");
    }

    /** The platform's domain vocabulary stands alone: plain Java, nothing of Spring, the web or the database. */
    public static ArchRule platformDomainStandsAlone() {
        return noClasses().that().resideInAPackage("fr.cls.platform.domain..")
                .should().dependOnClassesThat(DescribedPredicate.describe("anything but java and the domain package",
                        (JavaClass c) -> !c.getPackageName().startsWith("java.")
                                && !c.getPackageName().startsWith("fr.cls.platform.domain")))
                .as("the platform's domain package depends on nothing but Java");
    }

    /** A service knows another only through its published events module, never its domain. */
    public static ArchRule otherServicesAreKnownOnlyByTheirEvents(String service) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> "fr.cls." + s + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage("fr.cls." + service + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe("another service's domain",
                        (JavaClass c) -> c.getPackageName().startsWith("fr.cls.")
                                && !c.getPackageName().matches("fr\\.cls\\.[a-z]+\\.events(\\..*)?")
                                && List.of(others).stream().map(o -> o.replace("..", ""))
                                        .anyMatch(o -> c.getPackageName().equals(o) || c.getPackageName().startsWith(o + "."))))
                .as(service + " does not import another service's domain");
    }

    /** Constructor injection only: dependencies are visible and final. */
    public static ArchRule noFieldInjection() {
        return fields().should().notBeAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
                .as("no field injection");
    }

    /** Controllers answer with their own response records, never JPA entities. */
    public static ArchRule controllersDoNotReturnEntities() {
        return methods().that().areDeclaredInClassesThat().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .should(new ArchCondition<JavaMethod>("not return a JPA entity") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean entity = method.getReturnType().getAllInvolvedRawTypes().stream()
                                .anyMatch(t -> t.isAnnotatedWith("jakarta.persistence.Entity"));
                        if (entity) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns an entity"));
                        }
                    }
                });
    }

    /**
     * Roles are named in one place, {@code fr.cls.platform.security.Roles}: outside that package no class declares a
     * role expression ({@code hasRole(…)}, {@code hasAnyRole(…)} and the like) as a string constant, and every
     * {@code @PreAuthorize} (on a class or a method) is one of {@code Roles}' expressions.
     */
    public static ArchRule roleExpressionsComeFromRoles() {
        return classes().that().resideOutsideOfPackage(SECURITY_PACKAGE)
                .should(new ArchCondition<JavaClass>("declare no role expression of its own") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        Set<String> shared = sharedRoleExpressions();
                        authorizations(type).forEach((where, expression) -> {
                            if (!shared.contains(expression)) {
                                events.add(SimpleConditionEvent.violated(type, where + " authorizes \"" + expression
                                        + "\", which is not an expression of " + ROLES));
                            }
                        });
                        type.getFields().stream().filter(f -> f.getModifiers().containsAll(Set.of(JavaModifier.STATIC, JavaModifier.FINAL)))
                                .filter(f -> f.getRawType().isEquivalentTo(String.class))
                                .filter(f -> constant(f) instanceof String value && ROLE_EXPRESSION.matcher(value).find())
                                .forEach(f -> events.add(SimpleConditionEvent.violated(f, f.getFullName()
                                        + " declares a role expression: use " + ROLES)));
                    }
                });
    }

    /** The {@code @PreAuthorize} values of a class and its methods, by where they stand. */
    private static Map<String, String> authorizations(JavaClass type) {
        Map<String, String> found = new LinkedHashMap<>();
        type.tryGetAnnotationOfType(PRE_AUTHORIZE).flatMap(a -> a.get("value"))
                .ifPresent(v -> found.put(type.getName(), String.valueOf(v)));
        type.getMethods().forEach(m -> m.tryGetAnnotationOfType(PRE_AUTHORIZE).flatMap(a -> a.get("value"))
                .ifPresent(v -> found.put(m.getFullName(), String.valueOf(v))));
        return found;
    }

    /** The values of the string constants of {@code Roles} that are role expressions. */
    private static Set<String> sharedRoleExpressions() {
        try {
            Set<String> expressions = new HashSet<>();
            for (Field field : Class.forName(ROLES).getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String value
                        && ROLE_EXPRESSION.matcher(value).find()) {
                    expressions.add(value);
                }
            }
            return expressions;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + ROLES, e);
        }
    }

    /** The value of a static final field, read without running more than its class's initializer. */
    private static Object constant(JavaField field) {
        try {
            Field reflected = field.reflect();
            reflected.setAccessible(true);
            return reflected.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null; // not loadable here: nothing to check
        }
    }

    public static void checkAll(JavaClasses classes, String service) {
        webAdaptersAreNotUsedByTheDomain("fr.cls." + service).allowEmptyShould(true).check(classes);
        domainCodeDoesNotUseThePlatformWebLayer("fr.cls." + service).allowEmptyShould(true).check(classes);
        platformDomainStandsAlone().check(new ClassFileImporter().importPackages("fr.cls.platform.domain"));
        otherServicesAreKnownOnlyByTheirEvents(service).check(classes);
        noFieldInjection().allowEmptyShould(true).check(classes);
        controllersDoNotReturnEntities().allowEmptyShould(true).check(classes);
        roleExpressionsComeFromRoles().allowEmptyShould(true).check(classes);
    }
}
