package news.dateline.feeds.internal;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * A streaming XML writer that escapes every text and attribute value and drops characters XML 1.0 does not
 * allow (control characters pasted into a headline must not make a feed unreadable).
 */
final class XmlOut implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    XmlOut(OutputStream out) {
        try {
            xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new XmlFailure(e);
        }
    }

    /** Opens an element; {@code namespaces} are prefix, URI pairs declared on it (empty prefix: default). */
    XmlOut open(String name, String... namespaces) {
        try {
            xml.writeStartElement(name);
            for (int i = 0; i < namespaces.length; i += 2) {
                if (namespaces[i].isEmpty()) {
                    xml.writeDefaultNamespace(namespaces[i + 1]);
                } else {
                    xml.writeNamespace(namespaces[i], namespaces[i + 1]);
                }
            }
            return this;
        } catch (XMLStreamException e) {
            throw new XmlFailure(e);
        }
    }

    XmlOut attribute(String name, @Nullable String value) {
        if (value == null) {
            return this;
        }
        try {
            xml.writeAttribute(name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw new XmlFailure(e);
        }
    }

    XmlOut text(@Nullable String value) {
        try {
            xml.writeCharacters(clean(value == null ? "" : value));
            return this;
        } catch (XMLStreamException e) {
            throw new XmlFailure(e);
        }
    }

    XmlOut close(String name) {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new XmlFailure(e);
        }
    }

    /** An element with text content, skipped when the value is null. */
    XmlOut element(String name, @Nullable String value) {
        return value == null ? this : open(name).text(value).close(name);
    }

    /** An empty element with attributes given as name, value pairs (null values left out). */
    XmlOut empty(String name, @Nullable String... attributes) {
        try {
            xml.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                attribute(attributes[i], attributes[i + 1]);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new XmlFailure(e);
        }
    }

    void flush() {
        try {
            xml.flush();
        } catch (XMLStreamException e) {
            throw new XmlFailure(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new XmlFailure(e);
        }
    }

    static String clean(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
            if (!allowed && out == null) {
                out = new StringBuilder(value.substring(0, i));
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    /** Writing the document failed (in practice: the client went away). */
    static final class XmlFailure extends RuntimeException {
        XmlFailure(Throwable cause) {
            super(cause);
        }
    }
}
