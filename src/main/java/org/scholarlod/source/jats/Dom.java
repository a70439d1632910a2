package org.scholarlod.source.jats;

import java.util.ArrayList;
import java.util.List;
import org.scholarlod.model.MarkupText;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Finding JATS elements by local name (JATS is namespace-free, but MathML and XLink are not) and their text. */
final class Dom {
    private Dom() {}

    /** The child elements of {@code parent} named {@code name}. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The first element at a path of child names ("journal-meta/journal-title-group/journal-title"). */
    static Element path(Element from, String path) {
        Element at = from;
        for (String step : path.split("/")) {
            at = child(at, step);
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /** Every descendant element named {@code name}, in document order. */
    static List<Element> descendants(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            NodeList list = parent.getElementsByTagNameNS("*", name);
            for (int i = 0; i < list.getLength(); i++) {
                found.add((Element) list.item(i));
            }
        }
        return found;
    }

    /** The element's text as one line, inline markup dropped; null for no element or no text. */
    static String text(Element e) {
        return e == null ? null : MarkupText.inline(e.getTextContent());
    }

    static String text(Element parent, String path) {
        return text(path(parent, path));
    }

    /** The element's text without the {@code label} children it starts with ("1", "a"). */
    static String textWithoutLabels(Element e) {
        if (e == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c && "label".equals(c.getLocalName()))) {
                text.append(n.getTextContent()).append(n instanceof Element ? " " : "");
            }
        }
        return MarkupText.inline(text.toString());
    }

    /** The element's text without its {@code institution-id} children (a funding source's name beside its ID). */
    static String textWithoutIds(Element e) {
        StringBuilder text = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c && "institution-id".equals(c.getLocalName()))) {
                text.append(n.getTextContent());
            }
        }
        return MarkupText.inline(text.toString());
    }

    static String attribute(Element e, String name) {
        if (e == null) {
            return null;
        }
        String value = e.getAttribute(name);
        return value.isBlank() ? null : value.strip();
    }

    /** An XLink href, whichever prefix the document bound XLink to. */
    static String href(Element e) {
        String value = e.getAttributeNS("http://www.w3.org/1999/xlink", "href");
        return value.isBlank() ? attribute(e, "xlink:href") : value.strip();
    }
}
