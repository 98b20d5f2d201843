package org.changetalk.web;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A serving JVM stops handing its heap back when idle (the collector's shrink after a concurrent cycle met the
 * 500-trainee test's arrivals with a young generation of ~24 MB): the flag is set at run time, in this JVM, where the
 * test runs with the JVM's default for it.
 */
class ServerHeapTest {
    @Test
    void theHeapNoLongerShrinksOnceTheServerAsked() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        boolean chosenOnTheCommandLine = vm.getVMOption(ServerHeap.FLAG).getOrigin() != com.sun.management.VMOption.Origin.DEFAULT;
        String before = vm.getVMOption(ServerHeap.FLAG).getValue();

        boolean kept = ServerHeap.keepGrown();

        if (chosenOnTheCommandLine) {
            // an operator's ratio stays theirs
            assertThat(vm.getVMOption(ServerHeap.FLAG).getValue()).isEqualTo(before);
        } else {
            assertThat(kept).isTrue();
            assertThat(vm.getVMOption(ServerHeap.FLAG).getValue()).isEqualTo(ServerHeap.NEVER_SHRINK);
            assertThat(ServerHeap.keepGrown()).as("asked twice, still kept").isTrue();
        }
    }
}
