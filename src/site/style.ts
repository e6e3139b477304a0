/** site.css: one stylesheet for every page (the Content-Security-Policy allows no inline style). */
export const STYLESHEET = `:root {
  color-scheme: light;
  --text: #1f2328;
  --muted: #57606a;
  --line: #d0d7de;
  --band: #f6f8fa;
  --accent: #0b5cad;
  --warn: #9a3412;
  font-family: system-ui, -apple-system, 'Segoe UI', sans-serif;
  color: var(--text);
  background: #fff;
  line-height: 1.45;
}
body { margin: 0; }
header, main, footer { max-width: 76rem; margin: 0 auto; padding: 0 1.25rem; }
header { border-bottom: 1px solid var(--line); padding-top: 1rem; padding-bottom: 0.75rem; }
header p { margin: 0.25rem 0 0; color: var(--muted); }
header nav a { font-weight: 600; }
h1 { margin: 0.25rem 0; font-size: 1.6rem; }
h2 { margin: 2rem 0 0.5rem; font-size: 1.2rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h3 { margin: 1.25rem 0 0.25rem; font-size: 1rem; }
a { color: var(--accent); }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
footer { color: var(--muted); font-size: 0.85rem; margin-top: 3rem; padding-bottom: 2rem; border-top: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
caption { text-align: left; color: var(--muted); padding: 0.25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--band); position: sticky; top: 0; }
tbody th { font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted, .note { color: var(--muted); }
.note { font-size: 0.88rem; }
.warn { color: var(--warn); }
.stage { display: inline-block; border-radius: 0.75rem; padding: 0 0.5rem; background: var(--band); border: 1px solid var(--line); font-size: 0.85rem; white-space: nowrap; }
.stage.live { background: #dff5e3; border-color: #8ccf98; }
.stage.archived { color: var(--muted); }
.scroll { overflow-x: auto; }
figure { margin: 0.75rem 0 1.25rem; }
figcaption { color: var(--muted); font-size: 0.88rem; }
svg.chart { display: block; max-width: 100%; height: auto; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
ul.moves { margin: 0; padding-left: 1rem; }
.filter { margin: 1rem 0 0.5rem; display: flex; gap: 0.75rem; align-items: center; }
.filter input { font: inherit; padding: 0.3rem 0.5rem; min-width: 16rem; border: 1px solid var(--muted); border-radius: 0.3rem; }
tr[hidden] { display: none; }
`
