package news.dateline.imports.internal.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import news.dateline.imports.internal.source.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * An XML export (WXR, RSS, Atom) read as a stream of StAX events with the hostile parts refused: no DTD (a file with a
 * DOCTYPE is refused before anything in it is read), no external entities, no entity expansion, elements nested at
 * most {@value #MAX_DEPTH} deep and no element text longer than its caller allows. Parser errors become one plain
 * {@link SourceException} line. Element names come back with the usual prefix whatever the file calls it
 * ({@code wp:post_id}, {@code content:encoded}, {@code atom:entry}, {@code title}).
 */
public final class XmlExport implements AutoCloseable {

    /** Deeper than any WXR, RSS or Atom file goes (WXR: 5). */
    public static final int MAX_DEPTH = 64;

    private final TokenGuard in;
    private final XMLStreamReader xml;
    private final String what;
    private int depth;

    private XmlExport(TokenGuard in, XMLStreamReader xml, String what) {
        this.in = in;
        this.xml = xml;
        this.what = what;
    }

    /**
     * Opens {@code file} for reading.
     *
     * @param what what the file should be, for messages ("WordPress export", "feed")
     */
    public static XmlExport open(Path file, String what) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new SourceException("The " + what + " file " + file.getFileName() + " does not exist.");
            }
            if (Files.size(file) == 0) {
                throw new SourceException("The " + what + " file is empty.");
            }
            var in = new TokenGuard(CdataSplitter.of(Files.newInputStream(file)));
            try {
                return new XmlExport(in, factory().createXMLStreamReader(in), what);
            } catch (XMLStreamException e) {
                in.close();
                throw new SourceException(in.tripped() ? tooLong(what, -1) : XmlErrors.plain(e, what), e);
            } catch (RuntimeException e) {
                in.close();
                throw e;
            }
        } catch (IOException e) {
            throw new SourceException("The " + what + " file cannot be read: " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory factory() {
        // The JDK's own parser, whatever else is on the class path (it honours all of these).
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLReporter((message, type, info, location) -> {
            // errors reach the caller as exceptions; nothing is printed
        });
        factory.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return factory;
    }

    /** Moves to the next event and returns its type ({@link XMLStreamConstants}); END_DOCUMENT at the end. */
    public int next() {
        try {
            if (!xml.hasNext()) {
                return XMLStreamConstants.END_DOCUMENT;
            }
            int event = xml.next();
            in.eventSeen();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new SourceException("The " + what
                        + " declares a DOCTYPE; exports never do, and it could hide entity tricks, so it is refused.");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new SourceException("The " + what
                        + " uses an entity that is not declared (&" + xml.getLocalName() + ";); it is refused.");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > MAX_DEPTH) {
                        throw new SourceException("The " + what + " nests elements more than " + MAX_DEPTH
                                + " deep near line " + line() + "; it is not a real export.");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> { }
            }
            return event;
        } catch (XMLStreamException e) {
            throw new SourceException(in.tripped() ? tooLong(what, line()) : XmlErrors.plain(e, what), e);
        }
    }

    private static String tooLong(String what, int line) {
        return "The " + what + " holds one piece (a text block, comment or attribute) longer than "
                + TokenGuard.LIMIT / (1024 * 1024) + " MB" + (line > 0 ? " after line " + line : "")
                + ": it is refused, as it cannot be read safely.";
    }

    /** How many elements are open, the current one included when at its start. */
    public int depth() {
        return depth;
    }

    /** The current element's name with its usual prefix ({@code wp:post_id}, {@code title}). */
    public String name() {
        return Namespaces.prefixed(xml.getNamespaceURI(), xml.getLocalName());
    }

    /** An attribute of the current start element (no namespace), blank when absent. */
    public String attribute(String localName) {
        String value = xml.getAttributeValue(null, localName);
        return value == null ? "" : value;
    }

    /** The {@code xml:lang} of the current start element, blank when none. */
    public String language() {
        @Nullable String value = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        return value == null ? "" : value;
    }

    /** The text of the current character event. */
    public String eventText() {
        return xml.getText();
    }

    /** At a start element: its text content (nested elements' text included), moving to its end. */
    public String text(int maxChars) {
        int start = depth;
        String element = name();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + xml.getTextLength() > maxChars) {
                        throw new TooLarge(element, maxChars);
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth < start) {
                        return text.toString();
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw truncated();
                default -> { }
            }
        }
    }

    /** At a start element: its content as XML markup (Atom {@code type="xhtml"}), moving to its end. */
    public String markup(int maxChars) {
        return Markup.of(this, xml, maxChars);
    }

    /** Moves on until the element open at {@code level} (a {@link #depth()} seen at its start) is closed. */
    public void closeTo(int level) {
        while (depth >= level) {
            if (next() == XMLStreamConstants.END_DOCUMENT) {
                throw truncated();
            }
        }
    }

    /** The line the parser is at, for messages. */
    public int line() {
        return xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
    }

    SourceException truncated() {
        return new SourceException("The " + what + " ends before its last element is closed: the file looks truncated.");
    }

    @Override
    public void close() {
        try {
            xml.close();
            in.close();
        } catch (XMLStreamException | IOException e) {
            // nothing was written; closing a read-only stream cannot lose anything
        }
    }

    /** One element's text was longer than allowed: the item is skipped, reading goes on. */
    public static final class TooLarge extends SourceException {
        public TooLarge(String element, int maxChars) {
            super("its <" + element + "> is longer than " + String.format(java.util.Locale.ROOT, "%,d", maxChars)
                    + " characters");
        }
    }
}
