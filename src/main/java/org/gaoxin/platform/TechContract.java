package org.gaoxin.platform;

import java.math.BigDecimal;

/**
 * A technology-transfer contract (技术合同) registered in a zone: the parties, the technology
 * field and the turnover in 万元; {@code platformId} the institution that brokered it, if
 * any.
 */
public record TechContract(long id, String zoneCode, int year, String title, String seller, String buyer, String field,
		BigDecimal turnover, Long platformId) {
}
