package org.changetalk.web;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.ManagementFactory;

/**
 * Keeps the heap a serving JVM has grown instead of letting the collector hand it back while the server is idle.
 *
 * <p>Why: with the JVM's defaults (G1, {@code MaxHeapFreeRatio} 70) a concurrent cycle ends by shrinking the heap to
 * what the server holds at that moment. The first cycle starts when the loaded classes pass the metaspace's first
 * threshold, during the warm-up or the first requests, and the server then sits idle while trainees sign in: in the
 * GC logs of docs/benchmarks.md section 28 the heap went 572 → 108 MB in one run (a young collection every 100–300 ms
 * until it grew again) and 1,080 → 560 MB in another, which met the 500 arriving trainees with a young generation of
 * about 24 MB, the collector growing it only after several pauses that each copied the new sessions' state. Kept, the
 * heap stays as large as the warm-up made it (1.4–1.5 GB there, so 60–100 MB of young generation from the first
 * turn); the JVM's maximum is unchanged.
 *
 * <p>A manageable flag set at run time, not a launcher option, so the README's {@code java -jar} command and every
 * deployment get it without knowing about it. An operator's own {@code -XX:MaxHeapFreeRatio} is left alone.
 */
final class ServerHeap {
    private static final System.Logger LOG = System.getLogger(ServerHeap.class.getName());
    /** The flag and the value that turns shrinking off: no free share of the heap is ever "too much". */
    static final String FLAG = "MaxHeapFreeRatio";
    static final String NEVER_SHRINK = "100";

    private ServerHeap() {
    }

    /** Turns the heap's shrinking off unless the command line chose a ratio; true when the flag is at 100 afterwards. */
    static boolean keepGrown() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null) {
                return false;
            }
            var option = vm.getVMOption(FLAG);
            if (option.getOrigin() == com.sun.management.VMOption.Origin.DEFAULT) {
                vm.setVMOption(FLAG, NEVER_SHRINK);
            }
            return vm.getVMOption(FLAG).getValue().equals(NEVER_SHRINK);
        } catch (RuntimeException | LinkageError e) {
            // another JVM, or a flag it does not have or will not change: the server only serves its first
            // minute a little slower
            LOG.log(System.Logger.Level.INFO, "the heap may shrink when idle: " + FLAG + " not set (" + e + ")");
            return false;
        }
    }
}
