package dev.blueline.model.sync;

/** One property of one object. */
record PropKey(String id, String prop) {
}
