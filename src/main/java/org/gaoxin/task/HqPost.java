package org.gaoxin.task;

/** The posts of the zone's command headquarters (创建指挥部). */
public enum HqPost {

	/** 指挥长. */
	COMMANDER,
	/** 副指挥长. */
	DEPUTY_COMMANDER,
	/** 指挥部办公室, staff seconded from departments. */
	OFFICE

}
