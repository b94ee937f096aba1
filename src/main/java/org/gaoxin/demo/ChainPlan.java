package org.gaoxin.demo;

import org.gaoxin.shared.HighTechField;

/**
 * Where a generated enterprise sits: chain and link (if any), its industry, business word
 * and tech field.
 */
record ChainPlan(String chainCode, String linkCode, String industry, String business, HighTechField field,
		boolean industrial) {

	/**
	 * Manufacturing on Qianjiang's chains; 艺术品精深加工 is left empty on purpose: a link to
	 * attract investment.
	 */
	static final ChainPlan[] CHAIN_INDUSTRIAL = {
			new ChainPlan("QJ-NM", "QJ-NM-ALLOY", "有色金属合金制造", "铝合金新材料", HighTechField.NEW_MATERIALS, true),
			new ChainPlan("QJ-NM", "QJ-NM-GF", "玻璃纤维及制品制造", "玻纤复合材料", HighTechField.NEW_MATERIALS, true),
			new ChainPlan("QJ-SILK", "QJ-SILK-REEL", "缫丝加工", "茧丝", HighTechField.ADVANCED_MANUFACTURING_AND_AUTOMATION,
					true),
			new ChainPlan("QJ-SILK", "QJ-SILK-WEAVE", "丝绢纺织及印染精加工", "丝绸",
					HighTechField.ADVANCED_MANUFACTURING_AND_AUTOMATION, true),
			new ChainPlan("QJ-SILK", "QJ-SILK-GARMENT", "服装制造", "服饰",
					HighTechField.ADVANCED_MANUFACTURING_AND_AUTOMATION, true),
			new ChainPlan("QJ-HEALTH", "QJ-HEALTH-TCM", "中药饮片加工", "中药材", HighTechField.BIOLOGY_AND_NEW_MEDICINE, true),
			new ChainPlan("QJ-HEALTH", "QJ-HEALTH-BIO", "医药制造", "生物医药", HighTechField.BIOLOGY_AND_NEW_MEDICINE, true) };

	static final ChainPlan[] CHAIN_SERVICES = {
			new ChainPlan("QJ-TOUR", "QJ-TOUR-DIGITAL", "数字内容服务", "数字文旅", HighTechField.ELECTRONIC_INFORMATION, false),
			new ChainPlan("QJ-TOUR", "QJ-TOUR-SCENIC", "智慧景区运营", "智慧旅游", HighTechField.ELECTRONIC_INFORMATION, false),
			new ChainPlan("QJ-TOUR", "QJ-TOUR-CREATIVE", "文化创意服务", "文创", HighTechField.HIGH_TECH_SERVICES, false),
			new ChainPlan("QJ-HEALTH", "QJ-HEALTH-CARE", "康养服务", "康养", HighTechField.HIGH_TECH_SERVICES, false) };

	static final ChainPlan[] OTHER_INDUSTRIAL = {
			new ChainPlan(null, null, "农副食品加工", "食品", HighTechField.BIOLOGY_AND_NEW_MEDICINE, true),
			new ChainPlan(null, null, "非金属矿物制品", "建材", HighTechField.RESOURCES_AND_ENVIRONMENT, true),
			new ChainPlan(null, null, "通用设备制造", "机械制造", HighTechField.ADVANCED_MANUFACTURING_AND_AUTOMATION, true),
			new ChainPlan(null, null, "电气机械和器材制造", "电气", HighTechField.NEW_ENERGY_AND_ENERGY_SAVING, true),
			new ChainPlan(null, null, "电子元器件制造", "电子", HighTechField.ELECTRONIC_INFORMATION, true),
			new ChainPlan(null, null, "环保设备制造", "环保科技", HighTechField.RESOURCES_AND_ENVIRONMENT, true) };

	static final ChainPlan[] OTHER_SERVICES = {
			new ChainPlan(null, null, "软件和信息技术服务", "软件", HighTechField.ELECTRONIC_INFORMATION, false),
			new ChainPlan(null, null, "信息系统集成服务", "信息技术", HighTechField.ELECTRONIC_INFORMATION, false),
			new ChainPlan(null, null, "科技推广和应用服务", "科技服务", HighTechField.HIGH_TECH_SERVICES, false),
			new ChainPlan(null, null, "检验检测服务", "检测技术", HighTechField.HIGH_TECH_SERVICES, false),
			new ChainPlan(null, null, "新能源技术服务", "新能源", HighTechField.NEW_ENERGY_AND_ENERGY_SAVING, false) };

	ChainPlan withoutChain() {
		return new ChainPlan(null, null, this.industry, this.business, this.field, this.industrial);
	}

}
