package news.dateline.imports.internal.feed;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/** Writes an element's content back out as markup (Atom's inline XHTML content), bounded in length. */
final class Markup {

    private Markup() {
    }

    static String of(XmlExport export, XMLStreamReader xml, int maxChars) {
        int start = export.depth();
        String element = export.name();
        StringBuilder out = new StringBuilder();
        while (true) {
            int event = export.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    out.append('<').append(xml.getLocalName());
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        out.append(' ').append(xml.getAttributeLocalName(i)).append("=\"")
                                .append(escape(xml.getAttributeValue(i), true)).append('"');
                    }
                    out.append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (export.depth() < start) {
                        return out.toString().strip();
                    }
                    out.append("</").append(xml.getLocalName()).append('>');
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        out.append(escape(xml.getText(), false));
                case XMLStreamConstants.END_DOCUMENT -> throw export.truncated();
                default -> { }
            }
            if (out.length() > maxChars) {
                throw new XmlExport.TooLarge(element, maxChars);
            }
        }
    }

    static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
