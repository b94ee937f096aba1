package org.gaoxin.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.gaoxin.account.DataScope;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.enterprise.HighTechCertificate;
import org.gaoxin.enterprise.Certificates;
import org.gaoxin.enterprise.TechSmeRegistration;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnType;
import org.gaoxin.intake.ImportKind;

import org.springframework.stereotype.Component;

/**
 * High-tech certificates and tech-SME registrations. Both are issued documents: a number
 * already recorded with the same content is left as it is; recorded with other content it
 * is an error, never silently changed.
 */
final class QualificationImports {

	static final Column CREDIT_CODE = ReportImport.CREDIT_CODE;

	private QualificationImports() {
	}

	record Numbered(CreditCode creditCode, String number, int year) {
	}

	abstract static class Base implements KindHandler<Numbered> {

		final Enterprises enterprises;

		final Certificates certificates;

		Base(Enterprises enterprises, Certificates certificates) {
			this.enterprises = enterprises;
			this.certificates = certificates;
		}

		abstract Column numberColumn();

		abstract Column yearColumn();

		/** Every stored number with its (enterprise id, year). */
		abstract Map<String, long[]> storedNumbers();

		@Override
		public List<Column> columns() {
			return List.of(CREDIT_CODE, numberColumn(), yearColumn());
		}

		@Override
		public Column keyColumn() {
			return numberColumn();
		}

		@Override
		public Numbered parse(ParsedRow row) {
			CreditCode code = row.creditCode(CREDIT_CODE);
			String number = row.text(numberColumn());
			Integer year = row.year(yearColumn());
			return (code == null || number == null || year == null) ? null : new Numbered(code, number, year);
		}

		@Override
		public String key(Numbered record) {
			return record.number();
		}

		@Override
		public Plan<Numbered> plan(List<Located<Numbered>> rows, DataScope scope) {
			Map<String, Enterprise> registry = this.enterprises.byCreditCode();
			Map<String, long[]> numbers = storedNumbers();
			List<Numbered> created = new ArrayList<>();
			int unchanged = 0;
			for (Located<Numbered> located : rows) {
				Numbered row = located.value();
				Enterprise enterprise = registry.get(row.creditCode().value());
				if (enterprise == null) {
					located.row()
						.error(CREDIT_CODE, row.creditCode().value(), "企业未登记",
								"no enterprise with this code is registered");
					continue;
				}
				if (!scope.canEditFigures(enterprise.zoneCode())) {
					located.row().error(CREDIT_CODE, row.creditCode().value(), "不在您的数据范围内", "outside your data scope");
					continue;
				}
				long[] stored = numbers.get(row.number());
				if (stored == null) {
					created.add(row);
				}
				else if (stored[0] == enterprise.id() && stored[1] == row.year()) {
					unchanged++;
				}
				else {
					located.row()
						.error(numberColumn(), row.number(), "该编号已登记为其他企业或年度",
								"this number is already recorded for another enterprise or year");
				}
			}
			return new Plan<>(created, List.of(), unchanged, List.of());
		}

	}

	@Component
	static class CertificateImport extends Base {

		static final Column NUMBER = Column.of("certificate_no", "证书编号", "Certificate number", ColumnType.TEXT, true);

		static final Column ISSUED = Column.of("issue_year", "发证年度", "Issue year", ColumnType.YEAR, true);

		CertificateImport(Enterprises enterprises, Certificates certificates) {
			super(enterprises, certificates);
		}

		@Override
		public ImportKind kind() {
			return ImportKind.CERTIFICATES;
		}

		@Override
		Column numberColumn() {
			return NUMBER;
		}

		@Override
		Column yearColumn() {
			return ISSUED;
		}

		@Override
		Map<String, long[]> storedNumbers() {
			Map<String, long[]> numbers = new java.util.HashMap<>();
			this.certificates.certificatesByNumber()
				.forEach((number, c) -> numbers.put(number, new long[] { c.enterpriseId(), c.issueYear() }));
			return numbers;
		}

		@Override
		public void write(Plan<Numbered> plan, DataScope scope, String source, IntConsumer progress) {
			Map<String, Enterprise> registry = this.enterprises.byCreditCode();
			this.certificates.issueAll(plan.created()
				.stream()
				.map((n) -> new HighTechCertificate(registry.get(n.creditCode().value()).id(), n.number(), n.year()))
				.toList(), source);
			progress.accept(plan.created().size());
		}

	}

	@Component
	static class RegistrationImport extends Base {

		static final Column NUMBER = Column.of("registration_no", "入库登记编号", "Registration number", ColumnType.TEXT,
				true);

		static final Column YEAR = Column.of("year", "年度", "Year", ColumnType.YEAR, true);

		RegistrationImport(Enterprises enterprises, Certificates certificates) {
			super(enterprises, certificates);
		}

		@Override
		public ImportKind kind() {
			return ImportKind.TECH_SME_REGISTRATIONS;
		}

		@Override
		Column numberColumn() {
			return NUMBER;
		}

		@Override
		Column yearColumn() {
			return YEAR;
		}

		@Override
		Map<String, long[]> storedNumbers() {
			Map<String, long[]> numbers = new java.util.HashMap<>();
			this.certificates.registrationsByNumber()
				.forEach((number, r) -> numbers.put(number, new long[] { r.enterpriseId(), r.year() }));
			return numbers;
		}

		@Override
		public void write(Plan<Numbered> plan, DataScope scope, String source, IntConsumer progress) {
			Map<String, Enterprise> registry = this.enterprises.byCreditCode();
			this.certificates.registerAll(plan.created()
				.stream()
				.map((n) -> new TechSmeRegistration(registry.get(n.creditCode().value()).id(), n.year(), n.number()))
				.toList(), source);
			progress.accept(plan.created().size());
		}

	}

}
