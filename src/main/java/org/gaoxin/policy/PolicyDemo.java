package org.gaoxin.policy;

import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;

import org.springframework.stereotype.Component;

/**
 * The demo zone's talent register: a few illustrative people (示例) at the zone's chain
 * enterprises, recognised 2019–2021, so that the illustrative talent award has 2021
 * matches and the counts per enterprise and chain show something. The illustrative
 * policies themselves are files under {@code policies/}.
 */
@Component
public class PolicyDemo {

	private static final DataScope SYSTEM = DataScope.everything(Role.ADMIN);

	private final Talents talents;

	private final Enterprises enterprises;

	PolicyDemo(Talents talents, Enterprises enterprises) {
		this.talents = talents;
		this.enterprises = enterprises;
	}

	/** Data, not texts: names and programmes as the register holds them. */
	private record Person(String name, TalentLevel level, String field, String programme, int year) {
	}

	private static final List<Person> PEOPLE = List.of(
			new Person("示例·陈明远", TalentLevel.NATIONAL, "生物医药", "国家级科技创新领军人才(示例)", 2021),
			new Person("示例·李晓岚", TalentLevel.PROVINCIAL, "新材料", "重庆英才计划·创新创业领军人才(示例)", 2021),
			new Person("示例·王德华", TalentLevel.MUNICIPAL, "蚕桑丝绸", "渝东南青年拔尖人才(示例)", 2021),
			new Person("示例·赵思齐", TalentLevel.DISTRICT, "电子信息", "黔江区创新创业人才(示例)", 2021),
			new Person("示例·孙文博", TalentLevel.PROVINCIAL, "中药材", "重庆英才计划·技术技能领军人才(示例)", 2020),
			new Person("示例·周雅婷", TalentLevel.DISTRICT, "软件", "黔江区创新创业人才(示例)", 2019));

	public void seed(String zone) {
		List<Enterprise> onChains = this.enterprises.inZone(zone, SYSTEM)
			.stream()
			.filter((e) -> e.chainCode() != null)
			.toList();
		if (onChains.isEmpty()) {
			return;
		}
		for (int i = 0; i < PEOPLE.size(); i++) {
			Person person = PEOPLE.get(i);
			// every third enterprise of the chains, so that one employer has two people
			Enterprise employer = onChains.get(Math.min((i % 5) * 3, onChains.size() - 1));
			this.talents.register(zone, new Talents.TalentDraft(person.name(), person.level().name(), person.field(),
					employer.id(), person.programme(), person.year()), SYSTEM);
		}
	}

}
