// The page's style sheet, served as /style.css (the Content-Security-Policy allows no inline
// style). System fonts only: nothing is fetched from elsewhere.

#include "searcher/http/page.hpp"

namespace forum::http {

const std::string& style_sheet() {
    static const std::string css = R"css(:root {
  --ink: #1d2330; --muted: #5c6577; --line: #e2e5ec; --bg: #f6f7fa; --card: #fff;
  --accent: #2454c5; --accent-soft: #e6edfc; --mark: #ffe58a; --hit: #fff8db;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  overflow-wrap: anywhere;
}
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
code { font: 0.9em/1.4 ui-monospace, "DejaVu Sans Mono", monospace; background: var(--accent-soft);
  padding: 0 .25em; border-radius: 3px; }
.top { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: center;
  padding: .9rem max(1rem, calc(50% - 36rem)); background: var(--card); border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; font-size: 1.25rem; color: var(--ink); letter-spacing: -.01em; }
.brand span { color: var(--accent); }
.search { display: flex; flex: 1 1 22rem; gap: .5rem; }
.search input { flex: 1; min-width: 0; font: inherit; padding: .5rem .75rem;
  border: 1px solid #c7ccd8; border-radius: 8px; background: #fff; color: var(--ink); }
.search input:focus { outline: 2px solid var(--accent); outline-offset: 0; border-color: var(--accent); }
.search button { font: inherit; font-weight: 600; padding: .5rem 1.1rem; border: 0; border-radius: 8px;
  background: var(--accent); color: #fff; cursor: pointer; }
.help { margin: .75rem max(1rem, calc(50% - 36rem)) 0; color: var(--muted); font-size: .9rem; }
.help summary { cursor: pointer; width: max-content; }
.help dl { display: grid; grid-template-columns: minmax(0, max-content) 1fr; gap: .25rem 1rem;
  background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; }
.help dd { margin: 0; }
main { padding: 1rem max(1rem, calc(50% - 36rem)) 2rem; }
.layout { display: grid; grid-template-columns: 14rem minmax(0, 1fr); gap: 1.5rem; align-items: start; }
.facets section { margin-bottom: 1.25rem; }
.facets h3 { font-size: .75rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted);
  margin: 0 0 .35rem; }
.facets ul { list-style: none; margin: 0; padding: 0; }
.facets li a, .facets li > span { display: flex; justify-content: space-between; gap: .5rem;
  padding: .2rem .5rem; border-radius: 6px; color: var(--ink); font-size: .92rem; }
.facets li a:hover { background: var(--accent-soft); text-decoration: none; }
.facets .n { color: var(--muted); font-variant-numeric: tabular-nums; }
.summary { margin: 0 0 .25rem; color: var(--muted); }
.summary strong { color: var(--ink); }
.partial { color: #a3470b; }
.tools { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem; margin: 0 0 .75rem;
  font-size: .9rem; color: var(--muted); }
.tools a, .tools strong { margin-left: .35rem; }
.dym { background: var(--hit); padding: .5rem .75rem; border-radius: 8px; }
figure.timeline { margin: 0 0 1rem; background: var(--card); border: 1px solid var(--line);
  border-radius: 10px; padding: .6rem .75rem .3rem; }
svg.timeline { display: block; width: 100%; height: 72px; }
figure.timeline figcaption { display: flex; justify-content: space-between; gap: .5rem;
  font-size: .75rem; color: var(--muted); padding-top: .2rem; }
svg.timeline .hit-area { fill: transparent; }
svg.timeline .bar { fill: var(--accent); opacity: .8; }
svg.timeline a:hover .bar, svg.timeline a:focus .bar { opacity: 1; fill: #173b94; }
svg.timeline a:hover .hit-area { fill: var(--accent-soft); }
.hits { list-style: none; margin: 0; padding: 0; }
.hit { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: .8rem 1rem; margin-bottom: .75rem; }
.hit h2 { font-size: 1.08rem; line-height: 1.35; margin: 0 0 .2rem; }
.pos { color: var(--muted); font-weight: 400; font-size: .9rem; }
.meta { margin: 0 0 .35rem; color: var(--muted); font-size: .88rem; }
.poster { color: var(--ink); font-weight: 600; }
.snippet { margin: 0 0 .35rem; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
.links { margin: 0; font-size: .85rem; color: var(--muted); }
.original { color: #2d6a4f; }
.pages { display: flex; justify-content: space-between; margin-top: 1rem; }
.pages a { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .4rem .9rem; }
.pages a[rel=next] { margin-left: auto; }
.thread { max-width: 52rem; margin: 0 auto; }
.thread h1 { font-size: 1.5rem; line-height: 1.25; margin: .25rem 0; }
.back { font-size: .9rem; color: var(--muted); }
.post { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: .8rem 1rem; margin: .75rem 0; scroll-margin-top: 1rem; }
.post.hit, .post:target { background: var(--hit); border-color: #e7c34a; box-shadow: 0 0 0 2px #f3d97a; }
.post header { font-size: .9rem; color: var(--muted); margin-bottom: .4rem; }
.post header .title { font-size: .8rem; background: var(--bg); border-radius: 4px; padding: 0 .35rem; }
.badge { background: #e7c34a; color: #3b2e00; border-radius: 4px; padding: 0 .4rem; font-size: .75rem; font-weight: 600; }
.post .text p, blockquote p { margin: 0 0 .5rem; }
blockquote { margin: 0 0 .6rem; padding: .4rem .8rem; border-left: 3px solid #b8c3dd;
  background: var(--bg); color: #3a4254; border-radius: 0 6px 6px 0; font-size: .95rem; }
blockquote cite { display: block; font-style: normal; font-weight: 600; font-size: .85rem; color: var(--muted); }
.message { max-width: 44rem; }
.error p { background: #fdecea; border: 1px solid #f2b8b5; color: #7a1f1a; padding: .75rem 1rem; border-radius: 8px; }
.welcome { color: var(--muted); }
footer { padding: 1rem max(1rem, calc(50% - 36rem)) 2rem; color: var(--muted); font-size: .8rem; }
@media (max-width: 52rem) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  .facets { order: 2; display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0 1rem; }
  .help dl { grid-template-columns: minmax(0, 1fr); }
  .help dd { margin-bottom: .4rem; }
}
)css";
    return css;
}

}  // namespace forum::http
