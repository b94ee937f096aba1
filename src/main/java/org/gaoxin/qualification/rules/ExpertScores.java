package org.gaoxin.qualification.rules;

import java.util.Optional;
import java.util.function.Function;

import org.gaoxin.shared.Message;

/**
 * The parts of the innovation capacity score that experts judge; null where not (yet)
 * scored, which leaves the part's whole published range open. The ranges are those of
 * {@link Part}; the 获得方式 points ({@code ipAcquisition}) are judged within the range the
 * way the IP was obtained allows ({@link IpAcquisition}).
 *
 * @throws ExpertScoreOutOfRange if a score is outside its part's range
 */
public record ExpertScores(Integer technicalAdvancement, Integer coreSupport, Integer standardBonus,
		Integer managementSystems, Integer rdBodyAndCooperation, Integer conversionRewards, Integer talentSystems,
		Integer ipAcquisition) {

	public static final ExpertScores NONE = new ExpertScores(null, null, null, null, null, null, null, null);

	public ExpertScores {
		Part.TECHNICAL_ADVANCEMENT.require(technicalAdvancement, null);
		Part.CORE_SUPPORT.require(coreSupport, null);
		Part.STANDARD_BONUS.require(standardBonus, null);
		Part.MANAGEMENT_SYSTEMS.require(managementSystems, null);
		Part.RD_BODY_AND_COOPERATION.require(rdBodyAndCooperation, null);
		Part.CONVERSION_REWARDS.require(conversionRewards, null);
		Part.TALENT_SYSTEMS.require(talentSystems, null);
		Part.IP_ACQUISITION.require(ipAcquisition, null);
	}

	/** Scores given part by part (null where not scored). */
	public static ExpertScores of(Function<Part, Integer> score) {
		return new ExpertScores(score.apply(Part.TECHNICAL_ADVANCEMENT), score.apply(Part.CORE_SUPPORT),
				score.apply(Part.STANDARD_BONUS), score.apply(Part.MANAGEMENT_SYSTEMS),
				score.apply(Part.RD_BODY_AND_COOPERATION), score.apply(Part.CONVERSION_REWARDS),
				score.apply(Part.TALENT_SYSTEMS), score.apply(Part.IP_ACQUISITION));
	}

	public Integer score(Part part) {
		return switch (part) {
			case TECHNICAL_ADVANCEMENT -> this.technicalAdvancement;
			case CORE_SUPPORT -> this.coreSupport;
			case STANDARD_BONUS -> this.standardBonus;
			case MANAGEMENT_SYSTEMS -> this.managementSystems;
			case RD_BODY_AND_COOPERATION -> this.rdBodyAndCooperation;
			case CONVERSION_REWARDS -> this.conversionRewards;
			case TALENT_SYSTEMS -> this.talentSystems;
			case IP_ACQUISITION -> this.ipAcquisition;
		};
	}

	public boolean any() {
		for (Part part : Part.values()) {
			if (score(part) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the 获得方式 points fit the way the IP was obtained (points a transfer alone
	 * cannot earn do not).
	 */
	public boolean fits(IpAcquisition way) {
		return Part.IP_ACQUISITION.problem(this.ipAcquisition, way).isEmpty();
	}

	/**
	 * @throws ExpertScoreOutOfRange if the 获得方式 points do not fit the way
	 */
	public void requireFits(IpAcquisition way) {
		Part.IP_ACQUISITION.require(this.ipAcquisition, way);
	}

	/**
	 * The same scores without 获得方式 points the way does not allow: scored under one way,
	 * they say nothing once the enterprise declares another.
	 */
	public ExpertScores fitting(IpAcquisition way) {
		return fits(way) ? this : new ExpertScores(this.technicalAdvancement, this.coreSupport, this.standardBonus,
				this.managementSystems, this.rdBodyAndCooperation, this.conversionRewards, this.talentSystems, null);
	}

	/**
	 * A part experts judge, the bundle code of its name and the range it is scored in:
	 * the one place the ranges of 企业创新能力评价 are written.
	 */
	public enum Part {

		TECHNICAL_ADVANCEMENT("technicalAdvancement", "qualification.ip.advancement", Points.between(0, 8)),
		CORE_SUPPORT("coreSupport", "qualification.ip.coreSupport", Points.between(0, 8)),
		/** Leading national or industry standards: a bonus within the IP part's 30. */
		STANDARD_BONUS("standardBonus", "qualification.ip.standardBonus", Points.between(0, 2)),
		MANAGEMENT_SYSTEMS("managementSystems", "qualification.organisation.systems", Points.between(0, 6)),
		RD_BODY_AND_COOPERATION("rdBodyAndCooperation", "qualification.organisation.rdBody", Points.between(0, 6)),
		CONVERSION_REWARDS("conversionRewards", "qualification.organisation.conversionRewards", Points.between(0, 4)),
		TALENT_SYSTEMS("talentSystems", "qualification.organisation.talent", Points.between(0, 4)),
		/** 获得方式: the range depends on the way ({@link IpAcquisition#pointsOf}). */
		IP_ACQUISITION("ipAcquisition", "qualification.ip.acquisition", IpAcquisition.anyWay());

		private final String field;

		private final String code;

		private final Points range;

		Part(String field, String code, Points range) {
			this.field = field;
			this.code = code;
			this.range = range;
		}

		/** The name of the record component (and of the form and JSON field). */
		public String field() {
			return this.field;
		}

		public Message label() {
			return Message.of(this.code);
		}

		public int max() {
			return this.range.max();
		}

		/** The range a score must be in; for 获得方式, the one the way allows. */
		public Points range(IpAcquisition way) {
			return (this == IP_ACQUISITION) ? IpAcquisition.pointsOf(way) : this.range;
		}

		/**
		 * What is wrong with a score, naming the part and its range; empty if it is in
		 * range or not given.
		 */
		public Optional<Message> problem(Integer score, IpAcquisition way) {
			Points allowed = range(way);
			if (score == null || (score >= allowed.min() && score <= allowed.max())) {
				return Optional.empty();
			}
			if (this == IP_ACQUISITION && way != null) {
				return Optional.of(Message.of("qualification.expert.outOfWayRange", label(), allowed.min(),
						allowed.max(), way, score));
			}
			return Optional
				.of(Message.of("qualification.expert.outOfRange", label(), allowed.min(), allowed.max(), score));
		}

		void require(Integer score, IpAcquisition way) {
			Optional<Message> problem = problem(score, way);
			if (problem.isPresent()) {
				throw new ExpertScoreOutOfRange(this, problem.get());
			}
		}

	}

}
