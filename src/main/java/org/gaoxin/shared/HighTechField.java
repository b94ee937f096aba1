package org.gaoxin.shared;

/**
 * The eight fields of 国家重点支持的高新技术领域 an enterprise's key technology must belong to: a
 * classification the registry records and the high-tech rules judge. Labels come from the
 * bundles ({@code enum.HighTechField.*}).
 */
public enum HighTechField {

	ELECTRONIC_INFORMATION, BIOLOGY_AND_NEW_MEDICINE, AEROSPACE, NEW_MATERIALS, HIGH_TECH_SERVICES,
	NEW_ENERGY_AND_ENERGY_SAVING, RESOURCES_AND_ENVIRONMENT, ADVANCED_MANUFACTURING_AND_AUTOMATION

}
