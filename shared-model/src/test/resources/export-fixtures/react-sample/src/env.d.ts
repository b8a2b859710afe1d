// TypeScript 6+ checks side-effect imports: this tells tsc what `import "./blueline.css"` is
// (Vite's bundler handles the file itself).
declare module "*.css";
