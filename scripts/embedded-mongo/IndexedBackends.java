import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;

/**
 * mongo-java-server's memory and H2 backends with every unique index (the _id index included)
 * wrapped in {@link EqualityLookupIndex}, so that a query naming an index's fields and more (a
 * conditional update by _id and version) uses the index instead of scanning the collection.
 *
 * The memory backend's collections do not keep a running data size (collStats "size", which
 * nothing in ikbot reads): keeping it encodes the whole document twice on every update, before and
 * after, which was a fifth of the database's CPU in the card bench.
 */
final class IndexedBackends {
    private IndexedBackends() {}

    static MongoBackend memory() {
        return new MemoryBackend() {
            @Override
            public MemoryDatabase openOrCreateDatabase(String databaseName) {
                return new MemoryDatabase(databaseName, getCursorRegistry()) {
                    @Override
                    protected MemoryCollection openOrCreateCollection(
                            String collectionName, CollectionOptions options) {
                        return new MemoryCollection(this, collectionName, options, cursorRegistry) {
                            @Override
                            protected boolean tracksDataSize() {
                                return false;
                            }
                        };
                    }

                    @Override
                    protected Index<Integer> openOrCreateUniqueIndex(
                            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
                        return new EqualityLookupIndex<>(
                                super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse);
                    }
                };
            }
        };
    }

    static MongoBackend h2(String file) {
        return new H2Backend(file) {
            @Override
            protected MongoDatabase openOrCreateDatabase(String databaseName) {
                return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
                    @Override
                    protected Index<Object> openOrCreateUniqueIndex(
                            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
                        return new EqualityLookupIndex<>(
                                super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse);
                    }
                };
            }
        };
    }
}
