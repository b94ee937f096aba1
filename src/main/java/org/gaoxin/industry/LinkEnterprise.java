package org.gaoxin.industry;

import java.math.BigDecimal;

/**
 * An enterprise on a link, with its year's approved figures (万元; null without an approved
 * report); {@code primary} when the link is the one on its registry row rather than one
 * it also serves.
 */
public record LinkEnterprise(long id, String creditCode, String name, boolean highTech, boolean techBased,
		boolean primary, BigDecimal output, BigDecimal revenue, BigDecimal rd) {
}
