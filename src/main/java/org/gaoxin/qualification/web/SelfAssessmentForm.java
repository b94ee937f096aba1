package org.gaoxin.qualification.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.qualification.QualificationFacts;
import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.qualification.rules.DirectQualification;
import org.gaoxin.qualification.rules.ExpertScores;
import org.gaoxin.qualification.rules.ExpertScores.Part;
import org.gaoxin.qualification.rules.FiscalYear;
import org.gaoxin.qualification.rules.HighTechApplication;
import org.gaoxin.qualification.rules.HighTechEvaluation;
import org.gaoxin.qualification.rules.IpAcquisition;
import org.gaoxin.qualification.rules.IpPortfolio;
import org.gaoxin.qualification.rules.TechSmeApplication;
import org.gaoxin.qualification.rules.TechSmeEvaluation;
import org.gaoxin.shared.HighTechField;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;

/**
 * 资格自评: an enterprise's figures, declarations and expert scores as the user changes them
 * to see what would qualify. Prefilled from what is stored; judged under both rule sets
 * on every change; never stored. Amounts in thousand yuan.
 */
final class SelfAssessmentForm extends FormInput {

	/** The figures asked for each of the three fiscal years, as {@code name_year}. */
	static final List<String> YEARLY = List.of("revenue", "rd", "rdDomestic", "netAssets", "conversions");

	/** The last year's figures and the counts, in the order the form shows them. */
	static final List<String> LAST_YEAR = List.of("staff", "stStaff", "classOneIp", "classTwoIp", "highTechRevenue",
			"totalAssets", "totalCosts");

	/** The declared conditions, each yes / no / not declared, as the rules ask them. */
	static final List<String> DECLARED = List.of("noMajorAccident", "ledStandard", "notProhibited", "cleanRecord");

	static final String WAY = "acquisitionWay";

	private static final String EXPERT = "expert_";

	private final int year;

	private HighTechEvaluation highTech;

	private TechSmeEvaluation techSme;

	private SelfAssessmentForm(int year) {
		this.year = year;
	}

	/**
	 * The stored figures of the year and the two before it, and what was declared and
	 * scored.
	 */
	static SelfAssessmentForm of(QualificationFacts facts) {
		SelfAssessmentForm form = new SelfAssessmentForm(facts.year());
		form.put("registrationDate", text(facts.enterprise().registrationDate()));
		form.put("field", (facts.enterprise().techField() != null) ? facts.enterprise().techField().name() : "");
		for (int y : form.years()) {
			AnnualReport report = facts.report(y);
			form.put(name("revenue", y), (report != null) ? text(report.operatingRevenue()) : "");
			form.put(name("rd", y), (report != null) ? text(report.rdExpense()) : "");
			form.put(name("rdDomestic", y), (report != null) ? text(report.rdExpenseDomestic()) : "");
			form.put(name("netAssets", y), (report != null) ? text(report.ownersEquity()) : "");
			form.put(name("conversions", y), (report != null) ? text(report.techConversions()) : "");
		}
		AnnualReport last = facts.report(facts.year());
		form.put("staff", (last != null) ? text(last.employees()) : "");
		form.put("stStaff", (last != null) ? text(last.stStaff()) : "");
		form.put("classOneIp", (last != null) ? text(last.inventionPatentsOwned()) : "");
		form.put("classTwoIp", (last != null) ? text(last.classTwoIpOwned()) : "");
		form.put("highTechRevenue", (last != null) ? text(last.highTechRevenue()) : "");
		form.put("totalAssets", (last != null) ? text(last.totalAssets()) : "");
		form.put("totalCosts", (last != null) ? text(last.totalCosts()) : "");
		form.put("validCertificate", facts.certificateCoversYear() ? "true" : "");
		DeclaredFacts declared = facts.declared();
		form.put("noMajorAccident", text(declared.noMajorAccident()));
		form.put("ledStandard", text(declared.ledStandard()));
		form.put("notProhibited", text(not(declared.prohibitedCategory())));
		form.put("cleanRecord", text(not(declared.adverseRecordWith(facts.declaredYearBefore()))));
		form.put(WAY, (declared.ipAcquisition() != null) ? declared.ipAcquisition().name() : "");
		ExpertScores experts = facts.experts().fitting(declared.ipAcquisition());
		for (Part part : Part.values()) {
			form.put(expert(part), text(experts.score(part)));
		}
		return form;
	}

	static SelfAssessmentForm posted(int year, Map<String, String> params) {
		SelfAssessmentForm form = new SelfAssessmentForm(year);
		form.fieldNames().forEach((field) -> form.put(field, params.get(field)));
		return form;
	}

	/**
	 * Judges the form under both rule sets; with errors at the fields instead when a
	 * figure is missing, malformed or contradicts another.
	 */
	SelfAssessmentForm evaluate() {
		Optional<LocalDate> registered = date("registrationDate");
		HighTechField field = choice("field", HighTechField.class);
		List<FiscalYear> fiscalYears = new ArrayList<>();
		for (int y : years()) {
			fiscalYear(y).ifPresent(fiscalYears::add);
		}
		Optional<Integer> staff = count("staff");
		Optional<Integer> stStaff = count("stStaff");
		if (staff.isPresent() && stStaff.isPresent() && stStaff.get() > staff.get()) {
			error("stStaff", Message.of("qualification.form.stStaffOverStaff"));
		}
		Optional<Integer> classOne = count("classOneIp");
		Optional<Integer> classTwo = count("classTwoIp");
		Optional<BigDecimal> highTechRevenue = amount("highTechRevenue", false);
		Optional<BigDecimal> totalAssets = amount("totalAssets", false);
		Optional<BigDecimal> totalCosts = amount("totalCosts", false);
		boolean certificate = "true".equals(value("validCertificate"));
		Boolean noMajorAccident = flag("noMajorAccident");
		Boolean ledStandard = flag("ledStandard");
		Boolean notProhibited = flag("notProhibited");
		Boolean cleanRecord = flag("cleanRecord");
		IpAcquisition way = choice(WAY, IpAcquisition.class);
		ExpertScores experts = experts(way);
		if (hasErrors()) {
			return this;
		}
		FiscalYear last = fiscalYears.get(2);
		IpPortfolio ip = new IpPortfolio(classOne.get(), classTwo.get(), way);
		try {
			this.highTech = new HighTechApplication(registered.get(), LocalDate.of(this.year, 12, 31), ip, field,
					stStaff.get(), staff.get(), fiscalYears, highTechRevenue.get(), last.salesRevenue(),
					noMajorAccident, ledStandard, experts)
				.evaluate();
			this.techSme = new TechSmeApplication(staff.get(), stStaff.get(), last.salesRevenue(), totalAssets.get(),
					last.rdExpense(), totalCosts.get(), classOne.get(), classTwo.get(), true, not(notProhibited),
					not(cleanRecord), DirectQualification.byCertificate(certificate))
				.evaluate();
		}
		catch (IllegalArgumentException | MessageException ex) {
			// every rule the constructors keep is checked at its field above; this is a
			// safety net, never a 500
			error("form", Message.of("qualification.form.inconsistent"));
		}
		return this;
	}

	private Optional<FiscalYear> fiscalYear(int y) {
		Optional<BigDecimal> revenue = amount(name("revenue", y), false);
		Optional<BigDecimal> rd = amount(name("rd", y), false);
		Optional<BigDecimal> domestic = amount(name("rdDomestic", y), false);
		Optional<BigDecimal> netAssets = amount(name("netAssets", y), true);
		Optional<Integer> conversions = count(name("conversions", y));
		if (rd.isPresent() && domestic.isPresent() && domestic.get().compareTo(rd.get()) > 0) {
			error(name("rdDomestic", y), Message.of("qualification.form.domesticOverRd"));
			return Optional.empty();
		}
		if (revenue.isEmpty() || rd.isEmpty() || domestic.isEmpty() || netAssets.isEmpty() || conversions.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(new FiscalYear(y, revenue.get(), rd.get(), domestic.get(), netAssets.get(), conversions.get()));
	}

	private ExpertScores experts(IpAcquisition way) {
		Map<Part, Integer> scores = new EnumMap<>(Part.class);
		for (Part part : Part.values()) {
			optionalWhole(expert(part)).ifPresent((score) -> scores.put(part, score));
			part.problem(scores.get(part), way).ifPresent((problem) -> error(expert(part), problem));
		}
		return hasErrors() ? ExpertScores.NONE : ExpertScores.of(scores::get);
	}

	public int year() {
		return this.year;
	}

	/** The three fiscal years, oldest first. */
	public List<Integer> years() {
		return List.of(this.year - 2, this.year - 1, this.year);
	}

	public List<String> yearly() {
		return YEARLY;
	}

	public List<String> lastYear() {
		return LAST_YEAR;
	}

	public List<String> declared() {
		return DECLARED;
	}

	public List<Part> parts() {
		return List.of(Part.values());
	}

	public HighTechEvaluation highTech() {
		return this.highTech;
	}

	public TechSmeEvaluation techSme() {
		return this.techSme;
	}

	/** Every field's name, for the error places an htmx answer refreshes. */
	public List<String> fieldNames() {
		List<String> names = new ArrayList<>(List.of("registrationDate", "field"));
		for (int y : years()) {
			YEARLY.forEach((figure) -> names.add(name(figure, y)));
		}
		names.addAll(LAST_YEAR);
		names.add("validCertificate");
		names.addAll(DECLARED);
		names.add(WAY);
		for (Part part : Part.values()) {
			names.add(expert(part));
		}
		return names;
	}

	/** The field of a yearly figure: {@code revenue_2021}. */
	public String nameOf(String figure, int year) {
		return name(figure, year);
	}

	/** The field of an expert score: {@code expert_coreSupport}. */
	public String expertField(Part part) {
		return expert(part);
	}

	static String name(String figure, int year) {
		return figure + "_" + year;
	}

	static String expert(Part part) {
		return EXPERT + part.field();
	}

	private static Boolean not(Boolean answer) {
		return (answer != null) ? !answer : null;
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		return (value instanceof BigDecimal number) ? number.stripTrailingZeros().toPlainString() : value.toString();
	}

}
