package news.dateline.imports.internal.feed;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/** Turns a parser's error into one line a person can act on (where, and what is probably wrong). */
final class XmlErrors {

    private XmlErrors() {
    }

    static String plain(XMLStreamException e, String what) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        String where = e.getLocation() == null || e.getLocation().getLineNumber() < 0 ? ""
                : " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")";
        if (message.contains("doctype") || message.contains("dtd")) {
            return "The " + what + " declares a DOCTYPE; exports never do, and it could hide entity tricks, so it is refused.";
        }
        if (message.contains("entity")
                && (message.contains("external") || message.contains("declared") || message.contains("refused"))) {
            return "The " + what + " refers to an entity it does not declare" + where + "; it is refused.";
        }
        if (message.contains("same entity") || message.contains("end of file") || message.contains("premature")
                || message.contains("eof")) {
            return "The " + what + " ends before its last element is closed" + where + ": the file looks truncated.";
        }
        if (message.contains("prolog") || message.contains("content is not allowed")) {
            return "The " + what + " is not an XML file: it does not start with an XML element" + where + ".";
        }
        if (message.contains("invalid byte") || message.contains("invalid utf") || message.contains("malformed")) {
            return "The " + what + " is not valid text in its declared encoding" + where + ".";
        }
        return "The " + what + " is not well-formed XML" + where + ".";
    }
}
