package fr.cls.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** Polls the platform's change feed, so that what a missed webhook said still arrives. */
@Component
class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final PlatformClient platform;
    private final DossierBook book;
    private long cursor;

    FeedPoller(PlatformClient platform, DossierBook book) {
        this.platform = platform;
        this.book = book;
    }

    @Scheduled(fixedDelayString = "${portal.poll-interval:PT5S}")
    void poll() {
        try {
            JsonNode feed = platform.changes(cursor);
            for (JsonNode change : feed.path("items")) {
                book.apply(change.get("portalReference").asString(), change.get("status").asString(), change.get("sequence").asLong());
            }
            cursor = feed.path("nextCursor").asLong(cursor);
        } catch (RuntimeException e) {
            log.info("change feed not reachable yet: {}", e.getMessage());
        }
    }
}
