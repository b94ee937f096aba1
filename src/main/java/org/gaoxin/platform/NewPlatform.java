package org.gaoxin.platform;

import java.util.Objects;

public record NewPlatform(String zoneCode, PlatformKind kind, String name, PlatformLevel level, int establishedYear,
		Integer closedYear) {

	public NewPlatform {
		Objects.requireNonNull(zoneCode, "zone");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(level, "level");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("平台名称为空 / platform name is empty");
		}
		if (closedYear != null && closedYear <= establishedYear) {
			throw new IllegalArgumentException("A platform closes after the year it was established");
		}
	}

}
