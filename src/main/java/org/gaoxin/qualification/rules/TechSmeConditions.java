package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.util.List;

import org.gaoxin.shared.Message;

/** The conditions of 科技型中小企业评价办法 that no score can make up for. */
final class TechSmeConditions {

	static final int MAX_STAFF = 500;

	/** 2 亿元 in thousand yuan, the limit for both annual sales and total assets. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("200000");

	private TechSmeConditions() {
	}

	static List<Condition> of(TechSmeApplication application) {
		return List.of(resident(application.residentInMainland()), staff(application.staff()),
				amount(Message.of("qualification.techSme.sales.name"), application.salesRevenue()),
				amount(Message.of("qualification.techSme.assets.name"), application.totalAssets()),
				notProhibited(application.prohibitedCategory()), cleanRecord(application.adverseRecord()));
	}

	private static Condition resident(boolean resident) {
		return Condition.judged(Message.of("qualification.techSme.resident.name"), Format.yesNo(resident), Format.YES,
				resident, Message.of("qualification.techSme.resident.gap"));
	}

	private static Condition staff(int staff) {
		return Condition.judged(Message.of("qualification.techSme.staff.name"), Format.figure(staff),
				Format.atMost(MAX_STAFF), staff <= MAX_STAFF,
				Message.of("qualification.techSme.staff.gap", staff, MAX_STAFF, staff - MAX_STAFF));
	}

	private static Condition amount(Message name, BigDecimal amount) {
		return Condition.judged(name, Message.of("qualification.amount", Format.amountAgainstLimit(amount)),
				Message.of("qualification.techSme.amount.requirement"), amount.compareTo(MAX_AMOUNT) <= 0,
				Message.of("qualification.techSme.amount.gap", name, Format.moneyNeeded(amount.subtract(MAX_AMOUNT))));
	}

	private static Condition notProhibited(Boolean prohibited) {
		Message name = Message.of("qualification.techSme.notProhibited.name");
		if (prohibited == null) {
			return Condition.undeclared(name);
		}
		return Condition.judged(name, Format.yesNo(!prohibited), Format.YES, !prohibited,
				Message.of("qualification.techSme.notProhibited.gap"));
	}

	private static Condition cleanRecord(Boolean adverse) {
		Message name = Message.of("qualification.techSme.cleanRecord.name");
		if (adverse == null) {
			return Condition.undeclared(name);
		}
		return Condition.judged(name, Format.yesNo(!adverse), Format.YES, !adverse,
				Message.of("qualification.techSme.cleanRecord.gap"));
	}

}
