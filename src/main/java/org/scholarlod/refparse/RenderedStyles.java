package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The CSL styles the parser is trained on and the ones held out whole to measure it on styles it never saw.
 * The held-out styles are the ones real reference lists are most often in (LNCS, Elsevier, Vancouver, Science,
 * IEEE, APS, GOST, GB/T 7714, MLA, Chicago); no style in training is a dependent or a renamed copy of them.
 */
final class RenderedStyles {
    static final List<String> TRAINING = List.of(
            "apa",
            "apa-6th-edition",
            "nature",
            "american-chemical-society",
            "harvard-cite-them-right",
            "acm-sig-proceedings",
            "association-for-computing-machinery",
            "plos",
            "cell",
            "bmj",
            "the-lancet",
            "american-medical-association",
            "annual-reviews",
            "iso690-author-date-en",
            "iso690-numeric-en",
            "springer-basic-author-date",
            "springer-basic-brackets",
            "springer-physics-brackets",
            "springer-mathphys-brackets",
            "springer-socpsych-author-date",
            "royal-society-of-chemistry",
            "american-institute-of-physics",
            "institute-of-physics-numeric",
            "sage-harvard",
            "american-political-science-association",
            "american-sociological-association",
            "american-geophysical-union",
            "american-society-of-civil-engineers",
            "copernicus-publications",
            "din-1505-2",
            "frontiers",
            "pnas",
            "angewandte-chemie",
            "gost-r-7-0-5-2008",
            "chinese-gb7714-2005-numeric",
            "sist02",
            "japanese-journal-of-applied-physics");

    static final List<String> HELD_OUT = List.of(
            "springer-lecture-notes-in-computer-science",
            "elsevier-harvard",
            "nlm-citation-sequence",
            "science",
            "ieee",
            "american-physics-society",
            "gost-r-7-0-5-2008-numeric",
            "china-national-standard-gb-t-7714-2015-numeric",
            "modern-language-association",
            "chicago-author-date");

    private RenderedStyles() {}

    /** Each reference rendered in {@code perReference} styles drawn from the list; the seed fixes the draw. */
    static List<CslRenderer.Rendering> render(
            List<KnownReference> references, List<String> styles, int perReference, long seed) {
        CslRenderer renderer = new CslRenderer();
        Random random = new Random(seed);
        List<CslRenderer.Rendering> renderings = new ArrayList<>();
        for (KnownReference reference : references) {
            for (int i = 0; i < perReference; i++) {
                renderer.render(reference, styles.get(random.nextInt(styles.size())))
                        .ifPresent(renderings::add);
            }
        }
        return renderings;
    }
}
