package fr.cls.platform.asyncapi;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/** The AsyncAPI document, next to the OpenAPI one; public like it. Built once, at the first read. */
@Hidden
@RestController
class AsyncApiController {

    static final String PATH = "/v3/asyncapi";

    private final Supplier<Map<String, Object>> document;
    private volatile Map<String, Object> built;

    AsyncApiController(Supplier<Map<String, Object>> document) {
        this.document = document;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> asyncApi() {
        Map<String, Object> current = built;
        if (current == null) {
            current = document.get();
            built = current;
        }
        return current;
    }
}
