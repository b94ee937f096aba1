package org.gaoxin.industry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.chain.ChainEdge;
import org.gaoxin.chain.ChainLeader;
import org.gaoxin.chain.Chains;
import org.gaoxin.platform.InnovationChain;
import org.gaoxin.platform.TechContract;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo zone's chain work (demo start only, called by the demo seed): leaders and lead
 * departments, the links' graphs, a few enterprises on a second link, each chain's policy
 * measures, the enterprises to attract, investment projects at every stage, incubations
 * and technology contracts. Names of people, investors and projects are invented.
 */
@Component
public class IndustryDemo {

	private final Chains chains;

	private final LinkMembers members;

	private final AttractionTargets targets;

	private final InvestmentProjects projects;

	private final InnovationChain innovation;

	private final JdbcClient jdbc;

	IndustryDemo(Chains chains, LinkMembers members, AttractionTargets targets, InvestmentProjects projects,
			InnovationChain innovation, JdbcClient jdbc) {
		this.chains = chains;
		this.members = members;
		this.targets = targets;
		this.projects = projects;
		this.innovation = innovation;
		this.jdbc = jdbc;
	}

	public void seed(String zone, String chainLeaderUser, DataScope system) {
		innovation(zone, system);
		investment(system);
		attractionTargets(system);
		measures(system);
		leaders(chainLeaderUser, system);
		graphs();
		secondLinks(zone, system);
	}

	private void leaders(String chainLeaderUser, DataScope system) {
		lead("QJ-TOUR", "周明远", "区委副书记", null, "FGW", system);
		lead("QJ-NM", "李建华", "分管工业副区长", null, "JXW", system);
		lead("QJ-SILK", "王秀兰", "分管农业副区长", chainLeaderUser, "JXW", system);
		lead("QJ-HEALTH", "陈志刚", "分管卫健副区长", null, "KJJ", system);
	}

	private void lead(String chain, String person, String post, String user, String department, DataScope system) {
		this.chains.setLeader(chain, new ChainLeader(person, post, user, department), this.chains.version(chain),
				system);
	}

	/**
	 * Silk runs reeling → weaving → garments → art-ware (weaving also feeds art-ware);
	 * the two new-materials links are both basic materials with nothing downstream yet.
	 */
	private void graphs() {
		connect("QJ-SILK", "QJ-SILK-REEL", "QJ-SILK-WEAVE");
		connect("QJ-SILK", "QJ-SILK-WEAVE", "QJ-SILK-GARMENT");
		connect("QJ-SILK", "QJ-SILK-GARMENT", "QJ-SILK-ART");
		connect("QJ-SILK", "QJ-SILK-WEAVE", "QJ-SILK-ART");
		connect("QJ-TOUR", "QJ-TOUR-DIGITAL", "QJ-TOUR-SCENIC");
		connect("QJ-TOUR", "QJ-TOUR-CREATIVE", "QJ-TOUR-SCENIC");
		connect("QJ-HEALTH", "QJ-HEALTH-TCM", "QJ-HEALTH-BIO");
		connect("QJ-HEALTH", "QJ-HEALTH-BIO", "QJ-HEALTH-CARE");
		connect("QJ-HEALTH", "QJ-HEALTH-TCM", "QJ-HEALTH-CARE");
	}

	private void connect(String chain, String up, String down) {
		this.chains.connect(chain, new ChainEdge(up, down));
	}

	/**
	 * Some weavers also make garments, and some medicinal-material processors run care.
	 */
	private void secondLinks(String zone, DataScope system) {
		for (String code : creditCodes(zone, "QJ-SILK-WEAVE", 3)) {
			this.members.add("QJ-SILK", "QJ-SILK-GARMENT", code, system);
		}
		for (String code : creditCodes(zone, "QJ-HEALTH-TCM", 2)) {
			this.members.add("QJ-HEALTH", "QJ-HEALTH-CARE", code, system);
		}
	}

	private List<String> creditCodes(String zone, String link, int count) {
		return this.jdbc.sql("""
				SELECT credit_code FROM enterprise WHERE zone_code = :zone AND chain_link_code = :link
				ORDER BY credit_code FETCH FIRST %d ROWS ONLY""".formatted(count))
			.param("zone", zone)
			.param("link", link)
			.query(String.class)
			.list();
	}

	private void measures(DataScope system) {
		measure("QJ-TOUR", "智慧景区建设专项资金", "3000", 2022, system);
		measure("QJ-TOUR", "文旅数字化场景应用补助", "800", 2022, system);
		measure("QJ-NM", "铝合金精深加工技改补助", "2500", 2022, system);
		measure("QJ-NM", "玻纤复合材料中试平台建设", "1200", 2023, system);
		measure("QJ-SILK", "蚕桑基地提质与缫丝技改", "1500", 2022, system);
		measure("QJ-SILK", "丝绸艺术品精深加工招商奖励", "1000", 2022, system);
		measure("QJ-HEALTH", "中药材GAP基地与饮片加工补助", "1800", 2022, system);
		measure("QJ-HEALTH", "康养服务标准化试点", "600", 2023, system);
	}

	private void measure(String chain, String title, String budget, int year, DataScope system) {
		this.chains.addMeasure(chain, title, new BigDecimal(budget), LocalDate.of(year, 1, 1),
				LocalDate.of(year + 2, 12, 31), system);
	}

	private void attractionTargets(DataScope system) {
		this.targets.add("QJ-SILK", "QJ-SILK-ART", "杭州某丝绸艺术品企业", "浙江杭州", "蜀绣、丝绸画与文创礼品,已对接两次", system);
		this.targets.add("QJ-SILK", "QJ-SILK-ART", "苏州某宋锦织造企业", "江苏苏州", "拟设立精深加工分厂", system);
		this.targets.add("QJ-NM", "QJ-NM-GF", "某玻纤复合材料制品企业", "四川成都", "风电叶片、汽车轻量化部件,延伸下游", system);
		this.targets.add("QJ-NM", "QJ-NM-ALLOY", "某铝合金型材深加工企业", "广东佛山", "承接铝合金下游型材与部件", system);
		this.targets.add("QJ-TOUR", "QJ-TOUR-CREATIVE", "某文创设计企业", "重庆渝中", "土家族苗族文化 IP 开发", system);
		this.targets.add("QJ-HEALTH", "QJ-HEALTH-BIO", "某中药创新药企业", "湖北武汉", "中药配方颗粒生产线", system);
	}

	/**
	 * Projects at every stage; two foreign ones have started and brought capital in 2021
	 * (counted in the projects' sum), a signed one has not yet.
	 */
	private void investment(DataScope system) {
		long silk = project("丝绸艺术品精深加工基地", "QJ-SILK", "QJ-SILK-ART", "香港锦绣丝绸有限公司", true, "中国香港", "HKD", "12000",
				"0.128", "区商务委 刘洋", 2020, system);
		advance(silk, ProjectStage.STARTED, system);
		utilise(silk, 2021, "6000", "0.1289", system);
		long alloy = project("高性能铝合金精深加工项目", "QJ-NM", "QJ-NM-ALLOY", "新加坡亚太金属私人有限公司", true, "新加坡", "USD", "3000", "1",
				"区经济信息委 赵敏", 2019, system);
		advance(alloy, ProjectStage.IN_PRODUCTION, system);
		utilise(alloy, 2020, "900", "1", system);
		utilise(alloy, 2021, "1200", "1", system);
		long fibre = project("玻纤复合材料制品项目", "QJ-NM", "QJ-NM-GF", "日本某复合材料株式会社", true, "日本", "JPY", "150000", "0.0091",
				"区商务委 刘洋", 2021, system);
		advance(fibre, ProjectStage.SIGNED, system);
		long care = project("武陵山康养旅居综合体", "QJ-HEALTH", "QJ-HEALTH-CARE", "重庆某康养集团", false, null, "CNY", "50000",
				"0.155", "区卫健委 孙丽", 2021, system);
		advance(care, ProjectStage.NEGOTIATING, system);
		project("智慧景区数字孪生平台", "QJ-TOUR", "QJ-TOUR-SCENIC", "德国某数字科技公司", true, "德国", "EUR", "800", "1.18", "区发展改革委 吴刚",
				2021, system);
		long tcm = project("中药配方颗粒生产线", "QJ-HEALTH", "QJ-HEALTH-BIO", "湖北某药业股份有限公司", false, null, "CNY", "20000",
				"0.155", "区科技局 郑华", 2020, system);
		advance(tcm, ProjectStage.STARTED, system);
	}

	private long project(String name, String chain, String link, String investor, boolean foreign, String country,
			String currency, String planned, String rate, String responsible, int year, DataScope system) {
		return this.projects
			.create(new ProjectDraft(name, chain, link, investor, foreign, country, currency, new BigDecimal(planned),
					new BigDecimal(rate), responsible, LocalDate.of(year, 3, 1)), system)
			.id();
	}

	private void advance(long id, ProjectStage to, DataScope system) {
		for (ProjectStage stage : ProjectStage.values()) {
			if (stage.ordinal() > 0 && stage.ordinal() <= to.ordinal()) {
				this.projects.moveStage(id, stage, this.projects.get(id, system).version(), system);
			}
		}
	}

	private void utilise(long id, int year, String amount, String rate, DataScope system) {
		this.projects.recordUtilisation(id, year, new BigDecimal(amount), new BigDecimal(rate),
				this.projects.get(id, system).version(), system);
	}

	/**
	 * The incubators incubate a few enterprises, some since graduated onto the chains;
	 * contracts registered through the service institutions.
	 */
	private void innovation(String zone, DataScope system) {
		List<Long> incubators = this.jdbc.sql("""
				SELECT id FROM innovation_platform WHERE zone_code = :zone AND kind IN ('INCUBATOR', 'MAKER_SPACE')
				ORDER BY established_year, id""").param("zone", zone).query(Long.class).list();
		// two young enterprises of each chain and two off the chains, registered before
		// the
		// incubation years (2017–2020) begin
		List<Long> enterprises = new java.util.ArrayList<>();
		for (String chain : List.of("QJ-TOUR", "QJ-NM", "QJ-SILK", "QJ-HEALTH", "")) {
			enterprises.addAll(this.jdbc.sql("""
					SELECT id FROM enterprise WHERE zone_code = :zone AND registration_date >= :since
					  AND registration_date < :before AND COALESCE(chain_code, '') = :chain
					ORDER BY credit_code FETCH FIRST 2 ROWS ONLY""")
				.param("zone", zone)
				.param("since", LocalDate.of(2014, 1, 1))
				.param("before", LocalDate.of(2017, 1, 1))
				.param("chain", chain)
				.query(Long.class)
				.list());
		}
		for (int i = 0; i < enterprises.size() && !incubators.isEmpty(); i++) {
			int entered = 2017 + (i % 4);
			this.innovation.incubate(incubators.get(i % incubators.size()), enterprises.get(i), entered,
					(i % 3 == 0) ? entered + 2 : null, system);
		}
		List<Long> services = this.jdbc.sql("""
				SELECT id FROM innovation_platform WHERE zone_code = :zone AND kind = 'ST_SERVICE_INSTITUTION'
				ORDER BY id FETCH FIRST 2 ROWS ONLY""").param("zone", zone).query(Long.class).list();
		Long broker = services.isEmpty() ? null : services.get(0);
		contract(zone, 2021, "缫丝自动化控制技术转让", "西南大学", "重庆某丝绸有限公司", "ADVANCED_MANUFACTURING_AND_AUTOMATION", "320", broker,
				system);
		contract(zone, 2021, "铝合金热处理工艺许可", "重庆大学", "重庆某铝业有限公司", "NEW_MATERIALS", "580", broker, system);
		contract(zone, 2021, "中药饮片炮制技术开发", "重庆市中药研究院", "重庆某中药饮片有限公司", "BIOLOGY_AND_NEW_MEDICINE", "210", null, system);
		contract(zone, 2020, "智慧景区票务系统开发", "重庆某软件有限公司", "黔江某景区管理公司", "ELECTRONIC_INFORMATION", "150", null, system);
	}

	private void contract(String zone, int year, String title, String seller, String buyer, String field,
			String turnover, Long platform, DataScope system) {
		this.innovation.registerContract(
				new TechContract(0, zone, year, title, seller, buyer, field, new BigDecimal(turnover), platform),
				system);
	}

}
