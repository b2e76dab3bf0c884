package fr.cls.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/** Hands the deployment's problem-type base URI to {@link Problems}, which filters call statically. */
@Configuration(proxyBeanMethods = false)
class ProblemTypeBase {

    ProblemTypeBase(@Value("${cls.problems.base-uri:" + Problems.DEFAULT_BASE_URI + "}") String baseUri) {
        Problems.baseUri(baseUri);
    }
}
