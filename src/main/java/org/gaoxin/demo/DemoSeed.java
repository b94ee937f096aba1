package org.gaoxin.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.Accounts;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.NewUser;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.chain.Chains;
import org.gaoxin.filing.bulk.ReportBulk;
import org.gaoxin.enterprise.bulk.RegistryBulk;
import org.gaoxin.enterprise.HighTechCertificate;
import org.gaoxin.enterprise.NewEnterprise;
import org.gaoxin.enterprise.TechSmeRegistration;
import org.gaoxin.platform.Platforms;
import org.gaoxin.region.Regions;
import org.gaoxin.statistics.ZoneFigures;
import org.gaoxin.target.Targets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo zone on a demo start, once: south-east Chongqing with Qianjiang's
 * high-tech zone and five neighbouring industrial parks, 2018–2021, and one demo account
 * per role. The whole seed is one transaction.
 */
@Component
@Profile("demo")
@Order(0)
class DemoSeed implements ApplicationRunner {

	/** The documented password of every demo account (README); demo starts only. */
	static final String DEMO_PASSWORD = "gaoxin-demo-2021";

	private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

	private static final String SOURCE = AuditLog.GENERATED;

	/** The seed loads every zone on the system's behalf. */
	private static final DataScope SYSTEM = DataScope.everything(Role.ADMIN);

	private final Regions regions;

	private final Chains chains;

	private final org.gaoxin.industry.IndustryDemo industry;

	private final RegistryBulk registry;

	private final ReportBulk reports;

	private final ZoneFigures figures;

	private final Platforms platforms;

	private final Accounts accounts;

	private final TransactionTemplate transaction;

	private final Targets targets;

	private final org.gaoxin.task.TaskDemo tasks;

	private final org.gaoxin.policy.PolicyDemo policies;

	private final java.util.concurrent.atomic.AtomicInteger certificateNo = new java.util.concurrent.atomic.AtomicInteger();

	private final java.util.concurrent.atomic.AtomicInteger registrationNo = new java.util.concurrent.atomic.AtomicInteger();

	DemoSeed(Regions regions, Chains chains, RegistryBulk registry, ReportBulk reports, ZoneFigures figures,
			Platforms platforms, Accounts accounts, TransactionTemplate transaction, Targets targets,
			org.gaoxin.task.TaskDemo tasks, org.gaoxin.industry.IndustryDemo industry,
			org.gaoxin.policy.PolicyDemo policies) {
		this.industry = industry;
		this.policies = policies;
		this.regions = regions;
		this.chains = chains;
		this.registry = registry;
		this.reports = reports;
		this.figures = figures;
		this.platforms = platforms;
		this.accounts = accounts;
		this.transaction = transaction;
		this.targets = targets;
		this.tasks = tasks;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.regions.findZone(DemoCatalog.QIANJIANG_ZONE).isPresent()) {
			log.info("Demo zone already loaded");
			return;
		}
		long started = System.nanoTime();
		this.transaction.executeWithoutResult((status) -> seed());
		log.info("Demo zone loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void seed() {
		this.regions.create(DemoCatalog.SOUTH_EAST_CHONGQING);
		DemoCatalog.DISTRICTS.forEach(this.regions::create);
		DemoCatalog.ZONES.forEach(this.regions::create);
		DemoCatalog.CHAINS.forEach(this.chains::define);
		DemoCatalog.DEPARTMENTS.forEach(this.accounts::createDepartment);
		Naming naming = new Naming();
		LoadedZone qianjiang = null;
		for (ZoneProfile profile : DemoCatalog.PROFILES) {
			LoadedZone loaded = loadZone(profile, naming);
			if (profile.zoneCode().equals(DemoCatalog.QIANJIANG_ZONE)) {
				qianjiang = loaded;
			}
		}
		this.industry.seed(DemoCatalog.QIANJIANG_ZONE, "demo-chain", SYSTEM);
		createAccounts(qianjiang.zone(), qianjiang.ids());
		DemoCatalog.METRICS.forEach((metric) -> this.targets.define(metric, SYSTEM));
		DemoCatalog.TARGETS.forEach((target) -> this.targets.set(target, null, SYSTEM));
		this.tasks.seed(DemoCatalog.QIANJIANG_ZONE);
		this.policies.seed(DemoCatalog.QIANJIANG_ZONE);
	}

	record LoadedZone(SyntheticZone zone, Map<String, Long> ids) {
	}

	/**
	 * Generates a zone from its profile and stores it: enterprises, reports,
	 * certificates, registrations, figures, platforms.
	 */
	LoadedZone loadZone(ZoneProfile profile, Naming naming) {
		SyntheticZone zone = new EnterpriseSynthesizer(profile, naming).synthesize();
		Map<String, Long> ids = this.registry.registerAll(zone.enterprises(), SOURCE, SYSTEM);
		List<Long> idByIndex = zone.enterprises().stream().map((e) -> ids.get(e.creditCode().value())).toList();
		this.reports.fileAll(
				zone.reports().stream().map((r) -> r.forEnterprise(idByIndex.get((int) r.enterpriseId()))).toList(),
				SOURCE, SYSTEM);
		List<HighTechCertificate> certificates = new ArrayList<>();
		for (SyntheticZone.Certificate c : zone.certificates()) {
			certificates.add(new HighTechCertificate(idByIndex.get(c.enterprise()),
					"GR" + c.issueYear() + "50" + String.format("%05d", this.certificateNo.incrementAndGet()),
					c.issueYear()));
		}
		this.registry.issueAll(certificates, SOURCE, SYSTEM);
		List<TechSmeRegistration> registrations = new ArrayList<>();
		for (SyntheticZone.Registration r : zone.registrations()) {
			registrations.add(new TechSmeRegistration(idByIndex.get(r.enterprise()), r.year(), r.year()
					+ profile.divisionCode() + "A" + String.format("%06d", this.registrationNo.incrementAndGet())));
		}
		this.registry.registerSmes(registrations, SOURCE, SYSTEM);
		double scale = profile.zoneCode().equals(DemoCatalog.QIANJIANG_ZONE) ? 1.0
				: profile.aboveSizeOutputYi()[3] / ZoneProfile.qianjiang().aboveSizeOutputYi()[3];
		loadFigures(profile, scale);
		DemoFigures.platforms(profile.zoneCode(), profile.namePrefix(), scale).forEach(this.platforms::register);
		return new LoadedZone(zone, ids);
	}

	private void loadFigures(ZoneProfile profile, double scale) {
		this.figures.load(DemoFigures.records(profile, scale, this.figures.definitions(), SOURCE));
	}

	private void createAccounts(SyntheticZone qianjiang, Map<String, Long> ids) {
		String zone = DemoCatalog.QIANJIANG_ZONE;
		NewEnterprise demoEnterprise = qianjiang.enterprises().get(qianjiang.certificates().get(0).enterprise());
		long enterpriseId = ids.get(demoEnterprise.creditCode().value());
		this.accounts.create(new NewUser("demo-admin", DEMO_PASSWORD, "系统管理员", Role.ADMIN, null, null, null, null));
		this.accounts.create(new NewUser("demo-hq", DEMO_PASSWORD, "创建指挥部", Role.HEADQUARTERS, zone, null, null, null));
		this.accounts.create(new NewUser("demo-dept", DEMO_PASSWORD, "区科技局", Role.DEPARTMENT, zone, null, "KJJ", null));
		this.accounts.create(new NewUser("demo-enterprise", DEMO_PASSWORD, demoEnterprise.name(), Role.ENTERPRISE, zone,
				enterpriseId, null, null));
		this.accounts
			.create(new NewUser("demo-chain", DEMO_PASSWORD, "蚕桑丝绸链长", Role.CHAIN_LEADER, zone, null, null, "QJ-SILK"));
		this.accounts.create(new NewUser("demo-viewer", DEMO_PASSWORD, "观察员", Role.VIEWER, null, null, null, null));
		// every demo account opens on Qianjiang, the zone the demo is about
		for (String user : List.of("demo-admin", "demo-hq", "demo-dept", "demo-enterprise", "demo-chain",
				"demo-viewer")) {
			this.accounts.setHomeZone(user, zone, SYSTEM);
		}
	}

}
