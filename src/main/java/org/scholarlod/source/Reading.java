package org.scholarlod.source;

import java.util.List;
import org.scholarlod.model.Article;

/** An article as read from one input, with warnings about what the input lacked. */
public record Reading(Article article, List<String> warnings) {
    public Reading {
        if (article == null) {
            throw new IllegalArgumentException("reading.article is required");
        }
        warnings = List.copyOf(warnings);
    }
}
