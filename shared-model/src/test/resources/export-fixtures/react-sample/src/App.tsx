import { useEffect, useState, type ComponentType } from "react";
import Dashboard from "./screens/Dashboard";
import Login from "./screens/Login";

// #/<slug> picks the screen; the first one is the start screen
const screens: Record<string, ComponentType> = {
  login: Login,
  dashboard: Dashboard,
};

function slugFromHash(): string {
  return window.location.hash.replace(/^#\/?/, "");
}

export default function App() {
  const [slug, setSlug] = useState(slugFromHash);
  useEffect(() => {
    const onHashChange = () => setSlug(slugFromHash());
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);
  const Screen = screens[slug] ?? Login;
  return <Screen />;
}
