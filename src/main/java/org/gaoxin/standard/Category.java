package org.gaoxin.standard;

import org.gaoxin.shared.LocalizedText;

public record Category(String code, LocalizedText name) {
}
