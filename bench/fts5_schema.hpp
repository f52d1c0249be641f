#pragma once
// The SQLite FTS5 peer's database (issue 16), written by forum-fts5-load and read by
// forum-bench-vs-fts5. It holds what forum-search's index holds for the benchmark's queries and
// for showing a hit, laid out the way an FTS5 application would:
//
//   posts       one row per post: id (the FTS5 rowid of its text), key (site/post id, as
//               forum-search's unique term: a post met twice is stored once), date (epoch
//               seconds, for newest first), country (as the page shows it: the filter and the
//               facet), hit (the post as JSON without its text: what a result shows)
//   posts_fts   the post's text and, on a thread's first post only, the thread title — the words
//               forum-search searches without a prefix; porter stemmer over unicode61; ranked by
//               bm25 with the title weighted 3, as forum-search gives title words wdf 3
//   quotes_fts  the text the post quotes (forum-search's quote: terms), apart so that a phrase
//               only inside a quote is not a hit, as in forum-search

namespace bench::fts5 {

inline constexpr const char* kCreateSchema = R"sql(
CREATE TABLE posts(
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    date INTEGER,
    country TEXT,
    hit TEXT NOT NULL
);
CREATE VIRTUAL TABLE posts_fts USING fts5(text, title, tokenize = 'porter unicode61');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, tokenize = 'porter unicode61');
INSERT INTO posts_fts(posts_fts, rank) VALUES('rank', 'bm25(1.0, 3.0)');
)sql";

}  // namespace bench::fts5
