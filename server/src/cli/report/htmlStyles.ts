/** Dark text on white (over 15:1), links and focus outlines well above 4.5:1; print drops the navigation. */
export const STYLES = `:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #0b0c0c; background: #ffffff; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1rem 0 0.5rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 0.75rem; border-bottom: 2px solid #0b0c0c; padding-bottom: 0.25rem; }
h3 { font-size: 1.125rem; margin: 1.5rem 0 0.25rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
a { color: #1d4f91; }
a:focus { outline: 3px solid #ffbf47; outline-offset: 0; background: #ffbf47; color: #0b0c0c; }
.skip { position: absolute; left: -9999px; }
.skip:focus { position: static; }
.lede { font-size: 1.2rem; }
.headline { font-size: 1.4rem; font-weight: 700; }
.meta, .where { color: #484f55; }
.id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-weight: 600; white-space: nowrap; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #f3f2f1; padding: 0 0.2em; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.5rem; }
th, td { border-bottom: 1px solid #b1b4b6; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #0b0c0c; }
table.numbers td, table.numbers thead th:not(:first-child) { text-align: right; font-variant-numeric: tabular-nums; }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid #0b0c0c; }
figure { margin: 1rem 0; }
figcaption { font-weight: 600; margin-top: 0.25rem; }
.chart { max-width: 100%; height: auto; font: 13px system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
.chart text { fill: #0b0c0c; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.legend svg { vertical-align: -2px; }
article { break-inside: avoid; }
article.lesson { border-top: 1px solid #b1b4b6; margin-top: 1.5rem; }
.missing { font-style: italic; color: #484f55; }
.clusters > li, .outcomes > li { margin-bottom: 0.75rem; }
:target { outline: 3px solid #ffbf47; outline-offset: 4px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav, .skip { display: none; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  a { color: #0b0c0c; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;
