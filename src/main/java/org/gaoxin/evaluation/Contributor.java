package org.gaoxin.evaluation;

import java.math.BigDecimal;

import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;

/**
 * A record behind an aggregate, with what it contributes: an enterprise (its credit code
 * in {@code code}) or an innovation platform (its kind and level; it has no code).
 */
public record Contributor(long id, String code, String name, BigDecimal value, PlatformKind platformKind,
		PlatformLevel platformLevel) {

	public static Contributor enterprise(long id, String creditCode, String name, BigDecimal value) {
		return new Contributor(id, creditCode, name, value, null, null);
	}

	public static Contributor platform(long id, String name, PlatformKind kind, PlatformLevel level) {
		return new Contributor(id, null, name, BigDecimal.ONE, kind, level);
	}

	public boolean isPlatform() {
		return this.platformKind != null;
	}

}
