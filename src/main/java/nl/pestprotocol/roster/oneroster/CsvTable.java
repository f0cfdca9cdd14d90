package nl.pestprotocol.roster.oneroster;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import nl.pestprotocol.common.Problem;

/**
 * One CSV file of a OneRoster export: its header and rows, parsed by jackson-dataformat-csv (RFC
 * 4180 quoting, which OneRoster prescribes: names with commas, {@code userIds} lists). Columns are
 * found by header name, not position, and regardless of case, since exporters differ in both.
 */
final class CsvTable {

    /** {@code line}: the line in the file, the header being line 1. */
    record Row(int line, String[] values) {
    }

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    final String file;
    private final Map<String, Integer> columns = new HashMap<>();
    final List<Row> rows = new ArrayList<>();

    private CsvTable(String file) {
        this.file = file;
    }

    /** Null, with a problem added, when the file is not CSV at all. */
    static CsvTable parse(String file, byte[] content, List<Problem.InvalidParam> problems) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvTable table = new CsvTable(file);
        int line = 0;
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(new StringReader(text))) {
            while (it.hasNext()) {
                String[] values = it.next();
                line++;
                if (line == 1) {
                    for (int i = 0; i < values.length; i++) {
                        table.columns.putIfAbsent(values[i].trim().toLowerCase(Locale.ROOT), i);
                    }
                } else {
                    table.rows.add(new Row(line, values));
                }
            }
        } catch (IOException | RuntimeJsonMappingException e) {
            problems.add(new Problem.InvalidParam("/" + file + "/" + (line + 1), "is not valid CSV (RFC 4180) from this line on"));
            return null;
        }
        if (line == 0) {
            problems.add(new Problem.InvalidParam("/" + file, "is empty: a OneRoster file starts with its header line"));
            return null;
        }
        return table;
    }

    boolean has(String column) {
        return columns.containsKey(column.toLowerCase(Locale.ROOT));
    }

    /** The trimmed value, or null when the column or value is absent or blank. */
    String get(Row row, String column) {
        Integer i = columns.get(column.toLowerCase(Locale.ROOT));
        if (i == null || i >= row.values().length) {
            return null;
        }
        String v = row.values()[i].trim();
        return v.isEmpty() ? null : v;
    }

    /** Adds a problem for every required column the header lacks; answers whether all are there. */
    boolean requireColumns(List<Problem.InvalidParam> problems, String... required) {
        boolean all = true;
        for (String c : required) {
            if (!has(c)) {
                problems.add(new Problem.InvalidParam("/" + file + "/1", "has no column " + c));
                all = false;
            }
        }
        return all;
    }

    String pointer(Row row, String column) {
        return "/" + file + "/" + row.line() + "/" + column;
    }
}
