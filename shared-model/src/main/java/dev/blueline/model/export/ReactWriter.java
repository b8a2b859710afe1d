package dev.blueline.model.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Writes screens as a TypeScript React project a developer runs with {@code npm install && npm
 * run dev} (Vite): one function component per screen in {@code src/screens}, one per component
 * master the screens use in {@code src/components}, a dependency-free hash router in
 * {@code src/App.tsx} ({@code #/<slug>} shows a screen, the first screen by default) and the shared
 * stylesheet. A screen export and a project export have the same layout; links to screens not
 * exported fall back to the first screen.
 */
final class ReactWriter implements CodeWriter {
    /** Where the screens' markup comes from. */
    interface Source {
        /** The root of a screen, links written as {@code #/<slug>}, component instances holding {@code <TypeName />}. */
        Markup.Tag screen(ExportDocument doc, ExportScreen screen);

        /** The root of a component master, written the same way. */
        Markup.Tag master(ExportDocument doc, ExportScreen master);

        /** The shared stylesheet. */
        String css();
    }

    static final String REACT = "^19.3.1";
    static final String REACT_DOM = "^19.3.1";
    static final String TYPES_REACT = "^19.3.3";
    static final String TYPES_REACT_DOM = "^19.3.0";
    static final String TYPESCRIPT = "^7.0.2";
    static final String VITE = "^8.4.0";

    /** JSX inside {@code return (…);} of a function body. */
    private static final int BODY_INDENT = 4;

    private final Source source;

    ReactWriter() {
        this(ScreenMarkupSource.INSTANCE);
    }

    ReactWriter(Source source) {
        this.source = source;
    }

    @Override
    public List<ExportFile> write(ExportDocument doc, List<ExportScreen> screens) {
        List<ExportScreen> pages = List.copyOf(new LinkedHashSet<>(screens));
        List<ExportScreen> masters = new ArrayList<>(doc.mastersUsedBy(pages));
        masters.removeIf(pages::contains);

        List<ExportFile> files = new ArrayList<>();
        files.add(new ExportFile("README.md", readme(pages, masters)));
        files.add(new ExportFile("index.html", indexHtml(pages)));
        files.add(new ExportFile("package.json", packageJson()));
        files.add(new ExportFile("tsconfig.json", tsconfig()));
        files.add(new ExportFile("src/main.tsx", mainTsx()));
        files.add(new ExportFile("src/css.d.ts", """
                // The stylesheet is imported for its effect (Vite bundles it); this tells TypeScript it exists.
                declare module '*.css';
                """));
        files.add(new ExportFile("src/App.tsx", appTsx(pages)));
        files.add(new ExportFile("src/blueline.css", source.css()));
        for (ExportScreen s : pages) {
            files.add(new ExportFile("src/screens/" + s.typeName() + ".tsx",
                    component(s, source.screen(doc, s), "../components/")));
        }
        for (ExportScreen m : masters) {
            files.add(new ExportFile("src/components/" + m.typeName() + ".tsx",
                    component(m, source.master(doc, m), "./")));
        }
        return List.copyOf(files);
    }

    /** A module whose default export is a function component returning {@code root}. */
    static String component(ExportScreen s, Markup.Tag root, String componentsDir) {
        Jsx.Result jsx = Jsx.write(root, BODY_INDENT);
        StringBuilder out = new StringBuilder();
        if (jsx.cssProperties()) out.append("import type { CSSProperties } from 'react';\n");
        for (String c : jsx.components()) {
            if (c.equals(s.typeName())) continue;
            out.append("import ").append(c).append(" from '").append(componentsDir).append(c).append("';\n");
        }
        if (!out.isEmpty()) out.append('\n');
        if (!jsx.constants().isEmpty()) {
            out.append("// The wireframe's drawings of what code has no element for (charts, images to come).\n");
            jsx.constants().forEach((name, value) -> out.append("const ").append(name).append(" =\n  ")
                    .append(Jsx.string(value)).append(";\n"));
            out.append('\n');
        }
        out.append("/** ").append(s.component() ? "Component " : "Screen ").append(comment(s.name()))
                .append(", ").append(number(s.width())).append(" \u00D7 ").append(number(s.height()))
                .append(", exported from Blueline. */\n");
        out.append("export default function ").append(s.typeName()).append("() {\n");
        out.append("  return (\n").append(jsx.code()).append("\n  );\n}\n");
        return out.toString();
    }

    private static String packageJson() {
        return """
                {
                  "name": "blueline-export",
                  "private": true,
                  "version": "0.0.0",
                  "type": "module",
                  "scripts": {
                    "dev": "vite",
                    "build": "tsc && vite build",
                    "preview": "vite preview"
                  },
                  "dependencies": {
                    "react": "%s",
                    "react-dom": "%s"
                  },
                  "devDependencies": {
                    "@types/react": "%s",
                    "@types/react-dom": "%s",
                    "typescript": "%s",
                    "vite": "%s"
                  }
                }
                """.formatted(REACT, REACT_DOM, TYPES_REACT, TYPES_REACT_DOM, TYPESCRIPT, VITE);
    }

    private static String tsconfig() {
        return """
                {
                  "compilerOptions": {
                    "target": "ES2022",
                    "lib": ["ES2022", "DOM", "DOM.Iterable"],
                    "module": "ESNext",
                    "moduleResolution": "bundler",
                    "jsx": "react-jsx",
                    "strict": true,
                    "noEmit": true,
                    "isolatedModules": true,
                    "skipLibCheck": true,
                    "noUnusedLocals": true,
                    "noUnusedParameters": true,
                    "noFallthroughCasesInSwitch": true,
                    "forceConsistentCasingInFileNames": true
                  },
                  "include": ["src"]
                }
                """;
    }

    private static String indexHtml(List<ExportScreen> pages) {
        String title = pages.size() == 1 ? pages.getFirst().name() : "Blueline export";
        return """
                <!doctype html>
                <html lang="en">
                  <head>
                    <meta charset="UTF-8" />
                    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
                    <title>%s</title>
                  </head>
                  <body>
                    <div id="root"></div>
                    <script type="module" src="/src/main.tsx"></script>
                  </body>
                </html>
                """.formatted(html(title));
    }

    private static String mainTsx() {
        return """
                import { StrictMode } from 'react';
                import { createRoot } from 'react-dom/client';
                import App from './App';
                import './blueline.css';

                createRoot(document.getElementById('root')!).render(
                  <StrictMode>
                    <App />
                  </StrictMode>,
                );
                """;
    }

    private static String appTsx(List<ExportScreen> pages) {
        if (pages.isEmpty()) {
            return """
                    /** The export holds no screens. */
                    export default function App() {
                      return <p>This export has no screens.</p>;
                    }
                    """;
        }
        StringBuilder imports = new StringBuilder();
        pages.stream().map(ExportScreen::typeName).sorted().forEach(t ->
                imports.append("import ").append(t).append(" from './screens/").append(t).append("';\n"));
        StringBuilder routes = new StringBuilder();
        for (ExportScreen s : pages) {
            routes.append("  { slug: ").append(Jsx.string(s.slug())).append(", title: ").append(Jsx.string(s.name()))
                    .append(", Screen: ").append(s.typeName()).append(" },\n");
        }
        return """
                import { useEffect, useState } from 'react';
                import type { ComponentType } from 'react';
                %s
                interface Route {
                  slug: string;
                  title: string;
                  Screen: ComponentType;
                }

                /** The screens in the project's order; the first opens when the address names none. */
                const routes: Route[] = [
                %s];

                /** The screen that `#/<slug>` names, else the first. */
                function routeOf(hash: string): Route {
                  const slug = hash.replace(/^#\\/?/, '');
                  return routes.find((r) => r.slug === slug) ?? routes[0];
                }

                /** Shows one screen at a time; links (`<a href="#/slug">`) and the back button switch. */
                export default function App() {
                  const [route, setRoute] = useState(() => routeOf(window.location.hash));
                  useEffect(() => {
                    const follow = () => {
                      setRoute(routeOf(window.location.hash));
                      window.scrollTo(0, 0);
                    };
                    window.addEventListener('hashchange', follow);
                    return () => window.removeEventListener('hashchange', follow);
                  }, []);
                  useEffect(() => {
                    document.title = route.title;
                  }, [route]);
                  const { Screen } = route;
                  return <Screen />;
                }
                """.formatted(imports, routes);
    }

    private static String readme(List<ExportScreen> pages, List<ExportScreen> masters) {
        StringBuilder out = new StringBuilder();
        out.append("# Blueline export (React + TypeScript)\n\n");
        out.append("Screens drawn in Blueline, written as React function components. Nothing here is wired to data\n")
                .append("yet: form fields start with the values of the wireframe and links switch screens.\n\n");
        out.append("## Run\n\n```sh\nnpm install && npm run dev\n```\n\n");
        out.append("Open the address Vite prints. `npm run build` type-checks and writes a production build to `dist/`.\n\n");
        out.append("## Screens\n\n");
        if (pages.isEmpty()) out.append("None.\n");
        for (ExportScreen s : pages) {
            out.append("- `#/").append(s.slug()).append("`: ").append(markdown(s.name()))
                    .append(" (`src/screens/").append(s.typeName()).append(".tsx`)\n");
        }
        if (!masters.isEmpty()) {
            out.append("\n## Components\n\n");
            for (ExportScreen m : masters) {
                out.append("- ").append(markdown(m.name())).append(" (`src/components/").append(m.typeName()).append(".tsx`)\n");
            }
        }
        out.append("\n`src/App.tsx` picks the screen from the address (`#/<slug>`, the first screen otherwise);\n")
                .append("`src/blueline.css` holds the shared styles.\n");
        return out.toString();
    }

    /** A name inside a one-line comment: no line breaks or comment ends. */
    private static String comment(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return '"' + out.toString().replace("*/", "* /") + '"';
    }

    private static String markdown(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) out.append(' ');
            else if ("\\`*_{}[]()<>#+-.!|~&".indexOf(c) >= 0) out.append('\\').append(c);
            else out.append(c);
        }
        return out.toString();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    /** The markup {@link ScreenMarkup} gives, links as {@code #/<slug>} and instances as components. */
    private enum ScreenMarkupSource implements Source {
        INSTANCE;

        private static final ScreenMarkup.Options OPTIONS = new ScreenMarkup.Options(s -> "#/" + s.slug(), false);

        @Override
        public Markup.Tag screen(ExportDocument doc, ExportScreen screen) {
            return ScreenMarkup.screen(doc, screen, OPTIONS);
        }

        @Override
        public Markup.Tag master(ExportDocument doc, ExportScreen master) {
            return ScreenMarkup.master(doc, master, OPTIONS);
        }

        @Override
        public String css() {
            return Stylesheet.css();
        }
    }
}
