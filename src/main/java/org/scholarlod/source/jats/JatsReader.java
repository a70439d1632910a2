package org.scholarlod.source.jats;

import java.util.ArrayList;
import java.util.List;
import org.scholarlod.model.Article;
import org.scholarlod.model.Copyright;
import org.scholarlod.model.Identifier;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.Journal;
import org.scholarlod.model.License;
import org.scholarlod.model.MarkupText;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.SourceDocument;
import org.scholarlod.model.SourceKind;
import org.scholarlod.model.WorkType;
import org.scholarlod.source.InputException;
import org.scholarlod.source.Reading;
import org.w3c.dom.Element;

/** Reads one JATS (or NLM) {@code article} document into an article. */
public final class JatsReader {
    /** The kind of input, as recorded in provenance. */

    /** Reads {@code bytes}; {@code name} names the file in errors. A document that is not a JATS article is refused. */
    public Reading read(String name, byte[] bytes) {
        Element root = SafeXml.parse(name, bytes).getDocumentElement();
        if (!"article".equals(root.getLocalName() == null ? root.getTagName() : root.getLocalName())) {
            throw new InputException(name, null, "XML whose root is <" + root.getTagName() + ">, not a JATS <article>");
        }
        Element front = Dom.child(root, "front");
        Element meta = Dom.child(front, "article-meta");
        if (meta == null) {
            throw new InputException(name, null, "a JATS article without front/article-meta: nothing to read");
        }
        List<String> warnings = new ArrayList<>();
        try {
            Article article = article(root, front, meta, warnings)
                    .sources(List.of(SourceDocument.of(
                            name.substring(name.lastIndexOf('/') + 1), SourceKind.JATS_ARTICLE, bytes)))
                    .build();
            return new Reading(
                    article, warnings.stream().map(w -> name + ": " + w).toList());
        } catch (IllegalArgumentException e) {
            throw new InputException(name, null, e.getMessage(), e);
        }
    }

    private static Article.Builder article(Element root, Element front, Element meta, List<String> warnings) {
        JatsContributors contributors = new JatsContributors(meta, warnings);
        JatsDates dates = JatsDates.of(meta);
        Article.Builder article = Article.builder()
                .type(WorkType.JOURNAL_ARTICLE)
                .title(JatsPrintedText.of(Dom.path(meta, "title-group/article-title")))
                .subtitle(Dom.text(meta, "title-group/subtitle"))
                .abstractText(abstractText(meta))
                .keywords(keywords(meta))
                .journal(journal(Dom.child(front, "journal-meta"), warnings))
                .publisher(Dom.text(Dom.child(front, "journal-meta"), "publisher/publisher-name"))
                .volume(Dom.text(Dom.child(meta, "volume")))
                .issue(Dom.text(Dom.child(meta, "issue")))
                .articleNumber(Dom.text(Dom.child(meta, "elocation-id")))
                .issued(dates.issued())
                .publishedOnline(dates.online())
                .publishedPrint(dates.print())
                .authors(contributors.authors())
                .editors(contributors.editors())
                .affiliations(contributors.affiliations())
                .fundings(JatsFunding.read(meta, contributors.authors(), warnings))
                .acknowledgement(
                        Dom.text(Dom.path(root, "back/ack")) == null
                                ? null
                                : MarkupText.paragraphs(Dom.textWithoutLabels(Dom.path(root, "back/ack"))))
                .references(new JatsReferences(warnings).read(Dom.child(root, "back")));
        String fpage = Dom.text(Dom.child(meta, "fpage"));
        if (fpage != null) {
            article.pages(new PageRange(fpage, Dom.text(Dom.child(meta, "lpage"))));
        }
        List<Identifier> ids = new ArrayList<>();
        for (Element id : Dom.children(meta, "article-id")) {
            String type = String.valueOf(Dom.attribute(id, "pub-id-type"));
            String value = Dom.text(id);
            switch (type) {
                case "doi" -> article.doi(value);
                case "pmid" -> ids.add(Identifier.of(IdentifierScheme.PMID, "article-id pmid", value));
                default -> {}
            }
        }
        article.identifiers(ids);
        JatsUpdates updates = new JatsUpdates(root, meta, dates.issued(), warnings);
        article.updates(updates.updates()).updatedBy(updates.updatedBy());
        permissions(article, Dom.child(meta, "permissions"));
        return article;
    }

    private static Journal journal(Element journalMeta, List<String> warnings) {
        if (journalMeta == null) {
            return null;
        }
        String title = Dom.text(journalMeta, "journal-title-group/journal-title");
        if (title == null) {
            title = Dom.text(Dom.child(journalMeta, "journal-title"));
        }
        String abbreviation = Dom.text(journalMeta, "journal-title-group/abbrev-journal-title");
        List<String> issns = new ArrayList<>();
        String print = null;
        String electronic = null;
        for (Element issn : Dom.children(journalMeta, "issn")) {
            String value;
            try {
                value = IdentifierScheme.ISSN.normalise("issn", String.valueOf(Dom.text(issn)));
            } catch (IllegalArgumentException e) {
                warnings.add(e.getMessage() + ": left out");
                continue;
            }
            issns.add(value);
            String type = String.valueOf(Dom.attribute(issn, "pub-type")) + Dom.attribute(issn, "publication-format");
            if (type.contains("ppub") || type.contains("print")) {
                print = print == null ? value : print;
            } else if (type.contains("epub") || type.contains("electronic")) {
                electronic = electronic == null ? value : electronic;
            }
        }
        return title == null ? null : new Journal(title, abbreviation, issns, print, electronic);
    }

    private static String abstractText(Element meta) {
        for (Element abs : Dom.children(meta, "abstract")) {
            String type = Dom.attribute(abs, "abstract-type");
            if (type == null || type.equals("summary") || type.equals("structured")) {
                StringBuilder blocks = new StringBuilder();
                for (Element part : Dom.descendants(abs, "*")) {
                    String local = part.getLocalName();
                    if (("p".equals(local) || "title".equals(local)) && Dom.text(part) != null) {
                        blocks.append("<p>").append(escape(Dom.text(part))).append("</p>");
                    }
                }
                return blocks.length() > 0 ? MarkupText.paragraphs(blocks.toString()) : Dom.text(abs);
            }
        }
        return null;
    }

    private static List<String> keywords(Element meta) {
        List<String> keywords = new ArrayList<>();
        for (Element group : Dom.children(meta, "kwd-group")) {
            for (Element kwd : Dom.children(group, "kwd")) {
                String text = Dom.text(kwd);
                if (text != null && !keywords.contains(text)) {
                    keywords.add(text);
                }
            }
        }
        return keywords;
    }

    private static void permissions(Article.Builder article, Element permissions) {
        if (permissions == null) {
            return;
        }
        List<License> licenses = new ArrayList<>();
        for (Element license : Dom.children(permissions, "license")) {
            String href = Dom.href(license);
            for (Element ref : Dom.children(license, "license_ref")) {
                href = href != null ? href : Dom.text(ref);
            }
            if (href != null && href.matches("https?://\\S+")) {
                licenses.add(License.of(href));
            }
        }
        article.licenses(licenses);
        String holder = Dom.text(Dom.child(permissions, "copyright-holder"));
        String year = Dom.text(Dom.child(permissions, "copyright-year"));
        if (holder != null || year != null && year.matches("\\d{4}")) {
            article.copyright(new Copyright(
                    holder,
                    year != null && year.matches("\\d{4}") ? year : null,
                    Dom.text(Dom.child(permissions, "copyright-statement"))));
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
