package gongkai.feeds;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Writes a {@link FeedModel} as Atom 1.0 (RFC 4287) with Rome, which builds the XML as a tree and
 * escapes every text: user text (unit names, correction notes, queries) is never concatenated into
 * markup. Characters XML 1.0 cannot carry are dropped first ({@link #xmlText}).
 */
final class AtomWriter {

    static final String SITE_NAME = "公开·司法行政部门决算公开平台";

    private AtomWriter() {}

    static String write(FeedModel model, String base) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(model.id());
        feed.setTitle(xmlText(model.title()));
        feed.setSubtitle(text(model.subtitle()));
        feed.setUpdated(Date.from(model.updated()));
        feed.setAuthors(List.of(person(SITE_NAME, base + "/")));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", base + model.pagePath())));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", base + model.selfPath())));
        Generator generator = new Generator();
        generator.setValue("Gongkai");
        generator.setUrl(base + "/");
        feed.setGenerator(generator);

        List<com.rometools.rome.feed.atom.Entry> entries = new ArrayList<>();
        for (FeedModel.Entry e : model.entries()) {
            com.rometools.rome.feed.atom.Entry entry = new com.rometools.rome.feed.atom.Entry();
            entry.setId(e.id());
            entry.setTitle(xmlText(e.title()));
            entry.setAuthors(List.of(person(e.author(), null)));
            entry.setUpdated(Date.from(e.published()));
            entry.setPublished(Date.from(e.published()));
            entry.setAlternateLinks(List.of(link("alternate", "text/html", base + e.pagePath())));
            entry.setSummary(text(e.summary()));
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            // Rome leaves the feed's language out of Atom; xml:lang on the root says it (RFC 4287
            // §2), through JDOM, which escapes like the rest.
            Document doc = new WireFeedOutput().outputJDom(feed);
            doc.getRootElement().setAttribute("lang", "zh-CN", Namespace.XML_NAMESPACE);
            return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8"))
                    .outputString(doc);
        } catch (FeedException e) {
            // Every required element is set above; a failure here is a bug, not the reader's.
            throw new IllegalStateException("Atom feed could not be written", e);
        }
    }

    private static Content text(String value) {
        Content c = new Content();
        c.setType(Content.TEXT);
        c.setValue(xmlText(value));
        return c;
    }

    private static Link link(String rel, String type, String href) {
        Link l = new Link();
        l.setRel(rel);
        l.setType(type);
        l.setHref(href);
        return l;
    }

    private static SyndPerson person(String name, String uri) {
        Person p = new Person();
        p.setName(xmlText(name));
        if (uri != null) {
            p.setUri(uri);
        }
        return p;
    }

    /**
     * The text without the characters XML 1.0 forbids (C0 controls other than tab and line breaks,
     * lone surrogates, U+FFFE/U+FFFF): a correction note pasted with a stray control character
     * would otherwise make the whole feed unwritable.
     */
    static String xmlText(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean allowed =
                    cp == 0x9
                            || cp == 0xA
                            || cp == 0xD
                            || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD)
                            || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
