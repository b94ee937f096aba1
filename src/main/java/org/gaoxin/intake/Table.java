package org.gaoxin.intake;

import java.util.List;

/** A table to write as .xlsx or .csv: a sheet name, headers and rows of values. */
public record Table(String sheet, List<String> headers, List<List<Object>> rows) {
}
