package org.gaoxin.intake;

public enum ColumnType {

	TEXT, CREDIT_CODE, INTEGER, DECIMAL, DATE, YEAR, BOOLEAN, CHOICE

}
