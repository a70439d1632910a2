package org.scholarlod.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Records each write transaction on a store as one RDF Patch in its {@link PatchLog}: the changes stream to a
 * pending file as they are made (memory does not grow with the transaction), and at commit the file is synced,
 * published as the next patch and the store's {@link PatchVersion} moved to it inside the same transaction. A
 * transaction that changed nothing leaves no patch; one that aborts leaves none either.
 */
final class PatchRecorder implements RDFChanges {
    private final PatchLog log;
    private final DatasetGraph tdb;
    /** One recording at a time: Jena signals the begin of a write before it takes the store's own writer lock. */
    private final ReentrantLock recording = new ReentrantLock();
    /** Set while a patch from the log is replayed, whose changes are the log's already. */
    private final ThreadLocal<Boolean> replaying = ThreadLocal.withInitial(() -> false);

    private Path pending;
    private FileChannel channel;
    private RDFChangesWriterText writer;
    private long number;
    private Node id;
    private long changes;
    private long published;

    PatchRecorder(PatchLog log, DatasetGraph tdb) {
        this.log = log;
        this.tdb = tdb;
    }

    /** Runs {@code replay} without recording what it changes. */
    void replaying(Runnable replay) {
        replaying.set(true);
        try {
            replay.run();
        } finally {
            replaying.set(false);
        }
    }

    private boolean off() {
        return replaying.get();
    }

    @Override
    public void txnBegin() {
        if (off()) {
            return;
        }
        recording.lock();
        try {
            long head = log.head();
            number = head + 1;
            id = NodeFactory.createURI("uuid:" + UUID.randomUUID());
            changes = 0;
            published = 0;
            pending = log.pending();
            channel = FileChannel.open(pending, StandardOpenOption.WRITE);
            OutputStream out = Channels.newOutputStream(channel);
            writer = RDFPatchOps.textWriter(out);
            writer.start();
            writer.header(RDFPatchConst.ID, id);
            if (head > 0) {
                writer.header(RDFPatchConst.PREV, idOf(head));
            }
            writer.txnBegin();
        } catch (IOException | RuntimeException e) {
            discard();
            release();
            throw new StoreException(log.folder() + ": cannot record the transaction: " + e.getMessage(), e);
        }
    }

    private Node idOf(long patch) throws IOException {
        try (InputStream in = Files.newInputStream(log.file(patch))) {
            return RDFPatchOps.readHeader(in).getId();
        }
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        if (!off()) {
            changes++;
            writer.add(g, s, p, o);
        }
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        if (!off()) {
            changes++;
            writer.delete(g, s, p, o);
        }
    }

    @Override
    public void addPrefix(Node graph, String prefix, String uri) {
        if (!off()) {
            changes++;
            writer.addPrefix(graph, prefix, uri);
        }
    }

    @Override
    public void deletePrefix(Node graph, String prefix) {
        if (!off()) {
            changes++;
            writer.deletePrefix(graph, prefix);
        }
    }

    /** Called before the store commits: a patch that cannot be made durable stops the commit. */
    @Override
    public void txnCommit() {
        if (off()) {
            return;
        }
        try {
            if (changes == 0) {
                discard();
                return;
            }
            writer.txnCommit();
            writer.finish();
            channel.force(true);
            writer.close();
            channel = null;
            log.publish(pending, number);
            pending = null;
            published = number;
            PatchVersion.set(tdb, number, id);
        } catch (IOException | RuntimeException e) {
            discard();
            throw new StoreException(log.folder() + ": cannot record the transaction: " + e.getMessage(), e);
        } finally {
            release();
        }
    }

    /** The store did not commit after all: the patch published for it goes. */
    void commitFailed() {
        if (published > 0) {
            log.retract(published);
            published = 0;
        }
    }

    @Override
    public void txnAbort() {
        if (off()) {
            return;
        }
        discard();
        release();
    }

    private void release() {
        if (recording.isHeldByCurrentThread()) {
            recording.unlock();
        }
    }

    private void discard() {
        try {
            if (channel != null) {
                channel.close();
            }
            if (pending != null) {
                Files.deleteIfExists(pending);
            }
        } catch (IOException ignored) {
            // A pending file left behind is never read: only numbered files are patches.
        } finally {
            channel = null;
            pending = null;
        }
    }

    @Override
    public void header(String field, Node value) {}

    @Override
    public void segment() {}

    @Override
    public void start() {}

    @Override
    public void finish() {}
}
