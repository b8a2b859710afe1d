package dev.blueline.desktop.shell.templates;

import dev.blueline.model.ops.Put;

import java.util.List;

/** A ready-made starting point for a new project: creation ops for its screens and controls. */
public interface Template {
    String name();

    /** One line for the project browser. */
    String description();

    /** Fresh ids every call, so two projects from one template never share ids. */
    List<Put> ops();
}
