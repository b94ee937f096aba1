package org.gaoxin.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.task.TaskDraft.MilestoneDraft;

import org.springframework.stereotype.Component;

/**
 * The demo zone's supervision: headquarters' posts and the departments' people, the owner
 * of every indicator of the illustrative standard, the 2021 shortfall list generated from
 * the evaluation, and items added by hand in every state with dates around the day the
 * demo starts (by the application's clock), so the views show a realistic mix. Names and
 * titles are demo data.
 */
@Component
public class TaskDemo {

	/** The illustrative standard's indicators and the department answering for each. */
	static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("C01", "GXQ"), Map.entry("C02", "FGW"),
			Map.entry("C03", "JXW"), Map.entry("C04", "JXW"), Map.entry("C05", "SWW"), Map.entry("C06", "CZJ"),
			Map.entry("C07", "KJJ"), Map.entry("C08", "KJJ"), Map.entry("C09", "KJJ"), Map.entry("C10", "KJJ"),
			Map.entry("C11", "KJJ"), Map.entry("C12", "KJJ"), Map.entry("C13", "KJJ"), Map.entry("C14", "TJJ"),
			Map.entry("C15", "JXW"), Map.entry("C16", "JXW"), Map.entry("C17", "FGW"), Map.entry("C18", "KJJ"),
			Map.entry("C19", "KJJ"), Map.entry("C20", "KJJ"), Map.entry("C21", "FGW"), Map.entry("C22", "GXQ"),
			Map.entry("C23", "GXQ"));

	private static final String STANDARD = "CQ-MUNICIPAL-HTZ";

	private final Tasks tasks;

	private final IndicatorOwners owners;

	private final ShortfallLists lists;

	private final Organisation organisation;

	private final Supervision supervision;

	TaskDemo(Tasks tasks, IndicatorOwners owners, ShortfallLists lists, Organisation organisation,
			Supervision supervision) {
		this.tasks = tasks;
		this.owners = owners;
		this.lists = lists;
		this.organisation = organisation;
		this.supervision = supervision;
	}

	/** Loads the zone's supervision; the zone, its departments and users exist. */
	public void seed(String zone) {
		DataScope hq = new DataScope(Role.HEADQUARTERS, zone, null, null, null);
		people(zone, hq);
		OWNERS.forEach((indicator, department) -> this.owners.set(STANDARD, indicator, department, null, hq));
		this.lists.generate(zone, 2021, STANDARD, hq);
		handAdded(zone, hq);
		this.supervision.remind(this.tasks.today());
	}

	private void people(String zone, DataScope hq) {
		this.organisation.add(zone, HqPost.COMMANDER, null, "区委副书记、区长", "周明远", null, hq);
		this.organisation.add(zone, HqPost.DEPUTY_COMMANDER, null, "副区长", "陈立新", null, hq);
		this.organisation.add(zone, HqPost.DEPUTY_COMMANDER, "GXQ", "高新区管委会主任", "刘志强", null, hq);
		this.organisation.add(zone, HqPost.OFFICE, "GXQ", "指挥部办公室主任", "张晓燕", "demo-hq", hq);
		this.organisation.add(zone, HqPost.OFFICE, "KJJ", "办公室督查专员（抽调）", "李静", null, hq);
		this.organisation.add(zone, null, "KJJ", "高新技术科科长", "王磊", "demo-dept", hq);
		this.organisation.add(zone, null, "FGW", "产业发展科科长", "赵刚", null, hq);
		this.organisation.add(zone, null, "SWW", "外资科科长", "孙丽", null, hq);
		this.organisation.add(zone, null, "JXW", "工业科科长", "吴斌", null, hq);
		this.organisation.add(zone, null, "TJJ", "综合科科长", "郑红", null, hq);
		this.organisation.add(zone, null, "CZJ", "预算科科长", "冯军", null, hq);
	}

	/** One item in each state, dated around today. */
	private void handAdded(String zone, DataScope hq) {
		LocalDate today = this.tasks.today();
		DataScope kjj = department(zone, "KJJ");
		// assigned, waiting for the science bureau to accept
		create(zone, hq, "开展高新技术企业申报辅导培训", "KJJ", List.of("GXQ"), "王磊", today.plusDays(45), "C07",
				List.of(new MilestoneDraft(today.plusDays(14), "举办申报辅导会（场次）", new BigDecimal("2")),
						new MilestoneDraft(today.plusDays(40), "辅导企业数（家）", new BigDecimal("30"))));
		// accepted, first milestone due within days
		long incubator = create(zone, hq, "新建市级科技企业孵化器", "KJJ", List.of("CZJ"), "王磊", today.plusDays(90), "C13",
				List.of(new MilestoneDraft(today.plusDays(4), "完成孵化器场地选址", null),
						new MilestoneDraft(today.plusDays(80), "通过市级认定（家）", BigDecimal.ONE)));
		act(incubator, TaskAction.ACCEPT, Tasks.ActionInput.none(), kjj);
		// in progress, one milestone reported, the next one overdue
		long institutes = create(zone, hq, "推动规上工业企业研发机构全覆盖", "KJJ", List.of("JXW"), "王磊", today.plusDays(60), "C10",
				List.of(new MilestoneDraft(today.minusDays(30), "新增企业研发机构（个）", new BigDecimal("5")),
						new MilestoneDraft(today.minusDays(6), "新增市级研发机构（个）", new BigDecimal("3"))));
		act(institutes, TaskAction.ACCEPT, Tasks.ActionInput.none(), kjj);
		TaskItem item = this.tasks.find(institutes).orElseThrow();
		act(institutes, TaskAction.REPORT, new Tasks.ActionInput("已新增企业研发机构6个", item.milestones().get(0).id(),
				new BigDecimal("6"), null, null, null), kjj);
		// completion requested by the commerce commission
		long foreign = create(zone, hq, "引进外资制造业项目", "SWW", List.of(), "孙丽", today.plusDays(20), null,
				List.of(new MilestoneDraft(today.minusDays(10), "签约外资项目（个）", new BigDecimal("2"))));
		DataScope sww = department(zone, "SWW");
		act(foreign, TaskAction.ACCEPT, Tasks.ActionInput.none(), sww);
		item = this.tasks.find(foreign).orElseThrow();
		act(foreign, TaskAction.REPORT, new Tasks.ActionInput("签约项目2个，合同外资1200万美元", item.milestones().get(0).id(),
				new BigDecimal("2"), null, null, null), sww);
		act(foreign, TaskAction.REQUEST_COMPLETION, Tasks.ActionInput.comment("两个项目均已签约"), sww);
		// verified, waiting to be struck off
		long plan = create(zone, hq, "编制高新区产业发展规划（2022—2025）", "FGW", List.of("GXQ", "KJJ"), "赵刚", today.plusDays(10),
				null, List.of(new MilestoneDraft(today.minusDays(20), "规划通过专家评审", null)));
		DataScope fgw = department(zone, "FGW");
		act(plan, TaskAction.ACCEPT, Tasks.ActionInput.none(), fgw);
		item = this.tasks.find(plan).orElseThrow();
		act(plan, TaskAction.REPORT,
				new Tasks.ActionInput("规划已通过评审", item.milestones().get(0).id(), null, null, null, null), fgw);
		act(plan, TaskAction.REQUEST_COMPLETION, Tasks.ActionInput.none(), fgw);
		act(plan, TaskAction.VERIFY, Tasks.ActionInput.comment("评审意见已落实"), hq);
		// struck off
		long enterprises = create(zone, hq, "培育新增规上工业企业", "JXW", List.of(), "吴斌", today.minusDays(5), null,
				List.of(new MilestoneDraft(today.minusDays(15), "新增规上工业企业（家）", new BigDecimal("8"))));
		DataScope jxw = department(zone, "JXW");
		act(enterprises, TaskAction.ACCEPT, Tasks.ActionInput.none(), jxw);
		item = this.tasks.find(enterprises).orElseThrow();
		act(enterprises, TaskAction.REPORT,
				new Tasks.ActionInput(null, item.milestones().get(0).id(), new BigDecimal("9"), null, null, null), jxw);
		act(enterprises, TaskAction.REQUEST_COMPLETION, Tasks.ActionInput.none(), jxw);
		act(enterprises, TaskAction.VERIFY, Tasks.ActionInput.none(), hq);
		act(enterprises, TaskAction.STRIKE_OFF, Tasks.ActionInput.none(), hq);
		// returned for rework
		long staff = create(zone, hq, "提高研发人员占从业人员比重", "TJJ", List.of("KJJ"), "郑红", today.plusDays(30), null,
				List.of(new MilestoneDraft(today.minusDays(3), "核实研发人员统计口径", null)));
		DataScope tjj = department(zone, "TJJ");
		act(staff, TaskAction.ACCEPT, Tasks.ActionInput.none(), tjj);
		act(staff, TaskAction.REQUEST_COMPLETION, Tasks.ActionInput.none(), tjj);
		act(staff, TaskAction.RETURN, Tasks.ActionInput.comment("未附统计口径核实材料，请补充"), hq);
		// overdue, never accepted
		create(zone, hq, "落实企业研发费用加计扣除政策宣传", "CZJ", List.of("KJJ"), "冯军", today.minusDays(3), null, List.of());
		// cancelled
		long cancelled = create(zone, hq, "申报国家级科技企业孵化器", "KJJ", List.of(), "王磊", today.plusDays(200), null, List.of());
		act(cancelled, TaskAction.CANCEL, Tasks.ActionInput.comment("并入“新建市级科技企业孵化器”一项推进"), hq);
	}

	private long create(String zone, DataScope hq, String title, String lead, List<String> cooperators, String person,
			LocalDate deadline, String indicator, List<MilestoneDraft> milestones) {
		return this.tasks
			.create(zone,
					new TaskDraft(title, null, lead, cooperators, person, deadline,
							(indicator != null) ? STANDARD : null, (indicator != null) ? List.of(indicator) : List.of(),
							milestones),
					hq)
			.id();
	}

	private void act(long id, TaskAction action, Tasks.ActionInput input, DataScope scope) {
		this.tasks.act(id, action, input, scope);
	}

	private static DataScope department(String zone, String code) {
		return new DataScope(Role.DEPARTMENT, zone, null, null, code);
	}

}
