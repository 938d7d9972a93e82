package gongkai.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Checks that a document is a valid Atom 1.0 feed three ways: against the XML Schema in
 * src/test/resources/atom/atom.xsd, against the counts RFC 4287 requires (§4.1.1, §4.1.2), which
 * that schema cannot state, and by parsing it with Rome.
 */
final class AtomCheck {

    static final String NS = "http://www.w3.org/2005/Atom";

    private static final Schema SCHEMA = schema();

    private AtomCheck() {}

    private static Schema schema() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return f.newSchema(
                    new StreamSource(
                            AtomCheck.class.getResource("/atom/atom.xsd").toExternalForm()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The feed as Rome reads it, after schema validation and the RFC's counts. */
    static Feed valid(String xml) throws Exception {
        SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
        rfcCounts(xml);
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
        assertEquals("atom_1.0", feed.getFeedType());
        Set<String> ids = new HashSet<>();
        for (Entry e : feed.getEntries()) {
            assertTrue(ids.add(e.getId()), "entry ids are unique: " + e.getId());
            URI.create(e.getId()); // a URI
        }
        return feed;
    }

    private static void rfcCounts(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element feed = doc.getDocumentElement();
        assertEquals(NS, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        for (String once : List.of("id", "title", "updated")) {
            assertEquals(1, children(feed, once).size(), "atom:feed has exactly one atom:" + once);
        }
        assertTrue(children(feed, "subtitle").size() <= 1);
        boolean feedAuthor = !children(feed, "author").isEmpty();
        List<Element> links = children(feed, "link");
        assertEquals(
                1,
                links.stream().filter(l -> "self".equals(l.getAttribute("rel"))).count(),
                "one rel=self link");
        for (Element entry : children(feed, "entry")) {
            for (String once : List.of("id", "title", "updated")) {
                assertEquals(
                        1, children(entry, once).size(), "atom:entry has exactly one atom:" + once);
            }
            assertTrue(
                    feedAuthor || !children(entry, "author").isEmpty(),
                    "an author for every entry (§4.1.1)");
            assertFalse(
                    children(entry, "link").stream().noneMatch(l -> rel(l).equals("alternate"))
                            && children(entry, "content").isEmpty(),
                    "an entry without content has an alternate link (§4.1.2)");
            assertTrue(children(entry, "summary").size() <= 1);
        }
    }

    private static String rel(Element link) {
        String rel = link.getAttribute("rel");
        return rel.isEmpty() ? "alternate" : rel;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && NS.equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The path of an entry's alternate link ({@code /disclosures/12}). */
    static String pagePath(Entry e) {
        return URI.create(e.getAlternateLinks().get(0).getHref()).getPath();
    }

    static String selfHref(Feed feed) {
        return feed.getOtherLinks().stream()
                .filter(l -> "self".equals(l.getRel()))
                .map(Link::getHref)
                .findFirst()
                .orElseThrow();
    }
}
