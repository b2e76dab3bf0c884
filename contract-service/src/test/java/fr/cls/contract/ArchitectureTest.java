package fr.cls.contract;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import fr.cls.platform.test.ArchitectureRules;

class ArchitectureTest {

    @Test
    void keepsTheBoundariesOfAService() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.cls.contract");
        ArchitectureRules.checkAll(classes, "contract");
    }
}
