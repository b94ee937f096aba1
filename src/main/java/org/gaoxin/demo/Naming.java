package org.gaoxin.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.gaoxin.enterprise.CreditCode;

/**
 * Plausible, unique enterprise names and valid unified social credit codes for the demo.
 */
final class Naming {

	private static final String[] FIRST = { "武陵", "阿蓬", "濯水", "仰头", "正阳", "舟白", "城南", "灵峰", "鹤鸣", "渝东", "金溪", "银杏",
			"青山", "云岭", "峡谷", "丝路", "蚕乡", "绿源", "康达", "华瑞", "恒信", "鼎盛", "创远", "博雅", "智联", "天成", "鑫源", "瑞丰", "宏图", "汇通",
			"精诚", "泰和", "锦程", "信达", "永安", "丰泽", "盛世", "科创", "联创", "凯达" };

	private static final String[] SECOND = { "", "佳", "兴", "宏", "源", "盛", "达", "华", "新", "宇", "丰", "泰", "嘉", "明", "远",
			"安" };

	private static final String ORG_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private final Set<String> names = new HashSet<>();

	private final Set<String> codes = new HashSet<>();

	String name(Random random, String place, String business) {
		for (int attempt = 0; attempt < 1000; attempt++) {
			String name = "重庆" + place + FIRST[random.nextInt(FIRST.length)] + SECOND[random.nextInt(SECOND.length)]
					+ business + "有限公司";
			if (this.names.add(name)) {
				return name;
			}
		}
		throw new IllegalStateException("Ran out of demo enterprise names");
	}

	/**
	 * "91" (industry and commerce, enterprise) + the district's division code + an
	 * organisation code with its GB 11714 check digit + the GB 32100 check character.
	 */
	CreditCode creditCode(Random random, String divisionCode) {
		while (true) {
			StringBuilder organisation = new StringBuilder();
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				int digit = random.nextInt(10);
				organisation.append(digit);
				sum += digit * ORG_WEIGHTS[i];
			}
			int check = 11 - sum % 11;
			organisation.append((check == 10) ? 'X' : (check == 11) ? '0' : ORG_ALPHABET.charAt(check));
			CreditCode code = CreditCode.withCheckCharacter("91" + divisionCode + organisation);
			if (this.codes.add(code.value())) {
				return code;
			}
		}
	}

}
