package dev.blueline.model.sim;

import java.util.PriorityQueue;

/** Virtual time: events run in time order (ties in the order they were scheduled). */
final class Scheduler {
    private record Event(long time, long order, Runnable action) {
    }

    private final PriorityQueue<Event> queue = new PriorityQueue<>((a, b) ->
            a.time != b.time ? Long.compare(a.time, b.time) : Long.compare(a.order, b.order));
    private long now;
    private long order;

    long now() {
        return now;
    }

    void at(long time, Runnable action) {
        queue.add(new Event(Math.max(time, now), order++, action));
    }

    void after(long delay, Runnable action) {
        at(now + delay, action);
    }

    /** Runs the next event; false when none is left. */
    boolean step() {
        Event e = queue.poll();
        if (e == null) return false;
        now = e.time;
        e.action.run();
        return true;
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }
}
