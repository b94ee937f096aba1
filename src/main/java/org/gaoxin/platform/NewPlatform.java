package org.gaoxin.platform;

import java.util.Objects;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;

public record NewPlatform(String zoneCode, PlatformKind kind, String name, PlatformLevel level, int establishedYear,
		Integer closedYear) {

	public NewPlatform {
		Objects.requireNonNull(zoneCode, "zone");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(level, "level");
		if (name == null || name.isBlank()) {
			throw new MessageException(Message.of("platform.error.nameEmpty"));
		}
		if (closedYear != null && closedYear <= establishedYear) {
			throw new IllegalArgumentException("A platform closes after the year it was established");
		}
	}

}
