#pragma once
// The index schema, defined once: how a post is laid out in a Xapian database. The indexer writes
// by these definitions and the searcher reads by them; neither spells a prefix or a slot itself.
//
// Terms
//   (none)    the post's own words, with positions, stemmed (Z-prefixed stems, Xapian STEM_SOME)
//             by the stemmer of the post's language (none for a language Xapian has no stemmer
//             for, whose words are indexed unstemmed only);
//             the thread title is added here too for the thread's first post only, with
//             kFirstPostTitleWdf, so a title search finds the thread starter first
//   S         thread title, on every post of the thread (for title:)
//   XQ        text inside quotes (for quote:), kept apart so a quoted phrase is not a hit
//   A G H     poster, forum, site (boolean filters; lower-cased, exact)
//   XCOUNTRY  country; XLOC location; XTHREAD thread id (boolean filters)
//   XUTITLE   the poster's user title (boolean filter, for user-title:)
//   XQA       the author of each quote the post holds (boolean filter, for quoted:)
//   XFA XFQA  poster and quoted authors folded (lower case, no diacritics: "đặng" → "dang"), for
//             poster: and quoted: as people type names, and their PREFIX* forms
//   XLANG     the post's language, an ISO 639-1 code (boolean filter, for lang:)
//   XIN       "XINfirst" on a thread-starting post (position 1), for in:first
//   XPID      the engine's post id alone (for `show ID`; ids are only unique per site)
//   XTKEY     the thread key (see kThreadKey below) as a boolean term (threads, `thread`)
//   Q         unique id: site + "/" + post id (one document per post); without an id, thread URL
//             + "#" + position; without either, the page's source key + "#" + the post's ordinal
//   XSRC      one per source (page) that holds the post: "XSRC" + source key; a post is deleted
//             when its last source goes
//   XWP       two adjacent common words of the text, "XWPof the", without positions; and XWPv1
//             on every post that has them (word_pairs.hpp: phrases of common words)
// Values
//   kDateDay       YYYYMMDD of the post date (date: and --since/--until, as value ranges)
//   kDateSortable  sortable_serialise(epoch seconds) (sorting newest/oldest)
//   kThreadKey     site + "/" + thread id (else the thread URL): the --per-thread collapse key
//   kCountryName kPosterName kForumName kSiteName   the value as the page shows it (facets)
//   kYear kMonth   "2023", "2023-10" of the post date (facets)
//   kLangCode      the post's language code (facet)
//   kPosition      sortable_serialise(position in thread) (`thread` order)
//   kWinnerSource  the key of the source whose copy of the post is stored (the latest crawl; on a
//                  tie, the source first in path order)
//   kWinnerCrawl   that source's crawl time, as decimal seconds
//   kTieKey        the unique term (Q...): posts of equal score in this order, the same over one
//                  index or shards of it (Xapian's own tie-break, the document id, differs)
//   kDateTieKey    "1" + 16 hex digits of the date (sign bit flipped) + the unique term, or "0" +
//                  the unique term without a date: --sort newest/oldest with no ties left
// Document data
//   the post, text and quotes included, as a compact record (document_data.hpp); documents
//   written before 2026-12-03 hold it as JSON, which is read as well (no version change: both
//   forms answer alike, and a page's posts are written anew whenever the page is)
// Spelling data (Xapian's spelling table, for "Did you mean")
//   the post's unprefixed words (its text and, on a first post, the title), added by the writer
//   thread when a post is stored and removed when it is replaced or deleted.
// Version history
//   1  the first schema
//   2  XUTITLE XQA XIN XPID XTKEY terms, slots 2-9, spelling data
//   3  XFA XFQA terms (folded names); slots 10-11 (tie keys, for the same order over shards)
//   4  posts stemmed by their own language; XLANG terms, slot 12, kMetaLanguages. An index of
//      version 3 or older has one stemmer (kMetaLanguage) and no languages: the searcher stems
//      with it as before, and lang: is an error there
//   5  XWP word pairs. The searcher uses them only when every post has XWPv1, so an index of
//      version 4 answers as before until forum-index has rewritten each of its posts
// User metadata (in the same commits as the posts, so state and posts never disagree)
//   kMetaFile + hash of path    an input file: path, size, mtime, content hash, its sources
//   kMetaSource + source key    a source (a page file, a WARC record, an archive member; its
//                               key is the hash of its name): name, file, content hash, crawl
//                               time and the unique terms of the posts it holds
//   kMetaLanguages              the languages of the index's posts, codes in order, one space
//                               apart ("en ru"): a query word is stemmed in each
//   kMetaMergedShards           the Xapian UUIDs of the shards the last shard merge folded in,
//                               one a line: shards a run that died left are not merged twice
//   kMetaSourcesToCheck         "1" from a merge of shards a run that died left until the sources
//                               their state does not record are dropped

#include <string>
#include <string_view>

#include <xapian.h>

#include "common/core/post.hpp"

namespace forum::schema {

inline constexpr std::string_view kSchemaVersion = "5";
// The first version with folded names (XFA, XFQA); an older index gets exact names.
inline constexpr int kFoldedNamesVersion = 3;
// The first version with a language per post (XLANG, kMetaLanguages).
inline constexpr int kLanguagesVersion = 4;

// Free-text prefixes.
inline constexpr std::string_view kTitle = "S";
inline constexpr std::string_view kQuote = "XQ";

// Boolean filter prefixes.
inline constexpr std::string_view kPoster = "A";
inline constexpr std::string_view kForum = "G";
inline constexpr std::string_view kSite = "H";
inline constexpr std::string_view kCountry = "XCOUNTRY";
inline constexpr std::string_view kLocation = "XLOC";
inline constexpr std::string_view kThread = "XTHREAD";
inline constexpr std::string_view kUserTitle = "XUTITLE";
inline constexpr std::string_view kQuotedAuthor = "XQA";
// The same names folded (common/core/name_folding.hpp): case and diacritics gone.
inline constexpr std::string_view kPosterFolded = "XFA";
inline constexpr std::string_view kQuotedFolded = "XFQA";
inline constexpr std::string_view kLang = "XLANG";
inline constexpr std::string_view kIn = "XIN";
inline constexpr std::string_view kPostId = "XPID";
inline constexpr std::string_view kThreadTerm = "XTKEY";
inline constexpr std::string_view kUnique = "Q";
inline constexpr std::string_view kSource = "XSRC";

inline constexpr std::string_view kInFirst = "first";  // XIN + this: a thread-starting post

inline constexpr Xapian::termcount kFirstPostTitleWdf = 3;

enum Slot : Xapian::valueno {
    kDateDay = 0,
    kDateSortable = 1,
    kThreadKey = 2,
    kCountryName = 3,
    kPosterName = 4,
    kForumName = 5,
    kSiteName = 6,
    kYear = 7,
    kMonth = 8,
    kPosition = 9,
    kTieKey = 10,
    kDateTieKey = 11,
    kLangCode = 12,
    kWinnerSource = 20,
    kWinnerCrawl = 21,
};

// User metadata written with every commit.
inline constexpr std::string_view kMetaSchema = "forum-search.schema";
inline constexpr std::string_view kMetaLanguage = "forum-search.language";
inline constexpr std::string_view kMetaExtraction = "forum-search.extraction";   // see indexer
inline constexpr std::string_view kMetaLastUpdate = "forum-search.last-update";  // epoch seconds
inline constexpr std::string_view kMetaFile = "forum-search.file:";
inline constexpr std::string_view kMetaSource = "forum-search.source:";
inline constexpr std::string_view kMetaLanguages = "forum-search.languages";
inline constexpr std::string_view kMetaMergedShards = "forum-search.merged-shards";
inline constexpr std::string_view kMetaSourcesToCheck = "forum-search.sources-to-check";

inline constexpr std::string_view kDefaultLanguage = "english";

// A boolean term: prefix + lower-cased value; values too long for a Xapian term are shortened
// with a hash, the same way at index and at query time.
std::string boolean_term(std::string_view prefix, std::string_view value);

// The identity of a post: (site, post id), or (thread URL, position) when the page shows no id.
// Empty when the post cannot be identified.
std::string unique_term(const Post& post);

// The key of a source (a page file, a WARC record, an archive member) named by its absolute name,
// as XSRC terms and source metadata use it.
std::string source_key(std::string_view source_name);

// The thread a post belongs to: site + "/" + thread id, else the thread URL; empty if neither.
std::string thread_key(const Post& post);

// The values of kTieKey and kDateTieKey for a post stored under `unique_term`.
void add_tie_keys(Xapian::Document& doc, const Post& post, const std::string& unique_term);

// A term with no prefix (its first byte is not an ASCII capital): a word of the post's text.
bool is_unprefixed_term(std::string_view term);

Post post_from_document(const Xapian::Document& doc);

}  // namespace forum::schema
