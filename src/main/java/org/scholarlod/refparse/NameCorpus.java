package org.scholarlod.refparse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scholarlod.model.PersonName;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads GROBID's hand-annotated author lists (TEI {@code <author>} holding {@code <forename>},
 * {@code <middlename>}, {@code <lastname>} or {@code <surname>}, {@code <suffix>}): each list's names, family and
 * given. A new name starts where a name's family name or forename comes again, as GROBID reads them.
 */
final class NameCorpus {
    private NameCorpus() {}

    /** The name lists of one file; a file that is not well-formed XML gives none. */
    static List<List<PersonName>> read(Path file) throws IOException {
        List<List<PersonName>> lists = new ArrayList<>();
        for (List<NamePart> parts : examples(file)) {
            List<PersonName> names = names(parts);
            if (!names.isEmpty()) {
                lists.add(names);
            }
        }
        return lists;
    }

    /** The name lists of one file as annotated: their text, part by part. */
    static List<List<NamePart>> examples(Path file) throws IOException {
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            document = TeiCorpus.builder().parse(in);
        } catch (SAXException e) {
            return List.of();
        }
        List<List<NamePart>> lists = new ArrayList<>();
        NodeList authors = document.getElementsByTagNameNS("*", "author");
        for (int i = 0; i < authors.getLength(); i++) {
            List<NamePart> parts = parts((Element) authors.item(i));
            if (parts.stream().anyMatch(p -> p.label() != NameLabel.OTHER)) {
                lists.add(parts);
            }
        }
        return lists;
    }

    private static List<NamePart> parts(Element author) {
        List<NamePart> parts = new ArrayList<>();
        boolean family = false;
        boolean forename = false;
        boolean given = false;
        for (Node child = author.getFirstChild(); child != null; child = child.getNextSibling()) {
            String text = child.getTextContent().replaceAll("\\s+", " ");
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                parts.add(NamePart.other(text));
                continue;
            }
            String tag = child.getLocalName().toLowerCase(Locale.ROOT);
            boolean familyTag = tag.equals("lastname") || tag.equals("surname");
            NameLabel label = familyTag
                    ? NameLabel.FAMILY
                    : tag.equals("forename") || tag.equals("middlename")
                            ? NameLabel.GIVEN
                            : tag.equals("suffix") ? NameLabel.SUFFIX : NameLabel.OTHER;
            if (family && (familyTag || tag.equals("forename") && forename)) {
                family = false;
                forename = false;
                given = false;
            }
            boolean continues = label == NameLabel.GIVEN && given;
            parts.add(new NamePart(text, label, continues));
            family |= familyTag;
            forename |= tag.equals("forename");
            given |= label == NameLabel.GIVEN;
        }
        return parts;
    }

    /** The names an annotated list holds: a part that starts again starts a new name. */
    static List<PersonName> names(List<NamePart> parts) {
        List<PersonName> names = new ArrayList<>();
        String family = null;
        StringBuilder given = new StringBuilder();
        for (NamePart part : parts) {
            String value = part.text().strip();
            boolean familyPart = part.label() == NameLabel.FAMILY;
            boolean givenPart = part.label() == NameLabel.GIVEN;
            if (value.isEmpty() || !(familyPart || givenPart)) {
                continue;
            }
            if (familyPart && family != null || givenPart && !part.continues() && !given.isEmpty()) {
                if (family != null) {
                    names.add(person(family, given));
                }
                family = null;
                given.setLength(0);
            }
            if (familyPart) {
                family = value;
            } else {
                given.append(given.isEmpty() ? "" : " ").append(value);
            }
        }
        if (family != null) {
            names.add(person(family, given));
        }
        return names;
    }

    private static PersonName person(String family, CharSequence given) {
        return PersonName.person(family, given.isEmpty() ? null : given.toString());
    }
}
