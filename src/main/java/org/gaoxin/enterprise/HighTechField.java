package org.gaoxin.enterprise;

/** The eight fields of 国家重点支持的高新技术领域 an enterprise's key technology must belong to. */
public enum HighTechField {

	ELECTRONIC_INFORMATION("电子信息", "Electronic information"),
	BIOLOGY_AND_NEW_MEDICINE("生物与新医药", "Biology and new medicine"), AEROSPACE("航空航天", "Aerospace"),
	NEW_MATERIALS("新材料", "New materials"), HIGH_TECH_SERVICES("高技术服务", "High-tech services"),
	NEW_ENERGY_AND_ENERGY_SAVING("新能源与节能", "New energy and energy saving"),
	RESOURCES_AND_ENVIRONMENT("资源与环境", "Resources and environment"),
	ADVANCED_MANUFACTURING_AND_AUTOMATION("先进制造与自动化", "Advanced manufacturing and automation");

	private final String nameZh;

	private final String nameEn;

	HighTechField(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

}
