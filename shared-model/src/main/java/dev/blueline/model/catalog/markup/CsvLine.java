package dev.blueline.model.catalog.markup;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line into cells, spreadsheet style: cells are trimmed; a cell that starts with
 * {@code "} runs to the next lone {@code "} and keeps its commas and spaces; {@code ""} inside
 * quotes is one quote. An unclosed quote ends at the end of the line (a quote never swallows the
 * rows below it). Text after a closing quote is kept: {@code "a"b} is {@code ab}.
 */
final class CsvLine {
    private CsvLine() {
    }

    static List<String> split(String line, char delimiter, int maxCells) {
        List<String> cells = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (cells.size() < maxCells) {
            while (i < n && line.charAt(i) != delimiter && isBlank(line.charAt(i))) i++;
            StringBuilder cell = new StringBuilder();
            if (i < n && line.charAt(i) == '"') {
                i = readQuoted(line, i + 1, cell);
            }
            int plainStart = cell.length();
            while (i < n && line.charAt(i) != delimiter) cell.append(line.charAt(i++));
            cells.add(trimEnd(cell, plainStart));
            if (i >= n) break;
            i++; // skip the delimiter
            if (i == n && cells.size() < maxCells) {
                cells.add(""); // "a," has an empty last cell
                break;
            }
        }
        return cells;
    }

    /** Reads a quoted cell body from {@code i}; returns the index just past the closing quote. */
    private static int readQuoted(String line, int i, StringBuilder cell) {
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c != '"') {
                cell.append(c);
                i++;
            } else if (i + 1 < n && line.charAt(i + 1) == '"') {
                cell.append('"');
                i += 2;
            } else {
                return i + 1;
            }
        }
        return n;
    }

    // Only the unquoted tail is trimmed: quoted spaces are what the designer asked for.
    private static String trimEnd(StringBuilder cell, int keepUpTo) {
        int end = cell.length();
        while (end > keepUpTo && isBlank(cell.charAt(end - 1))) end--;
        return cell.substring(0, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || Character.isSpaceChar(c);
    }
}
