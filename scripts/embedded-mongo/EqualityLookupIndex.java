import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import java.util.Collection;
import java.util.Set;

/**
 * A unique index of mongo-java-server that also serves queries naming more fields than the index
 * has, as MongoDB's planner does. mongo-java-server uses an index only when the query's fields are
 * exactly the index's, so a conditional update such as {_id: "x", version: 3} (a claim) scanned
 * every document of the collection: 120,000 occasions per card submission. Here, when the query
 * holds every field of the index with a plain equality value (no operator, array or null), the
 * index finds the candidates by those fields and mongo-java-server matches the whole query against
 * them, as it always does with an index's positions. Anything else is left to the wrapped index.
 */
final class EqualityLookupIndex<P> extends Index<P> {
    private final Index<P> index;

    EqualityLookupIndex(Index<P> index, boolean sparse) {
        super(index.getName(), index.getKeys(), sparse);
        this.index = index;
    }

    /** The query's equality values for the index's fields, when it names more fields than those. */
    private Document indexPart(Document query) {
        Set<String> fields = keySet();
        if (query.size() <= fields.size() || !query.keySet().containsAll(fields)) return null;
        Document part = new Document();
        for (String field : fields) {
            Object value = query.get(field);
            if (value == null || value instanceof Document || value instanceof Collection) return null;
            part.put(field, value);
        }
        return part;
    }

    @Override
    public boolean canHandle(Document query) {
        Document part = indexPart(query);
        return part != null ? index.canHandle(part) : index.canHandle(query);
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        Document part = indexPart(query);
        return index.getPositions(part != null ? part : query);
    }

    @Override
    public P getPosition(Document document) {
        return index.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        index.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        index.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return index.remove(document);
    }

    @Override
    public long getCount() {
        return index.getCount();
    }

    @Override
    public boolean isEmpty() {
        return index.isEmpty();
    }

    @Override
    public long getDataSize() {
        return index.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        index.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
            throws KeyConstraintError {
        index.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        return index.getKeyValues(document);
    }

    @Override
    public void drop() {
        index.drop();
    }

    @Override
    public boolean isUnique() {
        return index.isUnique();
    }

    @Override
    public String toString() {
        return index.toString();
    }
}
