package org.changetalk.web;

import java.util.List;

/** RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; rows end in CRLF. */
final class Csv {
    private final StringBuilder out = new StringBuilder();

    Csv(List<String> header) {
        row(header);
    }

    Csv row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object f = fields.get(i);
            String s = f == null ? "" : f.toString();
            // a leading = + - @ (or a TAB or CR before one, which spreadsheets skip) makes them run the cell as a
            // formula: a transcript is untrusted text
            if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !isNumber(s)) {
                s = "'" + s;
            }
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            out.append(s);
        }
        out.append("\r\n");
        return this;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
