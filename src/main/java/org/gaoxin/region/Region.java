package org.gaoxin.region;

public record Region(String code, String nameZh, String nameEn) {
}
