package org.changetalk.web;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.ManagementFactory;

/**
 * Tells Jetty how many object references fit in a cache line before Jetty asks for itself.
 *
 * <p>Why: Jetty's {@code MemoryUtils} reads the JVM's {@code UseCompressedOops} through
 * {@code ManagementFactory.getPlatformMBeanServer()}, which registers every platform MBean (flight recorder and
 * diagnostic commands included): about a tenth of a second of CPU at every start for one boolean. The same
 * flag is read here from the one MXBean that holds it, and the answer is put where Jetty looks first, the
 * system property {@code org.eclipse.jetty.util.referencesPerCacheLine}, with Jetty's own arithmetic (a
 * 64-byte line, 4-byte references when compressed, else 8). A value the operator set is left alone; on a JVM
 * without that MXBean Jetty finds out for itself as before.
 */
final class JettyCacheLines {
    static final String PROPERTY = "org.eclipse.jetty.util.referencesPerCacheLine";
    private static final String LINE_PROPERTY = "org.eclipse.jetty.util.cacheLineBytes";
    static final String OOPS_MODE = "java.vm.compressedOopsMode";

    private JettyCacheLines() {
    }

    /** Sets the property unless it is set; must run before Jetty's {@code MemoryUtils} is loaded. */
    static void tell() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        Boolean compressed = compressedReferences();
        if (compressed == null) {
            return;
        }
        int line;
        try {
            line = Integer.parseInt(System.getProperty(LINE_PROPERTY, "64"));
        } catch (NumberFormatException e) {
            return; // Jetty falls back to 64 and works the rest out itself
        }
        System.setProperty(PROPERTY, Integer.toString(compressed ? line >> 2 : line >> 3)); // ints or longs per line, as Jetty counts
    }

    /** Whether the JVM stores references in 4 bytes; null when it cannot say. */
    static Boolean compressedReferences() {
        // HotSpot names its compressed-oops mode in this property when, and only when, they are on: a start need
        // not load the management classes to learn it (~90 classes, docs/benchmarks.md §22). Without it, the JVM
        // may not compress them or may not be HotSpot, so the MXBean says which.
        if (System.getProperty(OOPS_MODE) != null) {
            return true;
        }
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotSpot == null ? null : Boolean.parseBoolean(hotSpot.getVMOption("UseCompressedOops").getValue());
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
