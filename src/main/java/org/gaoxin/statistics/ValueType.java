package org.gaoxin.statistics;

public enum ValueType {

	NUMBER, BOOLEAN

}
