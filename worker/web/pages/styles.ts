/** The one stylesheet, served at /assets/app.css so the CSP needs no inline styles. */
export const STYLESHEET = `
:root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--accent:#0b5cad;--mark:#fff3b0;
--unreviewed:#6e7781;--in_review:#9a6700;--supported:#1a7f37;--misleading:#bc4c00;--refuted:#cf222e;--unverifiable:#6639ba}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #f9a825;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
header.site{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between;padding:.75rem 1.25rem;border-bottom:1px solid var(--line);background:var(--soft)}
header.site .brand{font-weight:700;color:var(--ink);text-decoration:none}
header.site nav{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
main{max-width:60rem;margin:0 auto;padding:1.25rem}
h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0 1rem}h2{font-size:1.15rem;margin:1.75rem 0 .5rem}
.muted{color:var(--muted)}.small{font-size:.875rem}
mark{background:var(--mark);padding:0 .1em;border-radius:2px}
.badge{display:inline-block;padding:.05rem .55rem;border-radius:999px;font-size:.8rem;font-weight:600;color:#fff;white-space:nowrap}
${['unreviewed', 'in_review', 'supported', 'misleading', 'refuted', 'unverifiable'].map((s) => `.badge.${s}{background:var(--${s})}.bar.${s}{fill:var(--${s})}`).join('')}
.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin:1rem 0;padding:.75rem;background:var(--soft);border:1px solid var(--line);border-radius:8px}
.filters label{display:flex;flex-direction:column;font-size:.875rem;gap:.2rem;min-width:0;max-width:100%}
.filters select{width:100%;text-overflow:ellipsis}
input,select,textarea,button{font:inherit}
input[type=text],input[type=search],input[type=password],input[type=url],input[type=date],select,textarea{padding:.45rem .55rem;border:1px solid #8c959f;border-radius:6px;background:#fff;color:var(--ink);max-width:100%}
textarea{width:100%;min-height:7rem}
button{padding:.5rem 1rem;border-radius:6px;border:1px solid var(--accent);background:var(--accent);color:#fff;font-weight:600;cursor:pointer}
button.secondary{background:#fff;color:var(--accent)}
ul.claims{list-style:none;padding:0;margin:0}
ul.claims li{padding:.85rem 0;border-bottom:1px solid var(--line)}
ul.claims .meta{display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:center;font-size:.875rem;color:var(--muted);margin-top:.25rem}
.chart{margin:.5rem 0 1rem}.chart svg{max-width:100%;height:auto}.chart text{font-size:12px;fill:var(--ink)}
.pager{display:flex;justify-content:space-between;margin:1rem 0}
.context{background:var(--soft);border-left:4px solid var(--line);padding:.75rem 1rem;margin:0 0 1rem}
dl.attribution{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
dl.attribution dt{color:var(--muted)}dl.attribution dd{margin:0}
ol.history{padding-left:1.25rem}ol.history li{margin:.5rem 0}
.note{white-space:pre-wrap;overflow-wrap:anywhere}
form.review{display:grid;gap:.85rem;padding:1rem;border:1px solid var(--line);border-radius:8px;background:var(--soft)}
form.review label,form.login label{display:grid;gap:.25rem;font-weight:600}
form.review :is(input,textarea,select){font-weight:400}
.hint{font-weight:400;font-size:.85rem;color:var(--muted)}
.error{color:var(--refuted);font-weight:600}
.uncertain{display:inline-block;margin-left:.25rem;padding:0 .45rem;border:1px solid var(--in_review);border-radius:999px;color:var(--in_review);font-size:.8rem;font-weight:600}
.notice{padding:.75rem 1rem;border-radius:8px;border:1px solid var(--supported);background:#dafbe1;margin-bottom:1rem}
.notice.dismissed{border-color:var(--unreviewed);background:var(--soft)}.notice.dismissed p{margin:0}.notice.dismissed p+p{margin-top:.35rem}
.fix{display:grid;gap:.75rem}
form.add{grid-template-columns:minmax(0,1fr)}form.add select{width:100%;text-overflow:ellipsis}
.views{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.alert{padding:.75rem 1rem;border-radius:8px;border:1px solid var(--refuted);background:#ffebe9;margin-bottom:1rem}
.article-text p{margin:0 0 1rem}.article-text a{color:inherit;text-decoration:none}.article-text a mark{outline:1px solid #e3c200}
.article-text a:hover mark,.article-text a:focus-visible mark{background:#ffe066}
.checked{display:inline-block;padding:0 .45rem;border:1px solid var(--refuted);border-radius:999px;color:var(--refuted);font-size:.8rem;font-weight:600}
ol.appearances{padding-left:1.25rem}ol.appearances li{margin:.75rem 0}ul.suggestions li{margin:.5rem 0}
form.merge{display:grid;gap:.5rem;padding:1rem;border:1px solid var(--line);border-radius:8px}form.merge label{display:grid;gap:.25rem;font-weight:600}
@media (max-width:40rem){main{padding:.85rem}h1{font-size:1.25rem}dl.attribution{grid-template-columns:1fr}dl.attribution dt{margin-top:.4rem}}
`
