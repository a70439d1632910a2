package org.scholarlod.web;

import java.io.Writer;

/**
 * A page being written by a template: a {@link Writer} over a {@link StringBuilder}, without the lock that
 * {@link java.io.StringWriter} takes on each of the thousands of small writes a page is made of.
 */
final class PageText extends Writer {
    private final StringBuilder text = new StringBuilder(16_384);

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void flush() {
        // Nothing is buffered beyond the text itself.
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
