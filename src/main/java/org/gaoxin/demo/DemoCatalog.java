package org.gaoxin.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gaoxin.account.Department;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.ChainLink;
import org.gaoxin.region.District;
import org.gaoxin.region.Region;
import org.gaoxin.region.Zone;
import org.gaoxin.region.ZoneLevel;
import org.gaoxin.shared.Unit;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.target.Metric;
import org.gaoxin.target.MetricKind;
import org.gaoxin.target.Target;

/**
 * The fixed part of the demo: south-east Chongqing, its districts and zones, Qianjiang's
 * chains and departments.
 */
final class DemoCatalog {

	static final String REGION = "CQ-SE";

	static final String QIANJIANG_ZONE = "QJ-HTZ";

	static final Region SOUTH_EAST_CHONGQING = new Region(REGION, "渝东南", "South-east Chongqing");

	static final List<District> DISTRICTS = List.of(new District("QJ", REGION, "500114", "黔江区", "Qianjiang"),
			new District("WL", REGION, "500156", "武隆区", "Wulong"),
			new District("SZ", REGION, "500240", "石柱土家族自治县", "Shizhu"),
			new District("XS", REGION, "500241", "秀山土家族苗族自治县", "Xiushan"),
			new District("YY", REGION, "500242", "酉阳土家族苗族自治县", "Youyang"),
			new District("PS", REGION, "500243", "彭水苗族土家族自治县", "Pengshui"));

	static final List<Zone> ZONES = List.of(
			new Zone(QIANJIANG_ZONE, "QJ", "重庆黔江高新技术产业开发区", "Chongqing Qianjiang High-tech Zone",
					ZoneLevel.MUNICIPAL_HIGH_TECH, LocalDate.of(2021, 10, 29), new BigDecimal("6.80")),
			new Zone("WL-IP", "WL", "武隆工业园区", "Wulong Industrial Park", ZoneLevel.INDUSTRIAL_PARK, null,
					new BigDecimal("4.20")),
			new Zone("SZ-IP", "SZ", "石柱工业园区", "Shizhu Industrial Park", ZoneLevel.INDUSTRIAL_PARK, null,
					new BigDecimal("3.90")),
			new Zone("XS-IP", "XS", "秀山工业园区", "Xiushan Industrial Park", ZoneLevel.INDUSTRIAL_PARK, null,
					new BigDecimal("5.10")),
			new Zone("YY-IP", "YY", "酉阳工业园区", "Youyang Industrial Park", ZoneLevel.INDUSTRIAL_PARK, null,
					new BigDecimal("3.50")),
			new Zone("PS-IP", "PS", "彭水工业园区", "Pengshui Industrial Park", ZoneLevel.INDUSTRIAL_PARK, null,
					new BigDecimal("3.30")));

	/**
	 * Profiles in the order of {@link #ZONES}; the 2021 counts are the source's (黔江
	 * 350/37, 武隆 198/7 …).
	 */
	static final List<ZoneProfile> PROFILES = List.of(ZoneProfile.qianjiang(),
			ZoneProfile.neighbour("WL-IP", "500156", "武隆", 20211030L, 198, 7, 0.45),
			ZoneProfile.neighbour("SZ-IP", "500240", "石柱", 20211031L, 172, 6, 0.40),
			ZoneProfile.neighbour("XS-IP", "500241", "秀山", 20211101L, 196, 8, 0.50),
			ZoneProfile.neighbour("YY-IP", "500242", "酉阳", 20211102L, 154, 4, 0.35),
			ZoneProfile.neighbour("PS-IP", "500243", "彭水", 20211103L, 158, 4, 0.35));

	static final List<Chain> CHAINS = List.of(
			new Chain("QJ-TOUR", QIANJIANG_ZONE, "智慧文旅", "Smart culture and tourism", true, "区委副书记",
					"以文旅融合为特色,数字化赋能景区与文创,打造武陵山区智慧旅游目的地",
					List.of(new ChainLink("QJ-TOUR-DIGITAL", "文旅数字化", "Digital culture and tourism", 1),
							new ChainLink("QJ-TOUR-SCENIC", "智慧景区", "Smart scenic areas", 2),
							new ChainLink("QJ-TOUR-CREATIVE", "文创产品", "Creative products", 3))),
			new Chain("QJ-NM", QIANJIANG_ZONE, "新材料", "New materials", false, "分管工业副区长", "建设先进有色合金材料、玻璃纤维及复合材料产业基地",
					List.of(new ChainLink("QJ-NM-ALLOY", "先进有色合金材料", "Advanced non-ferrous alloys", 1),
							new ChainLink("QJ-NM-GF", "玻璃纤维及复合材料", "Glass fibre and composites", 2))),
			new Chain("QJ-SILK", QIANJIANG_ZONE, "蚕桑丝绸", "Sericulture and silk", false, "分管农业副区长",
					"依托蚕桑优势资源,构建缫丝、织绸、服装、艺术品精深加工的茧丝绸精深加工体系",
					List.of(new ChainLink("QJ-SILK-REEL", "缫丝", "Silk reeling", 1),
							new ChainLink("QJ-SILK-WEAVE", "织绸", "Silk weaving", 2),
							new ChainLink("QJ-SILK-GARMENT", "服装", "Garments", 3),
							new ChainLink("QJ-SILK-ART", "艺术品精深加工", "Art-ware deep processing", 4))),
			new Chain("QJ-HEALTH", QIANJIANG_ZONE, "大健康", "Big health", false, "分管卫健副区长", "发展中药材精深加工、生物医药与康养服务",
					List.of(new ChainLink("QJ-HEALTH-TCM", "中药材加工", "Chinese medicinal materials", 1),
							new ChainLink("QJ-HEALTH-BIO", "生物医药", "Biomedicine", 2),
							new ChainLink("QJ-HEALTH-CARE", "康养服务", "Health and wellness services", 3))));

	static final List<Department> DEPARTMENTS = List.of(new Department("GXQ", "高新区管委会", "Zone management committee"),
			new Department("KJJ", "区科技局", "District science and technology bureau"),
			new Department("FGW", "区发展改革委", "District development and reform commission"),
			new Department("JXW", "区经济信息委", "District economy and information commission"),
			new Department("SWW", "区商务委", "District commerce commission"),
			new Department("TJJ", "区统计局", "District statistics bureau"),
			new Department("CZJ", "区财政局", "District finance bureau"));

	private static final String TARGET_SOURCE = "黔江区创建市级高新区目标(来源报道)";

	private static final String STANDARD = "CQ-MUNICIPAL-HTZ";

	/**
	 * What Qianjiang's targets measure: the standard's indicators where it has one, the
	 * zone figure, the institutions the standard counts, and the core indicators met.
	 */
	static final List<Metric> METRICS = List.of(
			new Metric(QIANJIANG_ZONE, Target.HIGH_TECH_ENTERPRISES, MetricKind.INDICATOR, STANDARD, "C07",
					Unit.ENTERPRISES, new LocalizedText("高新技术企业数", "High-tech enterprises"), 1),
			new Metric(QIANJIANG_ZONE, Target.SECONDARY_TERTIARY_OUTPUT, MetricKind.FIGURE, null,
					"secondary_tertiary_output", Unit.YI_YUAN,
					new LocalizedText("二三产业产值", "Secondary and tertiary industry output"), 2),
			new Metric(QIANJIANG_ZONE, Target.RD_AND_SERVICE_INSTITUTIONS, MetricKind.AGGREGATE, STANDARD,
					"rd_institutions + st_service_institutions", Unit.INSTITUTIONS,
					new LocalizedText("专业研发机构和科技服务机构", "R&D and S&T service institutions"), 3),
			new Metric(QIANJIANG_ZONE, Target.RD_INTENSITY, MetricKind.INDICATOR, STANDARD, "C09", Unit.PERCENT,
					new LocalizedText("研发投入强度", "R&D investment intensity"), 4),
			new Metric(QIANJIANG_ZONE, Target.CORE_INDICATORS_MET, MetricKind.CORE_MET, STANDARD, "core",
					Unit.INDICATORS, new LocalizedText("市级认定核心指标达标数", "Municipal core indicators met"), 5));

	/**
	 * Qianjiang's targets as the source states them (MISSION.md §4); "every municipal
	 * indicator met" by the pilot's deadline is all 23 core indicators in 2024.
	 */
	static final List<Target> TARGETS = List.of(
			Target.of(QIANJIANG_ZONE, Target.HIGH_TECH_ENTERPRISES, 2024, new BigDecimal("70"), TARGET_SOURCE),
			Target.of(QIANJIANG_ZONE, Target.HIGH_TECH_ENTERPRISES, 2025, new BigDecimal("100"), TARGET_SOURCE),
			Target.of(QIANJIANG_ZONE, Target.SECONDARY_TERTIARY_OUTPUT, 2024, new BigDecimal("700"), TARGET_SOURCE),
			Target.of(QIANJIANG_ZONE, Target.SECONDARY_TERTIARY_OUTPUT, 2025, new BigDecimal("1000"), TARGET_SOURCE),
			Target.of(QIANJIANG_ZONE, Target.RD_AND_SERVICE_INSTITUTIONS, 2024, new BigDecimal("100"), TARGET_SOURCE),
			Target.of(QIANJIANG_ZONE, Target.RD_AND_SERVICE_INSTITUTIONS, 2025, new BigDecimal("120"), TARGET_SOURCE),
			Target.of(QIANJIANG_ZONE, Target.RD_INTENSITY, 2024, new BigDecimal("3.5"), TARGET_SOURCE),
			Target.of(QIANJIANG_ZONE, Target.RD_INTENSITY, 2025, new BigDecimal("4"), TARGET_SOURCE),
			Target.of(QIANJIANG_ZONE, Target.CORE_INDICATORS_MET, 2024, new BigDecimal("23"), TARGET_SOURCE));

	private DemoCatalog() {
	}

}
