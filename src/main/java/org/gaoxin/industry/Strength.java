package org.gaoxin.industry;

/**
 * What a link needs: 补链 (fill, no enterprise), 强链 (strengthen, too few or too weak), 延链
 * (extend, nothing downstream), or nothing.
 */
public enum Strength {

	FILL, STRENGTHEN, EXTEND, SOUND

}
