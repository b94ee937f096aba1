package org.gaoxin.enterprise;

/** A technology-based SME registration (科技型中小企业入库登记), valid for its year. */
public record TechSmeRegistration(long enterpriseId, int year, String registrationNo) {
}
