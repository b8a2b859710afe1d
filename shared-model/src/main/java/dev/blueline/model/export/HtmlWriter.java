package dev.blueline.model.export;

import java.util.ArrayList;
import java.util.List;

/**
 * HTML5 pages, one per screen ({@code <slug>.html}), sharing {@code blueline.css}; component
 * instances carry a copy of their master's elements; links between screens are plain links.
 * Several screens also get an {@code index.html} listing them.
 */
final class HtmlWriter implements CodeWriter {
    static final String STYLESHEET = "blueline.css";

    @Override
    public List<ExportFile> write(ExportDocument doc, List<ExportScreen> screens) {
        ScreenMarkup.Options options = new ScreenMarkup.Options(s -> s.slug() + ".html", true);
        List<ExportFile> files = new ArrayList<>();
        for (ExportScreen s : screens) {
            files.add(new ExportFile(s.slug() + ".html", page(s.name(), s.width(), Html.write(ScreenMarkup.screen(doc, s, options), 1))));
        }
        if (screens.size() > 1) files.add(new ExportFile("index.html", index(screens)));
        files.add(new ExportFile(STYLESHEET, Stylesheet.css()));
        return files;
    }

    private static String page(String title, double width, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=" + HtmlControls.number(Math.ceil(width)) + "\">\n"
                + "<title>" + Html.text(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n"
                + "</head>\n<body>\n  " + body + "\n</body>\n</html>\n";
    }

    private static String index(List<ExportScreen> screens) {
        StringBuilder list = new StringBuilder();
        for (ExportScreen s : screens) {
            list.append("    <li><a href=\"").append(Html.attribute(s.slug() + ".html")).append("\">")
                    .append(Html.text(s.name())).append("</a></li>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Screens</title>\n"
                + "</head>\n<body>\n  <h1>Screens</h1>\n  <ul>\n" + list + "  </ul>\n</body>\n</html>\n";
    }
}
