package news.dateline.feeds;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The sitemaps.org schemas (and the Google News extension) from test resources, as validators. */
final class SitemapSchemas {

    static final Schema URLSET = load("sitemap.xsd", "sitemap-news.xsd");
    static final Schema INDEX = load("siteindex.xsd");

    private SitemapSchemas() {
    }

    /** Every error and warning the schema reports on the document; empty when it is valid. */
    static List<String> problems(Schema schema, String xml) {
        List<String> problems = new ArrayList<>();
        var validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error: " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal: " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            problems.add("fatal: " + e.getMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return problems;
    }

    private static Schema load(String... files) {
        try {
            var sources = new StreamSource[files.length];
            for (int i = 0; i < files.length; i++) {
                var url = SitemapSchemas.class.getResource("/schemas/" + files[i]);
                sources[i] = new StreamSource(url.openStream(), url.toString());
            }
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources);
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Cannot load the sitemap schemas", e);
        }
    }
}
