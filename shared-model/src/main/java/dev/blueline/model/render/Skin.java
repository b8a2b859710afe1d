package dev.blueline.model.render;

/** Temporary: replaced by the renderer work in progress. */
public enum Skin { WIREFRAME, SKETCH }
