package fr.cls.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.platform.domain.Versions;
import fr.cls.platform.metrics.PlatformMetrics;

/** The shared answers of every service: one 400 shape for every invalid input, 428/412/304 for versions. */
class ProblemResponsesTest {

    private final Things things = new Things();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(things).setControllerAdvice(new ProblemResponses(
            new ProblemMessages(new org.springframework.context.support.StaticMessageSource()), PlatformMetrics.standalone()))
            .addInterceptors(new ControlCharacterParameters(), new IfMatchRequired()).build();

    @Test
    void namesEachInvalidAmountOfAMapByItsKeyAndArrayLinesByIndex() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "x", "amountsByYear": {"2026": -1}, "ownShareByYear": {"2027": 10.555},
                 "lines": [{"amount": 1}, {"amount": 2}, {"amount": -3}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("amountsByYear[2026]",
                        "ownShareByYear[2027]", "lines[2].amount")))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("euros")))
                .andExpect(jsonPath("$.errors[0].message", containsString("999999999999.99")));
        assertThat(things.changes).hasValue(0);
    }

    @Test
    void namesAQueryParameterOutOfRangeWithTheRange() throws Exception {
        mvc.perform(get("/things").param("withinMonths", "120"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("the request has invalid parameters"))
                .andExpect(jsonPath("$.errors[0].field").value("withinMonths"))
                .andExpect(jsonPath("$.errors[0].message", containsString("between 1 and 60")));
    }

    @Test
    void namesAQueryParameterOfTheWrongType() throws Exception {
        mvc.perform(get("/things").param("withinMonths", "six"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("withinMonths"))
                .andExpect(jsonPath("$.errors[0].rule").value("type"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
    }

    @Test
    void namesAPathVariableThatIsNotAnId() throws Exception {
        mvc.perform(get("/things/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a UUID"));
    }

    @Test
    void namesTheJsonPathOfAValueOfTheWrongType() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "x", "amountsByYear": {"2026": "lots"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amountsByYear[2026]"))
                .andExpect(jsonPath("$.errors[0].rule").value("type"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a number"));
    }

    @Test
    void namesAnUnknownEnumValueWithTheValuesAllowed() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "x", "lines": [{"amount": 1, "kind": "BIG"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].kind"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of [SMALL, LARGE]"));
    }

    @Test
    void answersABodyThatIsNotJsonAsAnInvalidBody() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void refusesAChangeWithoutIfMatchBeforeReadingItsBody() throws Exception {
        mvc.perform(put("/things/" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("if-match-required"));
        assertThat(things.changes).hasValue(0);
    }

    @Test
    void refusesAChangeFromAStaleVersionWith412AndTheCurrentETag() throws Exception {
        mvc.perform(put("/things/" + UUID.randomUUID()).header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"new\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.code").value("stale-version"));
        assertThat(things.changes).hasValue(0);
    }

    @Test
    void acceptsAChangeFromTheCurrentVersion() throws Exception {
        mvc.perform(put("/things/" + UUID.randomUUID()).header("If-Match", "\"3\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"new\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""));
        assertThat(things.changes).hasValue(1);
    }

    @Test
    void refusesAnIfMatchThatIsNotAVersionAs400NamingTheHeader() throws Exception {
        mvc.perform(put("/things/" + UUID.randomUUID()).header("If-Match", "\"abc\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"new\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"))
                .andExpect(jsonPath("$.errors[0].rule").value("if-match-is-a-version"));
    }

    @Test
    void answers304WhenIfNoneMatchNamesTheCurrentVersion() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(get("/things/" + id).header("If-None-Match", "\"3\"")).andExpect(status().isNotModified());
        mvc.perform(get("/things/" + id).header("If-None-Match", "\"2\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"3\""));
    }

    @Test
    void versionReadsQuotedWeakAndBareETags() {
        assertThat(IfMatch.version("\"7\"")).isEqualTo(7L);
        assertThat(IfMatch.version("W/\"7\"")).isEqualTo(7L);
        assertThat(IfMatch.version("7")).isEqualTo(7L);
        assertThat(IfMatch.version(null)).isNull();
    }

    @Test
    void checkRefusesAMissingVersionInsteadOfLettingItThrough() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Versions.check("thing 1", 3, null))
                .isInstanceOf(Versions.PreconditionRequiredException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Versions.check("thing 1", 3, 2L))
                .isInstanceOf(Versions.StaleVersionException.class).hasMessageContaining("version 3, not 2");
    }

    @Test
    void aComputedVersionFollowsTheContentAndFitsAnIfMatch() {
        record Settings(int days, List<String> to) {
        }
        long version = Versions.versionOf(new Settings(15, List.of("a")));
        assertThat(Versions.versionOf(new Settings(15, List.of("a")))).isEqualTo(version);
        assertThat(Versions.versionOf(new Settings(16, List.of("a")))).isNotEqualTo(version);
        assertThat(IfMatch.version("\"" + version + "\"")).isEqualTo(version);
    }

    @Test
    void kebabCasesConstraintNames() {
        assertThat(ProblemResponses.kebab("DecimalMin")).isEqualTo("decimal-min");
        assertThat(ProblemResponses.kebab("jakarta.validation.constraints.NotNull")).isEqualTo("not-null");
    }

    enum Kind {
        SMALL, LARGE
    }

    record Line(@NotNull @Euros BigDecimal amount, Kind kind) {
    }

    record Thing(@NotNull @Size(min = 1, max = 20) String name, Map<Integer, @Euros BigDecimal> amountsByYear,
            Map<Integer, @Euros BigDecimal> ownShareByYear, List<@Valid Line> lines) {
    }

    @RestController
    static class Things {

        final AtomicInteger changes = new AtomicInteger();

        @PostMapping("/things")
        Thing create(@Valid @RequestBody Thing thing) {
            changes.incrementAndGet();
            return thing;
        }

        @GetMapping("/things")
        List<String> list(@RequestParam(defaultValue = "6") @Range(min = 1, max = 60) int withinMonths,
                @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
            return List.of();
        }

        @GetMapping("/things/{id}")
        ResponseEntity<String> get(@PathVariable UUID id) {
            return ResponseEntity.ok().eTag("3").body("thing " + id);
        }

        @PutMapping("/things/{id}")
        ResponseEntity<Thing> change(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
                @Valid @RequestBody Thing thing) {
            Versions.check("thing " + id, 3, IfMatch.version(ifMatch));
            changes.incrementAndGet();
            return ResponseEntity.ok().eTag("4").body(thing);
        }
    }
}
