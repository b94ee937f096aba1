package org.gaoxin.filing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The review's settings ({@code gaoxin.review.*}).
 *
 * @param fourEyes changes to approved figures need a second person: whoever reopened an
 * approved report, or replaced it by an import, may not approve it again. An office of
 * one sets it to false (the review page says which rule is in force).
 */
@ConfigurationProperties("gaoxin.review")
public record ReviewProperties(@DefaultValue("true") boolean fourEyes) {

}
