/**
 * Support policies as data (科技创新扶持政策, 政策兑现): policy files read and checked like
 * standards, every zone enterprise (and registered talent) matched against their articles
 * with the amount and the reason, near misses with what is missing, payment lists
 * prepared, approved by a second person, paid and exported, and the register of
 * innovation and entrepreneurship talent (人才).
 */
package org.gaoxin.policy;
