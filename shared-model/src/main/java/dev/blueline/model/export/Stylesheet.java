package dev.blueline.model.export;

/**
 * The stylesheet every HTML and React export shares: a plain wireframe look, and the few rules
 * that make boxes exact (border-box sizing, no default margins, flex items that never shrink).
 */
public final class Stylesheet {
    private Stylesheet() {
    }

    public static String css() {
        return """
                /* Exported from Blueline. Layout: .bl-column / .bl-row are flex boxes whose margins
                   put each element where the wireframe has it; .bl-free holds elements that overlap. */
                *, *::before, *::after { box-sizing: border-box; }
                body { margin: 0; }
                .bl-screen { position: relative; overflow: hidden; background: #ffffff; color: #1f2328;
                  font: 14px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
                .bl-column { display: flex; flex-direction: column; align-items: flex-start; }
                .bl-row { display: flex; flex-direction: row; align-items: flex-start; }
                .bl-free { position: relative; }
                .bl-column > *, .bl-row > * { flex: none; }
                .bl-at { position: absolute; }
                .bl-el { margin: 0; position: relative; overflow: hidden; font: inherit; color: inherit; }
                .bl-free > .bl-el.bl-at, .bl-free > .bl-at { position: absolute; }
                .bl-body { position: absolute; left: 0; top: 0; width: 100%; height: 100%; }
                .bl-scaled { transform-origin: 0 0; }
                .bl-fill { display: block; width: 100%; height: 100%; margin: 0; }
                .bl-link-box { display: block; color: inherit; text-decoration: none; }
                .bl-hidden-input { position: absolute; width: 1px; height: 1px; opacity: 0; }
                .bl-el ul, .bl-el ol { margin: 0; padding: 0; list-style: none; }

                /* containers */
                /* container frames are outlines drawn inside the box: a border would move the children */
                .bl-browser-window, .bl-phone, .bl-tablet, .bl-panel, .bl-modal, .bl-tabs, .bl-accordion {
                  outline: 1px solid #8c959f; outline-offset: -1px; border-radius: 6px; background: #ffffff; }
                .bl-phone, .bl-tablet { outline-width: 2px; outline-offset: -2px; border-radius: 24px; }
                .bl-browser-bar { height: 36px; padding: 8px 12px; border-bottom: 1px solid #d0d7de; background: #f6f8fa;
                  color: #57606a; font-size: 12px; white-space: nowrap; }
                .bl-title { margin: 0; padding: 10px 14px; font-size: 15px; border-bottom: 1px solid #d0d7de; }
                .bl-modal { box-shadow: 0 8px 24px rgba(31, 35, 40, 0.2); }
                .bl-tablist { display: flex; border-bottom: 1px solid #d0d7de; }
                .bl-tablist button { font: inherit; padding: 8px 14px; border: 0; background: none; color: inherit; }
                .bl-tablist button[aria-selected="true"] { border-bottom: 2px solid #0969da; font-weight: 600; }
                .bl-accordion details { border-bottom: 1px solid #d0d7de; padding: 8px 12px; }
                .bl-group, .bl-component, .bl-master { border: 0; }

                /* navigation */
                .bl-nav-bar, .bl-link-bar { display: flex; align-items: center; padding: 0 12px; }
                .bl-nav-bar { background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
                .bl-nav-bar ul, .bl-link-bar ul, .bl-pagination ul, .bl-breadcrumbs ol, .bl-stepper {
                  display: flex; align-items: center; gap: 16px; height: 100%; }
                .bl-el a { color: #0969da; text-decoration: none; }
                .bl-el a.bl-current, .bl-el a[aria-current] { font-weight: 600; color: #1f2328; }
                .bl-breadcrumbs li + li::before { content: "\\203A"; margin-right: 8px; color: #8c959f; }
                .bl-vertical-menu li a { display: block; padding: 6px 12px; }
                .bl-stepper li { padding: 4px 10px; border-radius: 12px; background: #eaeef2; }
                .bl-stepper li[aria-current] { background: #0969da; color: #ffffff; }
                .bl-tree ul[role="group"] { padding-left: 16px; }

                /* inputs */
                .bl-button { display: flex; align-items: center; justify-content: center; border: 1px solid #8c959f;
                  border-radius: 6px; background: #f6f8fa; color: #1f2328; text-decoration: none; cursor: pointer; }
                .bl-link { color: #0969da; }
                .bl-text-input, .bl-password, .bl-text-area, .bl-search input, .bl-date-picker, .bl-number-stepper, .bl-dropdown {
                  border: 1px solid #8c959f; border-radius: 6px; padding: 6px 10px; background: #ffffff; }
                .bl-text-area { resize: none; }
                .bl-checkbox, .bl-radio, .bl-toggle { display: flex; align-items: center; gap: 6px; }
                .bl-checkbox input, .bl-radio input, .bl-toggle input { margin: 0; }
                .bl-slider, .bl-progress-bar { margin: 0; }
                .bl-file-upload { display: flex; align-items: center; justify-content: center; border: 2px dashed #8c959f;
                  border-radius: 8px; color: #57606a; }
                .bl-error { border-color: #cf222e; }
                .bl-disabled { opacity: 0.5; }
                .bl-focused { outline: 2px solid #0969da; outline-offset: -2px; }

                /* display */
                .bl-heading { font-size: 28px; font-weight: 700; }
                .bl-paragraph { white-space: pre-wrap; }
                .bl-avatar { display: flex; align-items: center; justify-content: center; border-radius: 50%;
                  background: #d0d7de; font-weight: 600; }
                .bl-badge { display: flex; align-items: center; justify-content: center; border-radius: 12px;
                  background: #ddf4ff; color: #0969da; font-size: 12px; }
                .bl-alert { padding: 10px 14px; border: 1px solid #54aeff; border-radius: 6px; background: #ddf4ff; }
                .bl-tooltip { padding: 6px 10px; border-radius: 6px; background: #24292f; color: #ffffff; font-size: 12px; }
                .bl-divider { border: 0; background: linear-gradient(#d0d7de, #d0d7de) center / 100% 1px no-repeat; }
                .bl-data-grid { border: 1px solid #d0d7de; border-radius: 6px; }
                .bl-data-grid table { width: 100%; border-collapse: collapse; }
                .bl-data-grid th, .bl-data-grid td { padding: 6px 10px; border-bottom: 1px solid #d0d7de; text-align: left; }
                .bl-data-grid .bl-center { text-align: center; }
                .bl-data-grid .bl-right { text-align: right; }
                .bl-list li { padding: 2px 0; }
                .bl-list li li { padding-left: 16px; }
                .bl-video { background: #24292f; }
                .bl-rating { color: #bf8700; letter-spacing: 2px; }
                img.bl-el { display: block; }

                /* annotations */
                .bl-sticky-note { padding: 10px; background: #fff8c5; box-shadow: 0 2px 6px rgba(31, 35, 40, 0.15); }
                .bl-callout { display: flex; align-items: center; justify-content: center; border-radius: 50%;
                  background: #cf222e; color: #ffffff; font-weight: 700; }
                .bl-rectangle { border: 1px solid #57606a; }
                .bl-ellipse { border: 1px solid #57606a; border-radius: 50%; }
                .bl-unknown { border: 1px dashed #8c959f; }
                """;
    }
}
