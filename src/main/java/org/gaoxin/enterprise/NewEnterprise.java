package org.gaoxin.enterprise;

import org.gaoxin.shared.HighTechField;
import java.time.LocalDate;
import java.util.Objects;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;

/** An enterprise to register; the credit code is validated on construction. */
public record NewEnterprise(CreditCode creditCode, String name, String zoneCode, String industry,
		HighTechField techField, LocalDate registrationDate, boolean aboveDesignatedSize, boolean strategicEmerging,
		String chainCode, String chainLinkCode) {

	public NewEnterprise {
		Objects.requireNonNull(creditCode, "credit code");
		if (name == null || name.isBlank()) {
			throw new MessageException(Message.of("enterprise.error.nameEmpty"));
		}
		Objects.requireNonNull(zoneCode, "zone");
		Objects.requireNonNull(industry, "industry");
		Objects.requireNonNull(registrationDate, "registration date");
		if (chainLinkCode != null && chainCode == null) {
			throw new IllegalArgumentException("A chain link needs its chain");
		}
	}

}
