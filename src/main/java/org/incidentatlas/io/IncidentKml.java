package org.incidentatlas.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.incidentatlas.model.Incident;
import org.incidentatlas.model.IncidentType;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Precision;

/**
 * Incidents as KML 2.2 placemarks, read strictly and written atomically. One {@code Placemark} per
 * incident: {@code name} is the place, {@code description} each source's outlet, day and excerpt for
 * a reader, {@code styleUrl} a style per marker of the legend, {@code TimeStamp/when} the
 * day (or {@code TimeSpan/begin}, whose {@code end} may not come before it), a {@code Point}, and
 * {@code ExtendedData} with {@code type} (required: seizure, clash, protest, attack) and optionally
 * {@code id, placeId, placeKind, admin, country, precision, actors, targets, killed, injured, crowd,
 * retaken, outlets, articles, published, excerpts} (lists joined by "; "; without {@code excerpts}, as in a
 * file made elsewhere, the description is the excerpt). Placemarks may sit in folders;
 * anything else in the file is passed over.
 *
 * <p>The XML is read with the JDK's StAX without a DTD, so no external entity is ever fetched or
 * expanded. Every error names the file, the placemark and the line and column.
 */
public final class IncidentKml {

    public static final String NAMESPACE = "http://www.opengis.net/kml/2.2";

    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?)?");
    private static final Pattern COORDINATES = Pattern.compile("\\s*([^,\\s]+)\\s*,\\s*([^,\\s]+)(\\s*,\\s*[^,\\s]+)?\\s*");
    /** KML elements that are geometry: a placemark must have exactly one, and it must be a Point. */
    private static final List<String> GEOMETRIES = List.of("Point", "LineString", "LinearRing", "Polygon",
            "MultiGeometry", "Model", "Track", "MultiTrack");

    // ---- writing

    /** Writes through {@link AtomicWriter}: a failed write leaves the old file whole. */
    public void write(List<Incident> incidents, Path file) throws FileProblemException {
        AtomicWriter.write(file, out -> write(incidents, out));
    }

    public void write(List<Incident> incidents, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("kml");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("Document");
            element(xml, "name", "Incidents");
            for (Map.Entry<String, String> style : STYLES.entrySet()) {
                xml.writeCharacters("\n");
                xml.writeStartElement("Style");
                xml.writeAttribute("id", style.getKey());
                xml.writeStartElement("IconStyle");
                xml.writeStartElement("Icon");
                element(xml, "href", "https://maps.google.com/mapfiles/kml/paddle/" + style.getValue() + ".png");
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
            }
            for (Incident incident : incidents) {
                placemark(xml, incident);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML: " + e.getMessage(), e);
        }
    }

    private static void placemark(XMLStreamWriter xml, Incident incident) throws XMLStreamException {
        Place place = incident.place();
        xml.writeCharacters("\n");
        xml.writeStartElement("Placemark");
        element(xml, "name", place.name());
        element(xml, "description", description(incident));
        element(xml, "styleUrl", "#" + style(incident));
        xml.writeStartElement("TimeStamp");
        element(xml, "when", incident.date().toString());
        xml.writeEndElement();
        xml.writeStartElement("ExtendedData");
        Map<String, String> data = new LinkedHashMap<>();
        data.put("id", incident.id());
        data.put("type", incident.type().code());
        data.put("placeId", place.id());
        data.put("placeKind", place.kind().code());
        data.put("admin", place.admin());
        data.put("country", place.countryCode());
        data.put("precision", incident.precision().code());
        data.put("actors", FlatValues.joined(incident.actors()));
        data.put("targets", FlatValues.joined(incident.targets()));
        data.put("killed", number(incident.killed()));
        data.put("injured", number(incident.injured()));
        data.put("crowd", number(incident.crowd()));
        data.put("retaken", Boolean.toString(incident.retaken()));
        data.put("outlets", FlatValues.outlets(incident.sources()));
        data.put("articles", FlatValues.articles(incident.sources()));
        data.put("published", FlatValues.published(incident.sources()));
        data.put("excerpts", FlatValues.excerpts(incident.sources()));
        for (Map.Entry<String, String> e : data.entrySet()) {
            xml.writeStartElement("Data");
            xml.writeAttribute("name", e.getKey());
            element(xml, "value", e.getValue());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("Point");
        element(xml, "coordinates", FlatValues.decimal(place.lon()) + "," + FlatValues.decimal(place.lat()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * One style per marker of the app's legend, with Google Earth's own paddle icons in the legend's hues
     * (a viewer draws them without fetching anything of ours).
     */
    private static final Map<String, String> STYLES = Map.of("seizure", "ylw-circle", "seizure-retaken", "grn-circle",
            "clash", "red-circle", "protest", "blu-circle", "attack", "purple-circle");

    private static String style(Incident incident) {
        return incident.type() == IncidentType.SEIZURE && incident.retaken() ? "seizure-retaken" : incident.type().code();
    }

    /** What a reader sees in the balloon: each source's outlet and day, then its excerpt. */
    private static String description(Incident incident) {
        StringBuilder text = new StringBuilder();
        for (org.incidentatlas.model.Source s : incident.sources()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            String outlet = s.outlet().isBlank() ? "Notes" : s.outlet();
            text.append(outlet).append(s.published() == null ? "" : " (" + s.published() + ")").append(": ").append(s.excerpt());
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /**
     * The text with every character XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE
     * and U+FFFF, which an incident read from CSV may carry) replaced by U+FFFD: StAX would write them
     * as they are and the file would be unreadable.
     */
    static String xmlText(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(allowed ? c : '\uFFFD');
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    // ---- reading

    /** Reads a file (checked first: regular, at most 200 MB, UTF-8 or UTF-16 with a byte order mark). */
    public List<Incident> read(Path file) throws FileProblemException, IncidentFormatException {
        try (Reader in = InputFiles.openText(file, InputFiles.Kind.INCIDENTS)) {
            return read(in, file.toString());
        } catch (FileProblemException | IncidentFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new FileProblemException(file, InputFiles.reason(e), e);
        }
    }

    /** Reads KML text; every error names {@code label}, the placemark and the line and column. */
    public List<Incident> read(Reader in, String label) throws IOException, IncidentFormatException {
        String name = Printable.strip(label);
        List<Incident> incidents = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = secureFactory().createXMLStreamReader(in);
            boolean sawKml = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new IncidentFormatException(name + ": " + where(xml.getLocation()) + ": has a document type declaration, which KML does not use");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!sawKml) {
                    if (!"kml".equals(xml.getLocalName())) {
                        throw new IncidentFormatException(name + ": " + where(xml.getLocation()) + ": not KML (the document is <"
                                + Printable.strip(xml.getLocalName()) + ">, not <kml>)");
                    }
                    sawKml = true;
                } else if ("Placemark".equals(xml.getLocalName())) {
                    incidents.add(new PlacemarkReader(xml, name, incidents.size()).read());
                }
            }
            if (!sawKml) {
                throw new IncidentFormatException(name + ": is empty (no <kml> element)");
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof IOException io) {
                throw io;
            }
            Location at = e.getLocation();
            String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            throw new IncidentFormatException(name + ": " + (at == null ? "" : where(at) + ": ") + "not well-formed XML ("
                    + Printable.strip(message.strip()) + ")", e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the reader is closed by the caller
                }
            }
        }
        return incidents;
    }

    /** No DTD, no external entities: a KML file can make the reader fetch or expand nothing. */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static String where(Location at) {
        return "line " + at.getLineNumber() + ", column " + at.getColumnNumber();
    }

    /** Reads one Placemark element, remembering where each of its fields stands for messages. */
    private static final class PlacemarkReader {
        private final XMLStreamReader xml;
        private final String file;
        private final int index;
        private final Location start;
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, Location> places = new LinkedHashMap<>();
        private String geometry;

        PlacemarkReader(XMLStreamReader xml, String file, int index) {
            this.xml = xml;
            this.file = file;
            this.index = index;
            this.start = xml.getLocation();
        }

        Incident read() throws XMLStreamException, IncidentFormatException {
            collect();
            LocalDate date = date();
            String type = values.get("data:type");
            if (type == null) {
                throw error(null, "has no incident type (an ExtendedData <Data name=\"type\"> of seizure, clash, protest or attack)");
            }
            IncidentType incidentType = value("data:type", v -> FlatValues.code(v, IncidentType.class, "incident type"));
            if (geometry == null) {
                throw error(null, "has no Point");
            }
            if (!"Point".equals(geometry)) {
                throw error(null, "has a " + geometry + " where a Point is needed");
            }
            String coordinates = values.get("coordinates");
            Matcher m = coordinates == null ? null : COORDINATES.matcher(coordinates);
            if (m == null || !m.matches()) {
                throw error("coordinates", "has Point coordinates " + FlatValues.shown(String.valueOf(coordinates))
                        + "; one \"longitude,latitude\" is needed");
            }
            double lon = value("coordinates", v -> FlatValues.longitude(m.group(1)));
            double lat = value("coordinates", v -> FlatValues.latitude(m.group(2)));
            String placeName = value("name", v -> FlatValues.required(v, "name (the place)"));
            String id = values.getOrDefault("data:id", "").isBlank() ? file + "#" + index : values.get("data:id").strip();
            String placeId = values.getOrDefault("data:placeId", "").isBlank()
                    ? placeName.toLowerCase(Locale.ROOT) + "@" + FlatValues.decimal(lat) + "," + FlatValues.decimal(lon)
                    : values.get("data:placeId").strip();
            PlaceKind kind = optional("data:placeKind") ? PlaceKind.CITY
                    : value("data:placeKind", v -> FlatValues.code(v, PlaceKind.class, "place kind"));
            Precision precision = optional("data:precision") ? Precision.CITY
                    : value("data:precision", v -> FlatValues.code(v, Precision.class, "precision"));
            Place place = new Place(placeId, placeName, List.of(), kind, lat, lon,
                    values.getOrDefault("data:admin", "").strip(), values.getOrDefault("data:country", "").strip(), 0);
            return new Incident(id, date, incidentType, place, precision,
                    FlatValues.list(values.get("data:actors")), FlatValues.list(values.get("data:targets")),
                    value("data:killed", v -> FlatValues.count(v, "killed")),
                    value("data:injured", v -> FlatValues.count(v, "injured")),
                    value("data:crowd", v -> FlatValues.count(v, "crowd")),
                    value("data:retaken", v -> FlatValues.bool(v, "retaken")),
                    value("data:outlets", v -> FlatValues.sources(id, v, values.get("data:articles"),
                            values.get("data:published"), values.containsKey("data:excerpts") ? values.get("data:excerpts")
                                    : values.get("description"))));
        }

        /** Reads to the end of the Placemark, keeping the text of the elements it uses. */
        private void collect() throws XMLStreamException, IncidentFormatException {
            List<String> path = new ArrayList<>();
            String dataName = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    path.add(local);
                    if (GEOMETRIES.contains(local) && !path.contains("ExtendedData")) {
                        if (geometry != null && path.size() == 1) {
                            throw error(null, "has more than one geometry");
                        }
                        if (path.size() == 1) {
                            geometry = local;
                        }
                    }
                    if ("Data".equals(local) || "SimpleData".equals(local)) {
                        dataName = xml.getAttributeValue(null, "name");
                        if (dataName == null || dataName.isBlank()) {
                            throw new IncidentFormatException(file + ": " + where(xml.getLocation()) + ": placemark " + index
                                    + " has a <" + local + "> without a name");
                        }
                        if ("SimpleData".equals(local)) {
                            keep("data:" + dataName, xml.getLocation(), xml.getElementText());
                            path.remove(path.size() - 1);
                        }
                        continue;
                    }
                    String key = switch (String.join("/", path)) {
                        case "name" -> "name";
                        case "description" -> "description";
                        case "TimeStamp/when" -> "when";
                        case "TimeSpan/begin" -> "begin";
                        case "TimeSpan/end" -> "end";
                        case "Point/coordinates" -> "coordinates";
                        default -> "value".equals(local) && dataName != null && path.size() >= 2
                                && "Data".equals(path.get(path.size() - 2)) ? "data:" + dataName : null;
                    };
                    if (key != null) {
                        keep(key, xml.getLocation(), xml.getElementText());
                        path.remove(path.size() - 1);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (path.isEmpty()) {
                        return; // </Placemark>
                    }
                    if ("Data".equals(path.remove(path.size() - 1))) {
                        dataName = null;
                    }
                }
            }
        }

        private void keep(String key, Location at, String text) throws IncidentFormatException {
            if (values.putIfAbsent(key, text) != null) {
                throw new IncidentFormatException(file + ": " + where(at) + ": placemark " + index + " gives "
                        + (key.startsWith("data:") ? "the data \"" + Printable.strip(key.substring(5)) + "\"" : "<" + key + ">") + " twice");
            }
            places.put(key, at);
        }

        private LocalDate date() throws IncidentFormatException {
            if (values.containsKey("when")) {
                return value("when", v -> day(v, "a TimeStamp"));
            }
            if (!values.containsKey("begin")) {
                throw error(null, "has no day (a TimeStamp <when> or a TimeSpan <begin>)");
            }
            LocalDate begin = value("begin", v -> day(v, "a TimeSpan begin"));
            if (values.containsKey("end")) {
                LocalDate end = value("end", v -> day(v, "a TimeSpan end"));
                if (end.isBefore(begin)) {
                    throw error("end", "has a TimeSpan that ends (" + end + ") before it begins (" + begin + ")");
                }
            }
            return begin;
        }

        /** A KML time as a day: a date, or a date and time (whose day, as written, is taken). */
        private static LocalDate day(String text, String what) {
            String value = FlatValues.required(text, what);
            Matcher m = DATE_TIME.matcher(value);
            if (!m.matches()) {
                throw new IllegalArgumentException("has " + what + " " + FlatValues.shown(value)
                        + ", which is not a day (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)");
            }
            return FlatValues.date(m.group(1), what, false);
        }

        private boolean optional(String key) {
            return values.getOrDefault(key, "").isBlank();
        }

        private <T> T value(String key, java.util.function.Function<String, T> check) throws IncidentFormatException {
            try {
                return check.apply(values.get(key));
            } catch (IllegalArgumentException e) {
                throw error(key, e.getMessage());
            }
        }

        private IncidentFormatException error(String key, String problem) {
            Location at = key == null || places.get(key) == null ? start : places.get(key);
            return new IncidentFormatException(file + ": " + where(at) + ": placemark " + index + " " + problem);
        }
    }
}
