package dev.blueline.desktop.shell;

import dev.blueline.desktop.session.ConnectionState;
import dev.blueline.desktop.session.ProjectSession;
import dev.blueline.desktop.session.SessionListener;
import dev.blueline.desktop.workspace.Workspace;
import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.sync.PendingChange;
import dev.blueline.model.sync.SyncClient;
import dev.blueline.server.store.Project;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.DoubleConsumer;

/**
 * Makes a new project with some first content (a blank screen, a template, an imported file)
 * written through a session of its own, as ordinary changes. The editor opened afterwards starts
 * with an empty undo history, so ctrl+Z never "un-creates" the project.
 *
 * <p>Batches are sent a few at a time as acks come back (the host drops frames past its rate
 * limit) and split so that no frame nears the host's 1 MiB frame limit. If anything goes wrong the
 * new project is deleted again: a failed import leaves nothing behind.
 */
public final class ProjectSeeder {
    private static final int IN_FLIGHT = 4;
    static final int MAX_FRAME_BYTES = 512 * 1024;
    private static final long STALL_NANOS = 30_000_000_000L;
    private static final Codec CODEC = new Codec();

    private ProjectSeeder() {
    }

    /** Call on the FX thread. Completes (on the FX thread) once the host has committed everything. */
    public static CompletableFuture<Project> create(Workspace workspace, String name, List<List<Put>> batches, DoubleConsumer progress) {
        Project project = workspace.createProject(name);
        List<List<Put>> frames = splitBySize(batches, MAX_FRAME_BYTES);
        String[] problem = new String[1];
        ProjectSession session = Sessions.open(workspace, project.id(), new SessionListener() {
            @Override
            public void rejected(PendingChange change, String code, String message) {
                problem[0] = "the host refused part of the project: " + message;
            }

            @Override
            public void problem(String code, String message) {
                if (!"rate_limited".equals(code)) problem[0] = message;
            }
        });
        int[] next = {0};
        long[] lastProgress = {System.nanoTime()};
        int[] lastPending = {-1};
        CompletableFuture<Project> result = new CompletableFuture<>();
        FxWait.repeat(() -> {
            if (problem[0] != null) throw new IllegalStateException(problem[0]);
            int pending = session.sync().pending().size();
            if (pending != lastPending[0]) {
                lastPending[0] = pending;
                lastProgress[0] = System.nanoTime();
            }
            if (session.state() == ConnectionState.ONLINE) {
                for (int sent = 0; next[0] < frames.size() && pending + sent < IN_FLIGHT; sent++) {
                    if (session.submit(frames.get(next[0])) instanceof SyncClient.Submitted.Refused r) {
                        throw new IllegalStateException("the project cannot be written: " + r.rejection().message());
                    }
                    next[0]++;
                }
                progress.accept(frames.isEmpty() ? 1 : (double) (next[0] - session.sync().pending().size()) / frames.size());
                if (next[0] == frames.size() && Sessions.settled(session)) return true;
            }
            if (System.nanoTime() - lastProgress[0] > STALL_NANOS) throw new IllegalStateException("the local host stopped answering");
            return false;
        }).whenComplete((ok, failure) -> {
            session.close();
            if (failure == null) {
                result.complete(project);
                return;
            }
            try {
                workspace.deleteProject(project.id());
            } catch (RuntimeException e) {
                failure.addSuppressed(e); // the workspace is closing; nothing more to tidy
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            result.completeExceptionally(cause);
        });
        return result;
    }

    /** The same ops in the same order, in frames that each stay under {@code maxBytes} when sent. */
    static List<List<Put>> splitBySize(List<List<Put>> batches, int maxBytes) {
        List<List<Put>> out = new ArrayList<>();
        for (List<Put> batch : batches) split(batch, maxBytes, out);
        return out;
    }

    private static void split(List<Put> ops, int maxBytes, List<List<Put>> out) {
        if (ops.isEmpty()) return;
        if (ops.size() == 1 || size(ops) <= maxBytes) {
            out.add(List.copyOf(ops));
            return;
        }
        int half = ops.size() / 2;
        split(ops.subList(0, half), maxBytes, out);
        split(ops.subList(half, ops.size()), maxBytes, out);
    }

    private static int size(List<Put> ops) {
        return CODEC.encode(new ClientMessage.ChangeRequest(Long.MAX_VALUE, ops)).getBytes(StandardCharsets.UTF_8).length;
    }
}
