package fr.cls.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import fr.cls.platform.rolefixture.OwnAnnotation;
import fr.cls.platform.rolefixture.OwnConstant;
import fr.cls.platform.rolefixture.SharedExpressions;
import fr.cls.platform.test.ArchitectureRules;

class RoleExpressionsRuleTest {

    @Test
    void classesAuthorizingWithTheExpressionsOfRolesPass() {
        assertThat(evaluate(SharedExpressions.class).hasViolation()).isFalse();
    }

    @Test
    void anExpressionWrittenInTheAnnotationFailsNamingTheMethod() {
        EvaluationResult result = evaluate(OwnAnnotation.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains("OwnAnnotation.instruct()"));
    }

    @Test
    void aRoleExpressionConstantOutsideTheSecurityPackageFailsEvenWhenItEqualsASharedOne() {
        EvaluationResult result = evaluate(OwnConstant.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains("OwnConstant.APPROVERS"));
    }

    @Test
    void rolesItselfMayDeclareThem() {
        assertThat(evaluate(Roles.class).hasViolation()).isFalse();
    }

    private static EvaluationResult evaluate(Class<?> type) {
        JavaClasses classes = new ClassFileImporter().importClasses(type);
        return ArchitectureRules.roleExpressionsComeFromRoles().allowEmptyShould(true).evaluate(classes);
    }
}
