package org.gaoxin.intake.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.enterprise.TechSmeRegistration;
import org.gaoxin.enterprise.bulk.RegistryBulk;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnType;
import org.gaoxin.intake.ImportKind;

import org.springframework.stereotype.Component;

/** Technology-based SME registrations (科技型中小企业入库登记). */
@Component
class RegistrationImport extends NumberedImport {

	private final Column number;

	private final Column year;

	RegistrationImport(Columns columns, RegistryBulk registry) {
		super(columns, registry);
		this.number = columns.named("registration_no", ColumnType.TEXT, true);
		this.year = columns.year();
	}

	@Override
	public ImportKind kind() {
		return ImportKind.TECH_SME_REGISTRATIONS;
	}

	@Override
	Column numberColumn() {
		return this.number;
	}

	@Override
	Column yearColumn() {
		return this.year;
	}

	@Override
	Map<String, Recorded> recorded(List<String> numbers) {
		Map<String, Recorded> recorded = new HashMap<>();
		this.registry.registrations(numbers)
			.forEach((no, r) -> recorded.put(no, new Recorded(r.enterpriseId(), r.year())));
		return recorded;
	}

	@Override
	public void write(List<Decision<Numbered>> decisions, DataScope scope, String source) {
		List<TechSmeRegistration> registrations = created(decisions).stream()
			.map((n) -> new TechSmeRegistration(n.enterpriseId(), n.year(), n.number()))
			.toList();
		if (!registrations.isEmpty()) {
			this.registry.registerSmes(registrations, source, scope);
		}
	}

}
