package org.changetalk.web;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The hint given to Jetty is what Jetty would work out itself, and an operator's own value wins. */
class JettyCacheLinesTest {
    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(JettyCacheLines.PROPERTY);
        System.clearProperty(JettyCacheLines.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(JettyCacheLines.PROPERTY);
        } else {
            System.setProperty(JettyCacheLines.PROPERTY, saved);
        }
    }

    @Test
    void referencesPerSixtyFourByteLine() {
        boolean compressed = Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("UseCompressedOops").getValue());
        JettyCacheLines.tell();
        assertThat(System.getProperty(JettyCacheLines.PROPERTY)).isEqualTo(compressed ? "16" : "8");
    }

    @Test
    void theCheapSignOfCompressedReferencesAgreesWithTheMxBean() {
        boolean compressed = Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("UseCompressedOops").getValue());
        assertThat(System.getProperty(JettyCacheLines.OOPS_MODE) != null).isEqualTo(compressed);
        assertThat(JettyCacheLines.compressedReferences()).isEqualTo(compressed);
    }

    @Test
    void leavesAnOperatorsValue() {
        System.setProperty(JettyCacheLines.PROPERTY, "3");
        JettyCacheLines.tell();
        assertThat(System.getProperty(JettyCacheLines.PROPERTY)).isEqualTo("3");
    }
}
