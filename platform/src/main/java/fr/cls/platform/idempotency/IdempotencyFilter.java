package fr.cls.platform.idempotency;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import fr.cls.platform.context.Actor;
import fr.cls.platform.context.CorrelationId;
import fr.cls.platform.context.CurrentActor;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.web.ProblemWriter;
import fr.cls.platform.web.ProblemWriter.Localized;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Honours {@value #HEADER} on POST requests under {@code /api/}.
 * <p>
 * A servlet filter rather than a {@code HandlerInterceptor} + {@code ResponseBodyAdvice}: it sees the raw body
 * (to fingerprint it) before anything reads it, it sees the final response whichever way it was produced
 * (controller, exception handler, Spring's own error handling) with its status and headers, and it can answer
 * a replay without entering the dispatcher at all. It runs after the security filters, because a key belongs
 * to a caller: {@link IdempotencyScope} (tenant, issuer, subject, roles, method, path).
 * <p>
 * Authorization before replay: a stored answer is replayed only to the caller it was given to, with the same
 * roles, on the same route; so it never tells anyone anything they were not already answered. Any other caller
 * sending the key makes a new request that runs the handler and its authorization (a governance member reusing an
 * approver's key gets the handler's 403, not the approver's answer). Answers of handlers marked
 * {@link SecretInResponse} are stored without the secret.
 * <p>
 * The first request with a key claims it (IN_PROGRESS, committed at once), runs, and its response is stored;
 * a 5xx or an exception releases the key so that the client can retry. 4xx answers are stored and replayed.
 * The handler's commit marks the claim COMMITTED in the same transaction ({@link CommitMarker}): only an
 * uncommitted claim is ever taken over after its instance died; a committed one without answer is answered 410.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    /** Looked up at the first request: a filter is built with the web server, before the data source may be. */
    private final Supplier<IdempotentRequests> requestsLookup;
    private final ProblemWriter problems;
    private final JsonMapper json;
    private volatile IdempotentRequests requests;

    IdempotencyFilter(Supplier<IdempotentRequests> requests, ProblemWriter problems, JsonMapper json) {
        this.requestsLookup = requests;
        this.problems = problems;
        this.json = json;
    }

    private IdempotentRequests requests() {
        IdempotentRequests found = requests;
        if (found == null) {
            found = requestsLookup.get();
            requests = found;
        }
        return found;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            problems.write(request, response, 400,
                    new Localized("problem.idempotency-key-invalid-title", "Invalid " + HEADER + " header", HEADER),
                    new Localized("problem.idempotency-key-invalid",
                            "the " + HEADER + " header must be 1 to 200 characters among A-Z a-z 0-9 . _ : -", HEADER),
                    Map.of("header", HEADER));
            return;
        }
        Optional<String> tenant = TenantContext.current();
        if (tenant.isEmpty()) {
            // Requests that act for no tenant are refused before reaching their handler; nothing to scope the key by.
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest cached;
        byte[] body;
        if (isMultipart(request)) {
            // An upload: the servlet container parses and keeps its parts, which the handler reads again; the body
            // cannot be read up front (the parts would then be lost). A part over the size limit is left to the handler (413).
            try {
                body = partsDigest(request);
            } catch (IOException | IllegalStateException | ServletException unreadable) {
                chain.doFilter(request, response);
                return;
            }
            cached = request;
        } else {
            CachedBodyRequest read = new CachedBodyRequest(request);
            body = read.body();
            cached = read;
        }
        String path = request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        String fingerprint = IdempotentRequests.fingerprint(request.getMethod(), path, body);
        Actor actor = CurrentActor.get();
        IdempotencyScope scope = new IdempotencyScope(tenant.get(), actor.issuer(), actor.subject(),
                IdempotencyScope.roles(actor.roles()), request.getMethod(), request.getRequestURI());

        Optional<IdempotentRequests.Stored> existing = requests().claim(scope, key, fingerprint,
                CorrelationId.current().orElse(null));
        if (existing.isEmpty()) {
            runAndStore(cached, response, chain, scope, key);
        } else if (!existing.get().requestHash().equals(fingerprint)) {
            problems.write(request, response, 422,
                    new Localized("problem.idempotency-key-reused-title", HEADER + " reused", HEADER),
                    new Localized("problem.idempotency-key-reused",
                            "this " + HEADER + " was already used for a different request; use a new key for a new request",
                            HEADER),
                    Map.of("header", HEADER));
        } else if (existing.get().answerLost()) {
            answerLost(request, response, scope, existing.get());
        } else if (existing.get().inProgress()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, 409,
                    new Localized("problem.idempotency-in-progress-title", "Request in progress"),
                    new Localized("problem.idempotency-in-progress",
                            "a request with this " + HEADER + " is still being processed; retry later", HEADER),
                    Map.of("header", HEADER));
        } else {
            replay(existing.get(), response);
        }
    }

    /**
     * 410: the request was carried out (its change committed) but its instance stopped before storing the answer.
     * It is not run again; the problem lists what it did, from the audit trail, so that the client can find it.
     */
    private void answerLost(HttpServletRequest request, HttpServletResponse response, IdempotencyScope scope,
            IdempotentRequests.Stored stored) throws IOException {
        List<Map<String, Object>> changes = requests().changesOf(scope, stored.claimed()).stream()
                .map(IdempotencyFilter::asMember).toList();
        problems.write(request, response, 410,
                new Localized("problem.idempotency-answer-lost-title", "Answer lost", HEADER),
                new Localized("problem.idempotency-answer-lost",
                        "the request with this " + HEADER + " was carried out, but the instance that ran it stopped before"
                                + " storing its answer; it will not run again: its changes are listed", HEADER),
                Map.of("header", HEADER, "committedAt", stored.claimed().committedAt().toInstant().toString(),
                        "changes", changes));
    }

    private static Map<String, Object> asMember(IdempotentRequests.Change change) {
        Map<String, Object> member = new java.util.LinkedHashMap<>();
        member.put("action", change.action());
        member.put("resourceType", change.resourceType());
        member.put("resourceId", change.resourceId());
        if (change.versionAfter() != null) {
            member.put("version", change.versionAfter());
        }
        return member;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    /** The parts' names, file names and contents, hashed in name order: the same form gives the same digest. */
    private static byte[] partsDigest(HttpServletRequest request) throws IOException, ServletException {
        java.security.MessageDigest sha256;
        try {
            sha256 = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        List<jakarta.servlet.http.Part> parts = request.getParts().stream()
                .sorted(java.util.Comparator.comparing(jakarta.servlet.http.Part::getName)).toList();
        for (jakarta.servlet.http.Part part : parts) {
            sha256.update((part.getName() + "\n" + part.getSubmittedFileName() + "\n").getBytes(StandardCharsets.UTF_8));
            try (java.io.InputStream in = part.getInputStream()) {
                sha256.update(in.readAllBytes());
            }
        }
        return ("multipart:" + java.util.HexFormat.of().formatHex(sha256.digest())).getBytes(StandardCharsets.UTF_8);
    }

    private void runAndStore(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            IdempotencyScope scope, String key) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        ClaimedKey claimed = ClaimedKey.open(scope, key);
        try {
            chain.doFilter(request, recorded);
        } catch (Throwable failure) {
            release(scope, key);
            throw failure;
        } finally {
            claimed.close();
        }
        int status = recorded.getStatus();
        // 428/412: nothing was done, the caller retries with (another) If-Match under the same key.
        if (status >= 500 || status == 428 || status == 412) {
            release(scope, key);
        } else {
            try {
                String contentType = recorded.getContentType();
                String body = withoutSecrets(request, new String(recorded.getContentAsByteArray(), charset(contentType)));
                requests().complete(scope, key, status, body, contentType, recorded.getHeader(HttpHeaders.LOCATION));
            } catch (RuntimeException e) {
                log.warn("could not store the response for idempotency key {}; the key is released unless the request"
                        + " committed (then a retry is answered 410)", key, e);
                releaseUncommitted(scope, key);
            }
        }
        recorded.copyBodyToResponse();
    }

    /** The answer as stored: without the fields a {@link SecretInResponse} handler names. */
    private String withoutSecrets(HttpServletRequest request, String body) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)
                || !handler.hasMethodAnnotation(SecretInResponse.class)) {
            return body;
        }
        String[] secrets = handler.getMethodAnnotation(SecretInResponse.class).value();
        try {
            if (json.readTree(body) instanceof ObjectNode answer) {
                answer.remove(List.of(secrets));
                return json.writeValueAsString(answer);
            }
        } catch (JacksonException notJson) {
            // fall through: an answer we cannot strip keeps its status, not its body
        }
        return null;
    }

    private void release(IdempotencyScope scope, String key) {
        try {
            requests().release(scope, key);
        } catch (RuntimeException e) {
            log.warn("could not release idempotency key {}; it stays in progress until it expires", key, e);
        }
    }

    private void releaseUncommitted(IdempotencyScope scope, String key) {
        try {
            requests().releaseUncommitted(scope, key);
        } catch (RuntimeException e) {
            log.warn("could not release idempotency key {}; it stays in progress until it expires", key, e);
        }
    }

    private void replay(IdempotentRequests.Stored stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.responseStatus());
        response.setHeader(REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.responseBody() != null) {
            byte[] body = stored.responseBody().getBytes(charset(stored.contentType()));
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static Charset charset(String contentType) {
        try {
            Charset declared = contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
            return declared == null ? StandardCharsets.UTF_8 : declared;
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
