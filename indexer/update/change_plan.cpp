#include "indexer/update/change_plan.hpp"

#include "common/core/content_hash.hpp"
#include "common/schema/schema.hpp"

namespace forum {

FilePlan plan_file(const InputFile& in, const FileState* last, const std::string* hash,
                   const PlanContext& context) {
    const std::string& extracted_with =
        last && !last->extraction.empty() ? last->extraction : context.index_fingerprint;
    bool stale = last && extracted_with != context.fingerprint;
    // mtime -1: a source in it must supply a post again (see Reconciler::unref).
    bool reusable = last && !stale && !last->failed && last->mtime != -1;
    if (!hash) {
        if (reusable && !context.verify && last->size == in.size && last->mtime == in.mtime)
            return {FileAction::kUnchanged};
        return {FileAction::kHash};
    }
    if (reusable && *hash == last->hash) return {FileAction::kTouched};
    // Failures are reported again until fixed; a stale extraction is redone.
    return {FileAction::kRead, last && (last->failed || stale)};
}

bool page_needs_extraction(const std::optional<SourceState>& last, const std::string& hash,
                           bool again) {
    return !last || last->hash != hash || again;
}

std::string page_hash(const RawPage& page) {
    ContentHash h;
    h.update(page.bytes);
    h.update(std::to_string(page.crawl_time));
    return h.hex();
}

std::string extraction_fingerprint(const std::string& engine, int utc_offset_seconds,
                                   const std::string& zone, const std::string& language) {
    return std::string(schema::kSchemaVersion) + "/" + FORUM_SEARCH_VERSION + "/" + engine + "/" +
           std::to_string(utc_offset_seconds) + (zone.empty() ? "" : "/" + zone) +
           (language.empty() ? "" : "/lang=" + language);
}

}  // namespace forum
