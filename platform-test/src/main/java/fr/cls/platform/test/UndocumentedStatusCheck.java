package fr.cls.platform.test;

import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test in which a service answered a status its OpenAPI document does not list. Registered for every test
 * by JUnit's extension auto-detection (the build turns it on); costs one read of each service's document.
 */
public final class UndocumentedStatusCheck implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> undocumented = DocumentedStatuses.undocumentedSinceLastCheck();
        if (!undocumented.isEmpty()) {
            throw new AssertionError("answers the OpenAPI document does not list (document them: platform "
                    + "DocumentedAnswers, or @ApiResponse on the route):\n  " + String.join("\n  ", undocumented));
        }
    }
}
