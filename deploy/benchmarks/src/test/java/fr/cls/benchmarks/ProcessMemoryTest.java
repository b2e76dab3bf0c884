package fr.cls.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void readsVmRssInKibibytes() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmRSS:\t  262144 kB\nRssAnon:\t  200000 kB\n";

        assertThat(ProcessMemory.rssKib(status)).isEqualTo(262144);
    }

    @Test
    void refusesAStatusWithoutVmRss() {
        assertThatThrownBy(() -> ProcessMemory.rssKib("Name:\tzombie\n")).hasMessageContaining("no VmRSS");
    }

    @Test
    void readsThisProcess() throws Exception {
        assertThat(ProcessMemory.rssMib(ProcessHandle.current().pid())).isPositive();
    }
}
