package org.gaoxin.qualification.rules;

import java.util.ArrayList;
import java.util.List;

import org.gaoxin.shared.Message;

/**
 * The innovation capacity score (企业创新能力评价), out of 100, as a range until experts have
 * scored their parts; the condition is "above 70", i.e. at least 71 whole points.
 */
public record InnovationScore(ScoreItem ip, ScoreItem conversion, ScoreItem organisation, ScoreItem growth) {

	public static final int REQUIRED = 71;

	static final Message NET_ASSET_GROWTH = Message.of("qualification.growth.netAssets");

	static final Message SALES_GROWTH = Message.of("qualification.growth.sales");

	static InnovationScore of(HighTechApplication application) {
		List<FiscalYear> years = application.years();
		ExpertScores experts = application.experts();
		return new InnovationScore(IpScoring.of(application.ip(), experts, application.ledStandard()),
				ConversionScoring.of(years), organisation(experts), growth(years));
	}

	private static ScoreItem organisation(ExpertScores experts) {
		List<ScoreItem> parts = List.of(ScoreItem.expert(ExpertScores.Part.MANAGEMENT_SYSTEMS, experts),
				ScoreItem.expert(ExpertScores.Part.RD_BODY_AND_COOPERATION, experts),
				ScoreItem.expert(ExpertScores.Part.CONVERSION_REWARDS, experts),
				ScoreItem.expert(ExpertScores.Part.TALENT_SYSTEMS, experts));
		return composite(Message.of("qualification.organisation.name"), 20, parts);
	}

	private static ScoreItem growth(List<FiscalYear> years) {
		FiscalYear y1 = years.get(0);
		FiscalYear y2 = years.get(1);
		FiscalYear y3 = years.get(2);
		List<ScoreItem> parts = List.of(
				new GrowthRate(y1.netAssets(), y2.netAssets(), y3.netAssets()).item(NET_ASSET_GROWTH),
				new GrowthRate(y1.salesRevenue(), y2.salesRevenue(), y3.salesRevenue()).item(SALES_GROWTH));
		return composite(Message.of("qualification.growth.name"), 20, parts);
	}

	private static ScoreItem composite(Message name, int max, List<ScoreItem> parts) {
		Points total = parts.stream().map(ScoreItem::points).reduce(Points.ZERO, Points::plus);
		List<Message> gaps = parts.stream().flatMap((part) -> part.gaps().stream()).toList();
		return new ScoreItem(name, Message.of("qualification.score.ofMax", total.toString(), max), total, max, parts,
				gaps);
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
	public List<Message> gaps() {
		List<Message> gaps = new ArrayList<>();
		items().forEach((item) -> gaps.addAll(item.gaps()));
		return gaps;
	}

}
