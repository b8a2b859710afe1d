package dev.blueline.server.bench;

import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.Protocol;
import dev.blueline.model.room.RoomStore;
import dev.blueline.server.store.jooq.H2Stores;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the load time of a big project goes, in one JVM and without the network: opening the
 * database, the room store's load (objects from H2, props JSON parsed into the
 * document), the snapshot ({@code Ops.snapshot}) and encoding the welcome frame. Point it at the data
 * directory of a stopped host, e.g. one kept by {@code LoadBench --mode load10k --keep}.
 *
 * <pre>java -cp ... dev.blueline.server.bench.LoadProbe DATA_DIR [rounds=6]</pre>
 * Prints one JSON line: the first (cold JVM) round and the median of the others, per phase.
 */
public final class LoadProbe {
    private LoadProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        long t0 = System.nanoTime();
        String url = H2Stores.fileUrl(data);
        try (H2Stores stores = H2Stores.open(url)) {
            long opened = System.nanoTime() - t0;
            List<String> projects = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 ResultSet rs = c.createStatement().executeQuery(
                         "SELECT project_id, COUNT(*) n FROM objects GROUP BY project_id ORDER BY n DESC")) {
                while (rs.next()) if (rs.getLong(2) > 1000) projects.add(rs.getString(1));
            }
            if (projects.isEmpty()) throw new IllegalStateException("no project with over 1,000 objects in " + data);
            Codec codec = new Codec();
            HostMessage.You you = new HostMessage.You("u1", "Ada", "#3b82f6", "owner");
            long[][] phases = new long[4][rounds];
            int objects = 0, bytes = 0;
            for (int r = 0; r < rounds; r++) {
                String project = projects.get(r % projects.size());
                RoomStore store = stores.roomStore(project);
                long a = System.nanoTime();
                RoomStore.Loaded loaded = store.load();
                long b = System.nanoTime();
                List<Put> snapshot = Ops.snapshot(loaded.document());
                long c = System.nanoTime();
                String frame = codec.encode(new HostMessage.Welcome(Protocol.VERSION, loaded.seq(), "probe", you, snapshot, null, List.of()));
                long d = System.nanoTime();
                phases[0][r] = b - a;
                phases[1][r] = c - b;
                phases[2][r] = d - c;
                phases[3][r] = d - a;
                objects = snapshot.size();
                bytes = frame.length();
            }
            String[] names = {"store_load_ms", "snapshot_ms", "encode_welcome_ms", "total_ms"};
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("objects", objects);
            out.put("welcome_chars", bytes);
            out.put("open_db_ms", round(opened / 1e6));
            for (int i = 0; i < names.length; i++) {
                long[] rest = Arrays.copyOfRange(phases[i], 1, rounds);
                Arrays.sort(rest);
                out.put(names[i], Map.of("first", round(phases[i][0] / 1e6), "median_after", round(rest[rest.length / 2] / 1e6)));
            }
            System.out.println(new Codec().mapper().writeValueAsString(out));
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
