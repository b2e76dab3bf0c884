package fr.cls.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    @Test
    void isUsedOnlyWhenAskedAndOnJdk25OrLater() {
        assertThat(AotCache.enabled("true", 25)).isTrue();
        assertThat(AotCache.enabled(" TRUE ", 26)).isTrue();
        assertThat(AotCache.enabled("true", 21)).isFalse();
        assertThat(AotCache.enabled("false", 25)).isFalse();
        assertThat(AotCache.enabled(null, 25)).isFalse();
    }

    @Test
    void runsTheExtractedJarWithoutCacheOptionsWhenTheCacheIsOff(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("app.aot"), "cache");

        AotCache.Launch launch = AotCache.options(dir.resolve("app/gateway.jar"), dir.resolve("app.aot"), false);

        assertThat(launch.options()).isEmpty();
        assertThat(launch.jar()).isEqualTo(dir.resolve("app/gateway.jar"));
    }

    @Test
    void recordsTheCacheWhenThereIsNoneYet(@TempDir Path dir) {
        AotCache.Launch launch = AotCache.options(dir.resolve("app/gateway.jar"), dir.resolve("app.aot"), true);

        assertThat(launch.options()).isEqualTo(List.of("-XX:AOTCacheOutput=" + dir.resolve("app.aot")));
        assertThat(launch.jar()).isEqualTo(dir.resolve("app/gateway.jar"));
    }

    @Test
    void readsTheCacheOnceItIsWritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("app.aot"), "cache");

        AotCache.Launch launch = AotCache.options(dir.resolve("app/gateway.jar"), dir.resolve("app.aot"), true);

        assertThat(launch.options()).isEqualTo(List.of("-XX:AOTCache=" + dir.resolve("app.aot")));
    }
}
