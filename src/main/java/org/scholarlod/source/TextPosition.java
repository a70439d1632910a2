package org.scholarlod.source;

/**
 * Where in a text file a problem is: a line and a column, both counted from 1 as editors and parsers count them.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record TextPosition(int line, int column) {
    public TextPosition {
        if (line < 1) {
            throw new IllegalArgumentException("line " + line + " is not a line number (they count from 1)");
        }
        if (column < 1) {
            throw new IllegalArgumentException("column " + column + " is not a column number (they count from 1)");
        }
    }

    /** The position a parser reports, or null when it reports none (a negative line or column). */
    public static TextPosition reported(long line, long column) {
        return line < 1 || column < 1 ? null : new TextPosition((int) line, (int) column);
    }

    /** "line 3, column 14", as the one-line errors say it. */
    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
