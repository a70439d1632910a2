package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SvgCoordinateTest {
    @Test
    void format_roundsToTenths() {
        assertEquals("7.0", SvgCoordinate.format(7));
        assertEquals("12.3", SvgCoordinate.format(12.34));
        assertEquals("12.4", SvgCoordinate.format(12.36));
        assertEquals("0.3", SvgCoordinate.format(0.25));
        assertEquals("170.0", SvgCoordinate.format(169.96));
    }

    @Test
    void format_negativeAndNegativeZero() {
        assertEquals("-0.5", SvgCoordinate.format(-0.5));
        assertEquals("-12.3", SvgCoordinate.format(-12.34));
        assertEquals("0.0", SvgCoordinate.format(-0.01));
        assertEquals("0.0", SvgCoordinate.format(-0.0));
    }

    @Test
    void format_agreesWithStringFormatOnChartValues() {
        // The values the charts draw: points on a circle of radius 150 about (320, 170), bar widths and heights.
        for (int n = 1; n <= 60; n++) {
            for (int i = 0; i < n; i++) {
                double angle = 2 * Math.PI * i / n - Math.PI / 2;
                for (double value :
                        new double[] {320 + 150 * Math.cos(angle), 170 + 150 * Math.sin(angle), 600.0 / n, 150.0 * i / n
                        }) {
                    assertEquals(
                            String.format(Locale.ROOT, "%.1f", value), SvgCoordinate.format(value), "value " + value);
                }
            }
        }
    }

    @Test
    void format_notFinite() {
        assertThrows(IllegalArgumentException.class, () -> SvgCoordinate.format(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SvgCoordinate.format(Double.POSITIVE_INFINITY));
    }
}
