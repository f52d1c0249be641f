# forum-search against SQLite FTS5 on the same crawl (issue 16), shared by bench/run, bench/large
# and bench/fts5. Sourced after bench/lib.sh, with $root, $work and the build in $root/build.

# Runs the FTS5 peer on a crawl forum-index has just indexed and prints the Markdown section.
#   fts5_section CRAWL INDEX INDEX_TIME_FILE INDEX_BYTES JOBS SEED QUERIES_PER_CLASS
# INDEX_TIME_FILE is GNU time -v's report of the build (its user + sys are forum-index's
# CPU-seconds), INDEX_BYTES the index's size after that build. Leaves $work/fts5.db,
# $work/queries.jsonl and the driver's figures in $work/vs-fts5.json. Fails if the comparison
# itself is wrong (forum-bench-vs-fts5 --check), never because of a speed.
fts5_section() {
  local crawl=$1 index=$2 index_time=$3 index_bytes=$4 jobs=$5 seed=$6 per_class=$7
  local bin=${FTS5_BIN:-$root/build}
  # FTS5_REUSE set: the extract and the FTS5 database of an earlier run in $work (bench/fts5
  # --reuse), with the timings it recorded.
  if [ -z "${FTS5_REUSE:-}" ]; then
    say "forum-index extract (for FTS5)"
    timed fts5-extract "$bin/indexer/forum-index" extract --quiet "$crawl"
  fi
  local posts_file=$work/out.fts5-extract
  local extract_cpu extract_wall extract_rss
  extract_cpu=$(cpu_of "$work/time.fts5-extract")
  extract_wall=$(wall_of "$work/time.fts5-extract")
  extract_rss=$(rss_of "$work/time.fts5-extract")
  if [ -z "${FTS5_REUSE:-}" ]; then
    say "forum-fts5-load"
    rm -f "$work/fts5.db"
    timed fts5-load "$bin/bench/forum-fts5-load" --posts "$posts_file" --db "$work/fts5.db"
  fi
  local load_cpu load_wall load_rss load_json=$work/out.fts5-load
  load_cpu=$(cpu_of "$work/time.fts5-load")
  load_wall=$(wall_of "$work/time.fts5-load")
  load_rss=$(rss_of "$work/time.fts5-load")
  say "forum-bench-queries ($per_class a class) and forum-bench-vs-fts5"
  "$bin/bench/forum-bench-queries" --posts "$posts_file" --seed "$seed" --queries "$per_class" \
    --out "$work/queries.jsonl"
  "$bin/bench/forum-bench-vs-fts5" --index "$index" --fts5 "$work/fts5.db" \
    --queries "$work/queries.jsonl" --json "$work/vs-fts5.json" --check >"$work/vs-fts5.md"

  local index_cpu fts5_bytes both_cpu both_wall build_ratio size_ratio parts
  index_cpu=$(cpu_of "$index_time")
  fts5_bytes=$(jq .bytes "$load_json")
  both_cpu=$(awk -v a="$extract_cpu" -v b="$load_cpu" 'BEGIN { printf "%.2f", a + b }')
  both_wall=$(awk -v a="$extract_wall" -v b="$load_wall" 'BEGIN { printf "%.2f", a + b }')
  build_ratio=$(ratio "$index_cpu" "$both_cpu")
  size_ratio=$(ratio "$index_bytes" "$fts5_bytes")
  parts=$(jq -r '.parts | to_entries | map("\(.key) \(.value / 1e6 * 10 | round / 10) MB") | join(", ")' "$load_json")
  local verdicts
  verdicts=$(jq -r '.classes[] | "| \(.class): p50 and p99 ≤ FTS5'"'"'s | p50 \(.forum_search.p50_ms*1000|round/1000) vs \(.fts5.p50_ms*1000|round/1000) ms (\(.ratio_p50*100|round/100)×), p99 \(.forum_search.p99_ms*1000|round/1000) vs \(.fts5.p99_ms*1000|round/1000) ms (\(.ratio_p99*100|round/100)×) | \(if .ratio_p50 <= 1 and .ratio_p99 <= 1 then "met" else "missed" end) |"' "$work/vs-fts5.json")
  local posts
  posts=$(jq .posts "$work/vs-fts5.json")

  cat <<EOF
## forum-search vs SQLite FTS5 (issue 16)

The same $posts posts in both: forum-search's index (the build above) and an SQLite FTS5
database loaded from \`forum-index extract\` of the same crawl (\`porter unicode61\` tokenizer;
the post text and, on a thread's first post, its title; quotes in a table of their own; country
and date in an ordinary table; see bench/fts5_schema.hpp). One process runs a seeded query set
(\`forum-bench-queries --seed $seed --queries $per_class\`: $per_class queries of each class,
drawn from the posts' text, phrases half from a random place, a quarter of common words only, a
quarter without any) in both, query by query, forum-search through its searcher library (query
parser, BM25, snippets, facets), FTS5 through prepared statements (bm25 \`ORDER BY rank\`,
\`snippet()\`, a \`GROUP BY\` for the facet); top 10 with snippets, warm:
\`forum-bench-vs-fts5 --index db --fts5 fts5.db --queries queries.jsonl\`.

$(cat "$work/vs-fts5.md")

Why the counts differ. Plain words mostly agree: both engines stem them, FTS5 with Porter's
stemmer, forum-search with Snowball's English one ("Porter 2"), and the two agree on most words,
not all (Porter makes \`news\` into \`new\`, Snowball keeps it). Phrases differ in two ways,
each of which makes FTS5 find more: FTS5 stems the words of a phrase too, where forum-search
matches them as written (\`"them its"\` finds "them it" in FTS5 only: *its* and *it* have one
Porter stem); and unicode61 splits words at apostrophes and ampersands, which Xapian keeps
inside a word (\`"that it the"\` finds "that it's the", \`"a see"\` finds "Q&A see" in FTS5
only). unicode61 also folds accents (\`cafe\` finds *café*), which Xapian does not. The
examples above show, for small counts, a post that only one engine found, as that engine's
snippet marks it. The facet and newest-first lines check the two sides against each other:
where the counts agree, so should the facets and the first hits.

### Indexing the same crawl

| step | command | CPU s (user+sys) | wall s | peak RSS MB | size MB |
|---|---|---:|---:|---:|---:|
| forum-index, $jobs job(s) (first build) | \`forum-index --db db --jobs $jobs --quiet --json crawl\` | $index_cpu | $(wall_of "$index_time") | $(rss_of "$index_time") | $(mb "$index_bytes") (the index) |
| extract | \`forum-index extract --quiet crawl > posts.jsonl\` | $extract_cpu | $extract_wall | $extract_rss | $(mb "$(size_of "$posts_file")") (JSON lines) |
| FTS5 load | \`forum-fts5-load --posts posts.jsonl --db fts5.db\` | $load_cpu | $load_wall | $load_rss | $(mb "$fts5_bytes") (the database) |
| extract + FTS5 load | | $both_cpu | $both_wall | – | $(mb "$fts5_bytes") |

CPU seconds are GNU \`time -v\`'s user + system time of each process. The FTS5 load includes
merging its segments into one (\`'optimize'\`: $(jq '.optimize_cpu_seconds * 100 | round / 100' "$load_json") CPU s) and commits every 20,000
posts in WAL mode. What the FTS5 database holds: $parts.

### Against issue 16's targets ($posts posts)

| target | measured | verdict |
|---|---|---|
$verdicts
| a first build ≤ 2× the CPU seconds of extract + FTS5 load | $index_cpu vs $both_cpu CPU s = ${build_ratio}× | $(verdict "$build_ratio" "<=" 2) |
| index ≤ 2× FTS5's size | $(mb "$index_bytes") vs $(mb "$fts5_bytes") MB = ${size_ratio}× | $(verdict "$size_ratio" "<=" 2) |
EOF
}
