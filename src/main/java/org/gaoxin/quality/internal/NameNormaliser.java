package org.gaoxin.quality.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces an enterprise name to what tells it apart: the same enterprise is often
 * registered once as 重庆黔江某某科技有限公司 and again as 某某科技(黔江)股份有限公司.
 */
public final class NameNormaliser {

	/**
	 * A district's short name: 黔江区 → 黔江, 石柱土家族自治县 → 石柱, 秀山土家族苗族自治县 → 秀山.
	 */
	private static final Pattern DISTRICT = Pattern.compile("^(.{2,}?)(?:\\p{IsHan}{1,3}族)*(?:自治)?[区县市旗]$");

	private static final String[] LEGAL_FORMS = { "有限责任公司", "有限公司", "股份" };

	private static final Pattern IGNORED = Pattern.compile("[\\s\\u3000()\\uFF08\\uFF09\\[\\]【】〔〕]");

	private NameNormaliser() {
	}

	public static String normalise(String name, String districtName) {
		String text = IGNORED.matcher(name).replaceAll("");
		text = text.replace("重庆市", "").replace("重庆", "");
		if (districtName != null && !districtName.isBlank()) {
			text = text.replace(districtName, "");
			String shortName = shortName(districtName);
			if (shortName != null) {
				text = text.replace(shortName, "");
			}
		}
		for (String form : LEGAL_FORMS) {
			text = text.replace(form, "");
		}
		return text.toLowerCase(Locale.ROOT);
	}

	static String shortName(String districtName) {
		Matcher matcher = DISTRICT.matcher(districtName);
		return matcher.matches() ? matcher.group(1) : null;
	}

}
