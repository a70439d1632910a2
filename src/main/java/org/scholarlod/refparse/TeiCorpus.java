package org.scholarlod.refparse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads GROBID's hand-annotated citation corpus (TEI {@code <bibl>} elements): each reference's raw string and
 * its annotated fields, named as in CSL-JSON. Tag and attribute spellings are normalised as the corpus needs.
 */
public final class TeiCorpus {
    /** One annotated reference: the file it came from, its raw text, its fields, and its text by field. */
    public record Entry(String file, String raw, Map<String, String> fields, List<Segment> segments) {}

    /** A stretch of a reference's text and the field it belongs to ("other" for text between fields). */
    public record Segment(String text, String label) {}

    private TeiCorpus() {}

    /** The corpus files in the folder, sorted by name. */
    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xml"))
                    .sorted()
                    .toList();
        }
    }

    /** The references of one file; a file that is not well-formed XML gives none. */
    public static List<Entry> read(Path file) throws IOException {
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            document = builder().parse(in);
        } catch (SAXException e) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        NodeList bibls = document.getElementsByTagNameNS("*", "bibl");
        for (int i = 0; i < bibls.getLength(); i++) {
            Element bibl = (Element) bibls.item(i);
            List<Segment> segments = new ArrayList<>();
            Map<String, String> fields = new LinkedHashMap<>();
            walk(bibl, segments, fields);
            StringBuilder raw = new StringBuilder();
            segments.forEach(segment -> raw.append(segment.text()));
            String text = ReferenceText.tidy(raw.toString());
            if (!text.isEmpty()) {
                entries.add(new Entry(file.getFileName().toString(), text, fields, resolve(segments, fields)));
            }
        }
        return entries;
    }

    private static void walk(Element parent, List<Segment> segments, Map<String, String> fields) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                segments.add(new Segment(child.getNodeValue().replaceAll("\\s+", " "), "other"));
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                Element element = (Element) child;
                String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
                String value = text(element);
                String field = field(name.toLowerCase(Locale.ROOT), element);
                segments.add(new Segment(name.equalsIgnoreCase("lb") ? "\n" : value, field == null ? "other" : field));
                if (field != null && !value.isBlank()) {
                    fields.merge(
                            field,
                            ReferenceText.flat(value).strip(),
                            (a, b) -> field.equals("author") || field.equals("editor") ? a + "; " + b : a);
                }
            }
        }
        String title = fields.remove("title-m");
        if (title != null) {
            fields.putIfAbsent(fields.containsKey("title") ? "container-title" : "title", title);
        }
        String org = fields.remove("org");
        if (org != null) {
            fields.putIfAbsent("publisher", org);
        }
    }

    /** Segments relabelled as the fields were resolved: a book title is the container of a chapter title. */
    private static List<Segment> resolve(List<Segment> segments, Map<String, String> fields) {
        boolean chapter = segments.stream().anyMatch(s -> s.label().equals("title"));
        boolean publisher = segments.stream().anyMatch(s -> s.label().equals("publisher"));
        List<Segment> resolved = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            String label = switch (s.label()) {
                case "title-m" -> chapter ? "container-title" : "title";
                case "org" -> publisher ? "other" : "publisher";
                default -> s.label();
            };
            resolved.add(new Segment(s.text(), label));
        }
        return resolved;
    }

    private static String field(String tag, Element element) {
        String kind = (element.getAttribute("level") + element.getAttribute("unit") + element.getAttribute("type"))
                .toLowerCase(Locale.ROOT);
        return switch (tag) {
            case "author" -> "author";
            case "editor" -> "editor";
            case "title" ->
                switch (element.getAttribute("level")) {
                    case "j" -> "container-title";
                    case "m" -> "title-m";
                    case "s" -> "collection-title";
                    default -> "title";
                };
            case "date", "year" -> "issued";
            case "biblscope" ->
                kind.startsWith("vol")
                        ? "volume"
                        : kind.startsWith("issue") || kind.startsWith("num")
                                ? "issue"
                                : kind.startsWith("p") ? "page" : null;
            case "publisher" -> "publisher";
            case "pubplace" -> "publisher-place";
            case "orgname" -> "org";
            case "idno" -> kind.contains("doi") ? "DOI" : null;
            case "ptr" -> kind.contains("web") || kind.isEmpty() ? "URL" : null;
            default -> null;
        };
    }

    /** An element's text, with {@code <lb/>} as a line break: the line the PDF wrapped. */
    private static String text(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue().replaceAll("\\s+", " "));
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                String name = child.getLocalName() == null ? child.getNodeName() : child.getLocalName();
                text.append(name.equalsIgnoreCase("lb") ? "\n" : " " + text((Element) child) + " ");
            }
        }
        return ReferenceText.tidy(text.toString());
    }

    static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser in this Java runtime", e);
        }
    }
}
