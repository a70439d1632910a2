package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.Article;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.Reference;
import org.scholarlod.source.ArticleReader;

class RepeatedAuthorsTest {
    private static final String FIRST =
            "CHOLODENKO, A. The Illusion of Life: Essays on Animation. Sydney: Power " + "Publications, 1991.";
    private static final String REPEATED =
            "_______. The Crypt, the Haunted House, of Cinema. Cultural Studies Review," + " v. 10, n. 2, Sept., 2004.";

    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void marked_theMarksOfAbntChicagoAndMla() {
        assertTrue(RepeatedAuthors.marked(REPEATED));
        assertTrue(RepeatedAuthors.marked("———. 1999. The Second Book. Chicago: University of Chicago Press."));
        assertTrue(RepeatedAuthors.marked("---. Another Essay. Yale UP, 2003."));
        assertTrue(RepeatedAuthors.marked("12. ———. Another Essay. Yale UP, 2003."));
    }

    @Test
    void marked_notWithACommaAfterIt() {
        assertFalse(RepeatedAuthors.marked("———, ed. 2001. Collected Essays. Chicago: University of Chicago Press."));
        assertFalse(RepeatedAuthors.marked("———, and J. Smith. 2001. Joint Work. Chicago: Press."));
        assertFalse(RepeatedAuthors.marked(FIRST));
    }

    @Test
    void parse_theMarkTakesTheAuthorsOfTheWorkBefore() {
        CitedWork before = parser.parse(FIRST);
        assertEquals(List.of(PersonName.person("CHOLODENKO", "A.")), before.authors());
        CitedWork work = parser.parse(REPEATED, before);
        assertEquals(before.authors(), work.authors());
        assertEquals("The Crypt, the Haunted House, of Cinema", work.title());
        assertEquals("2004", work.issued());
        assertTrue(parser.parse(REPEATED, null).authors().isEmpty());
    }

    @Test
    void parseReferences_carriesTheAuthorsDownARunOfMarks() {
        Article seed = new ArticleReader()
                .read(Path.of("data/articles/gereffi-lee-2016"))
                .article();
        Article article = seed.toBuilder()
                .references(List.of(
                        new Reference(1, FIRST),
                        new Reference(2, REPEATED),
                        new Reference(3, "_______. Still Photography? Afterimage, v. 32, n. 5, 2005.")))
                .build();
        List<Reference> parsed = parser.parseReferences(article).references();
        PersonName cholodenko = PersonName.person("CHOLODENKO", "A.");
        assertEquals(List.of(cholodenko), parsed.get(1).work().authors());
        assertEquals(List.of(cholodenko), parsed.get(2).work().authors());
    }
}
