package dev.blueline.model.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Kind;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Limits;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.Rejection;
import dev.blueline.model.protocol.Codec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code .blueline} project file: a versioned JSON document holding a project's name and its
 * live objects. Reading it checks everything the host would (through {@link ChangeValidator}), so
 * a damaged or hostile file is refused with a clear message and nothing is changed.
 *
 * <pre>{"format":"blueline","version":1,"name":"Shop","exportedAt":"…","objects":[{"id":"s1","set":{…}},…]}</pre>
 */
public final class ProjectFile {
    public static final String FORMAT = "blueline";
    public static final int VERSION = 1;
    public static final int MAX_FILE_CHARS = 64 << 20;

    /** A project read from a file: its name and a document that passed validation. */
    public record Contents(String name, Document document) {
        /** The document as creation ops in batches that each pass validation in order (screens, then parents before children). */
        public List<List<Put>> batches(int batchSize) {
            return ProjectFile.batches(document, batchSize);
        }
    }

    private static final Codec CODEC = new Codec(new Codec.FrameLimits(MAX_FILE_CHARS, 64, 200_000, 40));

    private ProjectFile() {
    }

    /** The file text for a project: only objects that are not deleted, in an order that imports cleanly. */
    public static String write(String name, Document doc, Instant at) {
        ObjectMapper m = CODEC.mapper();
        ObjectNode root = m.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", name);
        root.put("exportedAt", at.toString());
        ArrayNode objects = root.putArray("objects");
        for (List<Put> batch : batches(liveOnly(doc), Integer.MAX_VALUE)) {
            for (Put p : batch) objects.add(m.valueToTree(p));
        }
        try {
            return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and checks a file. */
    public static Contents read(String text) throws ProjectFileException {
        if (text == null || text.isBlank()) throw new ProjectFileException("the file is empty");
        if (text.length() > MAX_FILE_CHARS) throw new ProjectFileException("the file is larger than " + (MAX_FILE_CHARS >> 20) + " MB");
        JsonNode root;
        try {
            root = CODEC.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException("this is not a Blueline file (not valid JSON: " + firstLine(e.getOriginalMessage()) + ")");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new ProjectFileException("this is not a Blueline file (it has no \"format\": \"blueline\")");
        }
        int version = root.path("version").asInt(-1);
        if (version < 1) throw new ProjectFileException("the file has no valid version number");
        if (version > VERSION) throw new ProjectFileException("the file was made by a newer Blueline (format version " + version + "); update the app to open it");
        String name = root.path("name").asText("").strip();
        if (name.isEmpty()) name = "Imported project";
        if (name.length() > Props.MAX_NAME_LENGTH) name = name.substring(0, Props.MAX_NAME_LENGTH);
        JsonNode objects = root.path("objects");
        if (!objects.isArray()) throw new ProjectFileException("the file has no list of objects");
        if (objects.size() > Limits.DEFAULT.maxObjects()) throw new ProjectFileException("the file holds " + objects.size() + " objects; the limit is " + Limits.DEFAULT.maxObjects());
        List<Put> puts = new ArrayList<>(objects.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < objects.size(); i++) {
            Put p;
            try {
                p = CODEC.mapper().treeToValue(objects.get(i), Put.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new ProjectFileException("object " + (i + 1) + " is damaged: " + firstLine(e.getMessage()));
            }
            if (p == null || p.id() == null) throw new ProjectFileException("object " + (i + 1) + " has no id");
            if (!seen.add(p.id())) throw new ProjectFileException("object id " + clip(p.id()) + " appears twice");
            puts.add(p);
        }
        return new Contents(name, validate(puts));
    }

    /** Builds the document op by op through the validator, in an order where references exist before use. */
    private static Document validate(List<Put> puts) throws ProjectFileException {
        Document doc = new Document();
        ChangeValidator validator = new ChangeValidator();
        for (Put p : ordered(puts)) {
            Rejection r = validator.apply(doc, List.of(p));
            if (r != null) throw new ProjectFileException("the file cannot be imported: " + r.message());
        }
        return doc;
    }

    /** Screens first, then elements with their parent (and link targets' screens) before them; anything left over is a cycle. */
    private static List<Put> ordered(List<Put> puts) throws ProjectFileException {
        List<Put> out = new ArrayList<>(puts.size());
        Map<String, Put> pending = new LinkedHashMap<>();
        for (Put p : puts) {
            if (Kind.SCREEN.wireName().equals(text(p, Props.KIND))) out.add(p);
            else pending.put(p.id(), p);
        }
        Set<String> placed = new HashSet<>();
        while (!pending.isEmpty()) {
            List<String> ready = new ArrayList<>();
            for (Put p : pending.values()) {
                String parent = text(p, Props.PARENT);
                if (parent == null || placed.contains(parent) || !pending.containsKey(parent)) ready.add(p.id());
            }
            if (ready.isEmpty()) throw new ProjectFileException("the file cannot be imported: elements contain each other in a cycle");
            for (String id : ready) {
                out.add(pending.remove(id));
                placed.add(id);
            }
        }
        return out;
    }

    static List<List<Put>> batches(Document doc, int batchSize) {
        List<Put> snapshot = Ops.snapshot(doc);
        List<Put> ordered;
        try {
            ordered = ordered(snapshot);
        } catch (ProjectFileException e) {
            throw new IllegalStateException("a valid document has no cycles", e);
        }
        List<List<Put>> out = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i += batchSize) {
            out.add(List.copyOf(ordered.subList(i, Math.min(ordered.size(), i + batchSize))));
        }
        return out;
    }

    /** A copy without deleted objects (nor elements inside deleted containers or on deleted screens). */
    static Document liveOnly(Document doc) {
        Document out = new Document();
        Map<String, Put> keep = new HashMap<>();
        for (String id : doc.ids()) {
            if (doc.isLive(id)) keep.put(id, new Put(id, doc.props(id)));
        }
        for (Put p : keep.values()) Ops.apply(out, p);
        return out;
    }

    private static String text(Put p, String prop) {
        Value v = p.set().get(prop);
        return v == null ? null : v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return clip(nl < 0 ? s : s.substring(0, nl));
    }

    private static String clip(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
