package org.scholarlod.web;

/**
 * A coordinate or length in the pages' SVG, to one decimal place: written by hand because {@code String.format}
 * was three quarters of the cost of an article page's charts.
 */
final class SvgCoordinate {
    private SvgCoordinate() {}

    /** The value rounded half up to tenths, as "12.3", "-0.5" or "7.0". */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value is not a finite number: " + value);
        }
        long tenths = Math.round(Math.abs(value) * 10);
        String sign = value < 0 && tenths != 0 ? "-" : "";
        return sign + tenths / 10 + "." + tenths % 10;
    }
}
