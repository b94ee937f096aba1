package org.gaoxin.intake.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.enterprise.HighTechCertificate;
import org.gaoxin.enterprise.bulk.RegistryBulk;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnType;
import org.gaoxin.intake.ImportKind;

import org.springframework.stereotype.Component;

/** High-tech enterprise certificates (高新技术企业证书). */
@Component
class CertificateImport extends NumberedImport {

	private final Column number;

	private final Column issued;

	CertificateImport(Columns columns, RegistryBulk registry) {
		super(columns, registry);
		this.number = columns.named("certificate_no", ColumnType.TEXT, true);
		this.issued = columns.named("issue_year", ColumnType.YEAR, true);
	}

	@Override
	public ImportKind kind() {
		return ImportKind.CERTIFICATES;
	}

	@Override
	Column numberColumn() {
		return this.number;
	}

	@Override
	Column yearColumn() {
		return this.issued;
	}

	@Override
	Map<String, Recorded> recorded(List<String> numbers) {
		Map<String, Recorded> recorded = new HashMap<>();
		this.registry.certificates(numbers)
			.forEach((no, c) -> recorded.put(no, new Recorded(c.enterpriseId(), c.issueYear())));
		return recorded;
	}

	@Override
	public void write(List<Decision<Numbered>> decisions, DataScope scope, String source) {
		List<HighTechCertificate> certificates = created(decisions).stream()
			.map((n) -> new HighTechCertificate(n.enterpriseId(), n.number(), n.year()))
			.toList();
		if (!certificates.isEmpty()) {
			this.registry.issueAll(certificates, source, scope);
		}
	}

}
