package org.gaoxin.account;

public record Department(String code, String nameZh, String nameEn) {
}
