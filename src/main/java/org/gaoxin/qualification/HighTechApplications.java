package org.gaoxin.qualification;

import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.qualification.rules.ExpertScores;
import org.gaoxin.qualification.rules.FiscalYear;
import org.gaoxin.qualification.rules.HighTechApplication;
import org.gaoxin.qualification.rules.HighTechInputs;
import org.gaoxin.qualification.rules.IpPortfolio;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.filing.ReportField;
import org.gaoxin.shared.Message;

/**
 * High-tech applications from stored data: the application year's report and the two
 * before it. Sales revenue is operating revenue (主营业务收入 + 其他业务收入, as the guideline
 * defines 销售收入), which also stands for total revenue. How IP was obtained, whether a
 * standard was led and whether there was an accident come from the enterprise's
 * declaration for the application year, the expert-judged parts from the experts' scores
 * for it; whatever is not declared or scored stays open.
 */
public final class HighTechApplications {

	private static final List<ReportField> EVERY_YEAR = List.of(ReportField.OPERATING_REVENUE, ReportField.RD_EXPENSE,
			ReportField.RD_EXPENSE_DOMESTIC, ReportField.OWNERS_EQUITY);

	private HighTechApplications() {
	}

	/**
	 * Judged as on 31 December of the application year, the first day its report's
	 * figures can be complete.
	 */
	public static HighTechInputs from(Enterprise enterprise, List<AnnualReport> reports, int applicationYear) {
		return from(enterprise, reports, applicationYear, DeclaredFacts.NONE, ExpertScores.NONE);
	}

	/**
	 * With what the enterprise declared for the application year and what experts scored.
	 * 获得方式 points the declared way does not allow are left out: experts scored them under
	 * another way.
	 */
	public static HighTechInputs from(Enterprise enterprise, List<AnnualReport> reports, int applicationYear,
			DeclaredFacts declared, ExpertScores experts) {
		return from(enterprise, reports, applicationYear, LocalDate.of(applicationYear, 12, 31), declared, experts);
	}

	public static HighTechInputs from(Enterprise enterprise, List<AnnualReport> reports, int applicationYear,
			LocalDate applicationDate, DeclaredFacts declared, ExpertScores experts) {
		Map<Integer, AnnualReport> byYear = byYear(enterprise, reports);
		List<Message> missing = new ArrayList<>();
		if (enterprise.registrationDate() == null) {
			missing.add(Message.of("qualification.missing.registrationDate"));
		}
		List<AnnualReport> used = new ArrayList<>();
		for (int year = applicationYear - 2; year <= applicationYear; year++) {
			AnnualReport report = byYear.get(year);
			if (report == null) {
				missing.add(reportMissing(year));
				continue;
			}
			missing.addAll(missingFigures(report, (year == applicationYear)));
			used.add(report);
		}
		if (!missing.isEmpty()) {
			return new HighTechInputs(null, missing);
		}
		AnnualReport last = used.get(2);
		return new HighTechInputs(new HighTechApplication(enterprise.registrationDate(), applicationDate,
				new IpPortfolio(last.inventionPatentsOwned(), last.classTwoIpOwned(), declared.ipAcquisition()),
				enterprise.techField(), last.stStaff(), last.employees(),
				used.stream().map(HighTechApplications::fiscalYear).toList(), last.highTechRevenue(),
				last.operatingRevenue(), declared.noMajorAccident(), declared.ledStandard(),
				experts.fitting(declared.ipAcquisition())), List.of());
	}

	/** "2023年年报缺失" (annual report 2023 missing). */
	static Message reportMissing(int year) {
		return Message.of("qualification.missing.report", year);
	}

	private static Map<Integer, AnnualReport> byYear(Enterprise enterprise, List<AnnualReport> reports) {
		Map<Integer, AnnualReport> byYear = new HashMap<>();
		for (AnnualReport report : reports) {
			if (report.enterpriseId() != enterprise.id()) {
				throw new IllegalArgumentException(
						"report of enterprise " + report.enterpriseId() + " given for enterprise " + enterprise.id());
			}
			if (byYear.put(report.year(), report) != null) {
				throw new IllegalArgumentException("two reports for " + report.year());
			}
		}
		return byYear;
	}

	private static List<Message> missingFigures(AnnualReport report, boolean lastYear) {
		List<ReportField> needed = new ArrayList<>(EVERY_YEAR);
		if (lastYear) {
			needed.add(ReportField.HIGH_TECH_REVENUE);
		}
		return needed.stream()
			.filter((field) -> field.valueIn(report) == null)
			.map((field) -> Message.of("qualification.missing.figure", report.year(), field.label(), field.code()))
			.toList();
	}

	private static FiscalYear fiscalYear(AnnualReport report) {
		return new FiscalYear(report.year(), report.operatingRevenue(), report.rdExpense(), report.rdExpenseDomestic(),
				report.ownersEquity(), report.techConversions());
	}

}
