package fr.cls.contract;

import fr.cls.platform.test.MessageBundlesChecks;

/** Every rule this module throws has its French and English message; the bundles read well in both languages. */
class MessageBundlesTest extends MessageBundlesChecks {
}
