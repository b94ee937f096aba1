/**
 * The national qualification rules (高新技术企业认定, 科技型中小企业评价) as pure domain code, open to
 * other modules as the {@code qualification} interface of the enterprise module.
 */
@org.springframework.modulith.NamedInterface("qualification")
package org.gaoxin.enterprise.qualification;
