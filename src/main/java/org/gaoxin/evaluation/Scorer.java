package org.gaoxin.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.evaluation.internal.IndicatorJudge;
import org.gaoxin.evaluation.internal.ZoneYearInputs;
import org.gaoxin.evaluation.scoring.ScoreEngine;
import org.gaoxin.evaluation.scoring.Scoreboard;
import org.gaoxin.evaluation.scoring.ScoringModel;
import org.gaoxin.filing.EnterpriseYears;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.platform.Platforms;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;
import org.gaoxin.standard.Category;
import org.gaoxin.standard.Direction;
import org.gaoxin.standard.Indicator;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.StandardKind;
import org.gaoxin.standard.Standards;
import org.gaoxin.standard.ValueSource;
import org.gaoxin.statistics.ZoneFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores a zone-year on a scoring standard relative to a peer set: reads every peer's
 * figures, approved reports, platforms and qualitative scores, computes the indicators'
 * values, and hands them to the pure {@link ScoreEngine}.
 */
@Service
public class Scorer {

	/** The what-if step when none is asked: every value 10 % better. */
	public static final BigDecimal DEFAULT_STEP = BigDecimal.TEN;

	private static final MathContext CONTEXT = MathContext.DECIMAL64;

	private final Standards standards;

	private final Regions regions;

	private final ZoneFigures figures;

	private final EnterpriseYears enterprises;

	private final Platforms platforms;

	private final QualitativeScores qualitative;

	private final Clock clock;

	Scorer(Standards standards, Regions regions, ZoneFigures figures, EnterpriseYears enterprises, Platforms platforms,
			QualitativeScores qualitative, Clock clock) {
		this.standards = standards;
		this.regions = regions;
		this.figures = figures;
		this.enterprises = enterprises;
		this.platforms = platforms;
		this.qualitative = qualitative;
		this.clock = clock;
	}

	/**
	 * The what-if step asked for (null: 10 %), refused unless above 0 and at most 1000 %;
	 * checked wherever the parameter is taken, whatever the kind of standard.
	 */
	public static BigDecimal whatIfStep(BigDecimal whatIfPercent) {
		BigDecimal step = (whatIfPercent != null) ? whatIfPercent : DEFAULT_STEP;
		if (step.signum() <= 0 || step.compareTo(BigDecimal.valueOf(1000)) > 0) {
			throw new InputRefused(Message.of("evaluation.scoring.step"), "whatIf", "range");
		}
		return step;
	}

	/**
	 * The zones a caller may compare the zone with: every zone of the zone's region
	 * (their zone-level results are the benchmark), the zone first.
	 */
	@Transactional(readOnly = true)
	public List<Zone> peerChoices(String zoneCode, DataScope scope) {
		Zone zone = this.regions.readable(zoneCode, scope);
		List<Zone> peers = new ArrayList<>(List.of(zone));
		this.regions.zonesInSameRegion(zoneCode).stream().filter((z) -> !z.code().equals(zoneCode)).forEach(peers::add);
		return peers;
	}

	/**
	 * The peer set asked for (blank: every zone of the region), the zone always in it; a
	 * zone outside the region is refused.
	 */
	@Transactional(readOnly = true)
	public List<Zone> peers(String zoneCode, List<String> asked, DataScope scope) {
		List<Zone> choices = peerChoices(zoneCode, scope);
		if (asked == null || asked.stream().allMatch((code) -> code == null || code.isBlank())) {
			return choices;
		}
		Set<String> wanted = new LinkedHashSet<>();
		asked.stream().filter(Objects::nonNull).map(String::strip).filter((c) -> !c.isEmpty()).forEach(wanted::add);
		List<Zone> peers = new ArrayList<>(List.of(choices.get(0)));
		for (String code : wanted) {
			Zone peer = choices.stream()
				.filter((z) -> z.code().equals(code))
				.findFirst()
				.orElseThrow(() -> new InputRefused(Message.of("evaluation.scoring.notAPeer", shorten(code)), "peers",
						"peer"));
			if (!peers.contains(peer)) {
				peers.add(peer);
			}
		}
		return peers;
	}

	/**
	 * A formula over a standard's aggregates and the zone figures, for each of the given
	 * zones of the zone's region in a year (approved reports only): the value, or null
	 * and why it is missing. What the regional benchmark compares.
	 */
	@Transactional(readOnly = true)
	public Map<String, MeasuredValue> measure(String zoneCode, List<String> zoneCodes, String standardReference,
			String formula, int year, DataScope scope) {
		List<Zone> peers = peers(zoneCode, zoneCodes, scope);
		Standard standard = this.standards.resolve(standardReference);
		org.gaoxin.standard.SafeFormula compiled = org.gaoxin.standard.SafeFormula.compile(formula);
		Map<String, MeasuredValue> values = new LinkedHashMap<>();
		for (Zone peer : peers) {
			if (!zoneCodes.contains(peer.code())) {
				continue;
			}
			ZoneYearInputs inputs = approvedInputs(peer.code(), year);
			IndicatorJudge.Measured measured = IndicatorJudge.measured(standard, compiled, inputs);
			values.put(peer.code(), new MeasuredValue(measured.value(), measured.missing()));
		}
		return values;
	}

	@Transactional(readOnly = true)
	public ScoreCard score(String zoneCode, int year, String standardReference, List<String> peerCodes,
			BigDecimal whatIfPercent, DataScope scope) {
		Standard standard = this.standards.resolve(standardReference);
		if (standard.kind() != StandardKind.SCORING) {
			throw new InputRefused(Message.of("evaluation.scoring.notScoring", standard.reference()), "standard",
					"kind");
		}
		BigDecimal step = whatIfStep(whatIfPercent);
		List<Zone> peers = peers(zoneCode, peerCodes, scope);
		return score(standard, zoneCode, year, peers, step);
	}

	private ScoreCard score(Standard standard, String zoneCode, int year, List<Zone> peers, BigDecimal step) {
		ScoringModel model = model(standard);
		Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
		Map<String, List<Message>> whyMissing = new HashMap<>();
		Map<String, QualitativeScore> entered = this.qualitative.of(standard.code(), zoneCode, year);
		for (Zone peer : peers) {
			ZoneYearInputs inputs = approvedInputs(peer.code(), year);
			Map<String, QualitativeScore> scores = peer.code().equals(zoneCode) ? entered
					: this.qualitative.of(standard.code(), peer.code(), year);
			Map<String, BigDecimal> row = new HashMap<>();
			for (Indicator indicator : standard.indicators()) {
				if (indicator.source() instanceof ValueSource.Entered) {
					QualitativeScore score = scores.get(indicator.code());
					if (score != null) {
						row.put(indicator.code(), score.score());
					}
					else if (peer.code().equals(zoneCode)) {
						whyMissing.put(indicator.code(), List.of(Message.of("evaluation.scoring.notEntered", year)));
					}
					continue;
				}
				IndicatorJudge.Measured measured = IndicatorJudge.measured(standard, indicator, inputs);
				if (measured.value() != null) {
					row.put(indicator.code(), measured.value());
				}
				else if (peer.code().equals(zoneCode)) {
					whyMissing.put(indicator.code(), measured.missing());
				}
			}
			values.put(peer.code(), row);
		}
		Scoreboard board = ScoreEngine.score(model, values);
		Scoreboard.Peer own = board.peer(zoneCode).orElseThrow();
		List<ScoreCard.PeerRow> peerRows = new ArrayList<>();
		for (Scoreboard.Peer peer : board.peers()) {
			Zone zone = peers.stream().filter((z) -> z.code().equals(peer.code())).findFirst().orElseThrow();
			peerRows.add(new ScoreCard.PeerRow(peer.code(), new LocalizedText(zone.nameZh(), zone.nameEn()),
					peer.total(), peer.rank(), peer.missing(), peer.code().equals(zoneCode), peer.groups()));
		}
		BigDecimal groupWeights = standard.categories()
			.stream()
			.map(Category::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<ScoreCard.GroupRow> groups = new ArrayList<>();
		for (Category group : standard.categories()) {
			Scoreboard.Peer best = board.peers()
				.stream()
				.max(java.util.Comparator.comparing((Scoreboard.Peer p) -> p.groups().get(group.code())))
				.orElseThrow();
			BigDecimal score = own.groups().get(group.code());
			BigDecimal gap = best.groups().get(group.code()).subtract(score).max(BigDecimal.ZERO);
			Map<String, BigDecimal> changes = new HashMap<>();
			for (ScoringModel.Item item : model.indicators()) {
				if (item.group().equals(group.code())) {
					BigDecimal moved = ScoreEngine.improved(values.get(zoneCode).get(item.code()),
							item.higherIsBetter(), step);
					if (moved != null) {
						changes.put(item.code(), moved);
					}
				}
			}
			Scoreboard.Peer ifImproved = ScoreEngine.score(model, ScoreEngine.withChanges(values, zoneCode, changes))
				.peer(zoneCode)
				.orElseThrow();
			groups.add(new ScoreCard.GroupRow(group.code(), group.name(), group.weight(), score,
					best.groups().get(group.code()), best.code(),
					gap.multiply(group.weight(), CONTEXT).divide(groupWeights, CONTEXT), ifImproved.total(),
					ifImproved.rank()));
		}
		List<ScoreCard.IndicatorRow> indicators = new ArrayList<>();
		for (Indicator indicator : standard.indicators()) {
			Scoreboard.Score score = own.indicators().get(indicator.code());
			List<BigDecimal> present = values.values()
				.stream()
				.map((row) -> row.get(indicator.code()))
				.filter(Objects::nonNull)
				.toList();
			BigDecimal moved = ScoreEngine.improved(score.value(), indicator.direction() == Direction.HIGHER, step);
			if (moved != null && indicator.source() instanceof ValueSource.Entered) {
				moved = moved.min(QualitativeScores.MAX);
			}
			Scoreboard.Peer ifImproved = (moved == null) ? null
					: ScoreEngine
						.score(model, ScoreEngine.withChanges(values, zoneCode, Map.of(indicator.code(), moved)))
						.peer(zoneCode)
						.orElseThrow();
			QualitativeScore stored = entered.get(indicator.code());
			indicators.add(new ScoreCard.IndicatorRow(indicator.code(), indicator.name(), indicator.category(),
					indicator.unit(), indicator.direction(), indicator.weight(),
					indicator.source() instanceof ValueSource.Entered, score.value(), score.score(), score.missing(),
					score.nobody(), present.stream().min(BigDecimal::compareTo).orElse(null), mean(present),
					present.stream().max(BigDecimal::compareTo).orElse(null),
					(indicator.source() instanceof ValueSource.Formula f) ? f.expression() : null,
					whyMissing.getOrDefault(indicator.code(), List.of()), moved,
					(ifImproved != null) ? ifImproved.total() : null, (ifImproved != null) ? ifImproved.rank() : null,
					(stored != null) ? stored.version() : 0));
		}
		List<Message> notes = new ArrayList<>();
		if (peers.size() < 2) {
			notes.add(Message.of("evaluation.scoring.onePeer"));
		}
		return new ScoreCard(zoneCode, year, standard.code(), standard.version(), standard.checksum(), standard.name(),
				standard.kind().name(), standard.scoring().normalisation(), this.clock.instant(), own.total(),
				own.rank(), peers.size(), peerRows, groups, indicators, step, notes);
	}

	/** A zone-year's figures, approved reports and platforms. */
	private ZoneYearInputs approvedInputs(String zoneCode, int year) {
		return new ZoneYearInputs(year, this.figures.of(zoneCode, year),
				this.enterprises.inZone(zoneCode, year, EnumSet.of(ReportStatus.APPROVED)),
				this.platforms.registered(zoneCode));
	}

	/** The standard as the engine reads it. */
	static ScoringModel model(Standard standard) {
		ScoringModel.Method method = switch (standard.scoring().normalisation()) {
			case MIN_MAX -> ScoringModel.Method.MIN_MAX;
			case RATIO_TO_MEAN -> ScoringModel.Method.RATIO_TO_MEAN;
			case Z_SCORE -> ScoringModel.Method.Z_SCORE;
		};
		return new ScoringModel(method,
				standard.categories().stream().map((c) -> new ScoringModel.Group(c.code(), c.weight())).toList(),
				standard.indicators()
					.stream()
					.map((i) -> new ScoringModel.Item(i.code(), i.category(), i.weight(),
							i.direction() == Direction.HIGHER))
					.toList());
	}

	private static BigDecimal mean(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		return values.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), CONTEXT);
	}

	private static String shorten(String code) {
		return (code.length() > 40) ? code.substring(0, 40) + "…" : code;
	}

}
