package org.gaoxin.qualification.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The innovation capacity score (企业创新能力评价), out of 100, as a range until experts have
 * scored their parts; the condition is "above 70", i.e. at least 71 whole points.
 */
public record InnovationScore(ScoreItem ip, ScoreItem conversion, ScoreItem organisation, ScoreItem growth) {

	public static final int REQUIRED = 71;

	static InnovationScore of(HighTechApplication application) {
		List<FiscalYear> years = application.years();
		ExpertScores experts = application.experts();
		return new InnovationScore(IpScoring.of(application.ip(), experts, application.ledStandard()),
				ConversionScoring.of(years), organisation(experts), growth(years));
	}

	private static ScoreItem organisation(ExpertScores experts) {
		List<ScoreItem> parts = List.of(
				ScoreItem.expert(new Bilingual("研究开发组织管理制度与研发投入核算体系", "management and accounting systems"),
						experts.managementSystems(), 6),
				ScoreItem.expert(new Bilingual("内部研究开发机构与产学研合作", "internal R&D body and cooperation"),
						experts.rdBodyAndCooperation(), 6),
				ScoreItem.expert(new Bilingual("科技成果转化组织实施与激励奖励制度", "conversion and reward systems"),
						experts.conversionRewards(), 4),
				ScoreItem.expert(new Bilingual("科技人员培养进修、绩效评价与人才引进制度", "talent systems"), experts.talentSystems(), 4));
		return composite(new Bilingual("研究开发组织管理水平", "R&D organisation and management"), 20, parts);
	}

	private static ScoreItem growth(List<FiscalYear> years) {
		FiscalYear y1 = years.get(0);
		FiscalYear y2 = years.get(1);
		FiscalYear y3 = years.get(2);
		List<ScoreItem> parts = List.of(
				new GrowthRate(y1.netAssets(), y2.netAssets(), y3.netAssets())
					.item(new Bilingual("净资产增长率", "net-asset growth")),
				new GrowthRate(y1.salesRevenue(), y2.salesRevenue(), y3.salesRevenue())
					.item(new Bilingual("销售收入增长率", "sales growth")));
		return composite(new Bilingual("企业成长性", "growth"), 20, parts);
	}

	private static ScoreItem composite(Bilingual name, int max, List<ScoreItem> parts) {
		Points total = parts.stream().map(ScoreItem::points).reduce(Points.ZERO, Points::plus);
		List<Bilingual> gaps = parts.stream().flatMap((part) -> part.gaps().stream()).toList();
		return new ScoreItem(name, total + "/" + max, total, max, parts, gaps);
	}

	public List<ScoreItem> items() {
		return List.of(this.ip, this.conversion, this.organisation, this.growth);
	}

	public Points total() {
		return items().stream().map(ScoreItem::points).reduce(Points.ZERO, Points::plus);
	}

	public Outcome outcome() {
		return total().against(REQUIRED);
	}

	/** Ways to raise the lowest possible score: the next band of each counted part. */
	public List<Bilingual> gaps() {
		List<Bilingual> gaps = new ArrayList<>();
		items().forEach((item) -> gaps.addAll(item.gaps()));
		return gaps;
	}

}
