package org.gaoxin.standard;

public record Category(String code, LocalizedText name) {
}
