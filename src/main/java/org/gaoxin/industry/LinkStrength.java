package org.gaoxin.industry;

import java.util.List;

import org.gaoxin.shared.Message;

/** A link's flag and every reason the rule found for it, in the reader's language. */
public record LinkStrength(Strength strength, List<Message> reasons) {
}
