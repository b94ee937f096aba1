/**
 * The national qualification rules (高新技术企业认定, 科技型中小企业评价) as pure domain code: every
 * condition, scoring table and gap in the published texts, judged on values the caller
 * supplies. Open to other modules as the {@code rules} interface of the qualification
 * module; depends on nothing but the JDK and the shared kernel's values.
 */
@org.springframework.modulith.NamedInterface("rules")
package org.gaoxin.qualification.rules;
