#include "indexer/extract/user_extras.hpp"

#include <array>

#include "common/core/numbers.hpp"
#include "common/core/text.hpp"
#include "indexer/extract/body_text.hpp"
#include "indexer/html/page.hpp"

namespace forum {
namespace {

struct Label {
    std::string_view text;  // lower case, without the trailing ':'
    UserField field;
};

// clang-format off
constexpr Label kLabels[] = {
    // English
    {"joined", UserField::kJoined}, {"join date", UserField::kJoined},
    {"registered", UserField::kJoined}, {"member since", UserField::kJoined},
    {"messages", UserField::kMessages}, {"posts", UserField::kMessages},
    {"reaction score", UserField::kReactionScore}, {"reactions", UserField::kReactionScore},
    {"likes", UserField::kReactionScore}, {"likes received", UserField::kReactionScore},
    {"reputation", UserField::kReactionScore}, {"location", UserField::kLocation},
    {"from", UserField::kLocation}, {"country", UserField::kCountry},
    {"karma", UserField::kReactionScore},
    // Russian
    {"регистрация", UserField::kJoined}, {"зарегистрирован", UserField::kJoined},
    {"дата регистрации", UserField::kJoined}, {"сообщения", UserField::kMessages},
    {"сообщений", UserField::kMessages}, {"реакции", UserField::kReactionScore},
    {"симпатии", UserField::kReactionScore}, {"репутация", UserField::kReactionScore},
    {"откуда", UserField::kLocation}, {"адрес", UserField::kLocation},
    {"город", UserField::kLocation}, {"страна", UserField::kCountry},
    // German
    {"registriert seit", UserField::kJoined}, {"mitglied seit", UserField::kJoined},
    {"beiträge", UserField::kMessages}, {"reaktionspunkte", UserField::kReactionScore},
    {"ort", UserField::kLocation}, {"wohnort", UserField::kLocation},
    {"land", UserField::kCountry},
    // French
    {"inscrit", UserField::kJoined}, {"inscription", UserField::kJoined},
    {"score de réaction", UserField::kReactionScore}, {"localisation", UserField::kLocation},
    {"pays", UserField::kCountry},
    // Spanish
    {"registrado", UserField::kJoined}, {"mensajes", UserField::kMessages},
    {"puntuación de reacción", UserField::kReactionScore}, {"ubicación", UserField::kLocation},
    {"país", UserField::kCountry},
};
// clang-format on

std::string normalize_label(std::string_view label) {
    std::string l = utf8_lower(collapse_whitespace(label));
    while (!l.empty() && (l.back() == ':' || l.back() == ' '))
        l.pop_back();
    return l;
}

}  // namespace

UserField user_field(std::string_view label) {
    std::string l = normalize_label(label);
    for (const auto& entry : kLabels) {
        if (l == entry.text) return entry.field;
    }
    return UserField::kNone;
}

bool apply_user_extra(Post& post, std::string_view label, std::string_view value,
                      const DateContext& dates) {
    std::string v = collapse_whitespace(value);
    if (v.empty()) return false;
    switch (user_field(label)) {
        case UserField::kJoined:
            if (auto day = parse_visible_day(v, dates)) {
                post.joined = *day;
                return true;
            }
            return false;
        case UserField::kMessages:
            if (auto n = parse_count(v)) {
                post.messages = *n;
                return true;
            }
            return false;
        case UserField::kReactionScore:
            if (auto n = parse_count(v)) {
                post.reaction_score = *n;
                return true;
            }
            return false;
        case UserField::kLocation:
            post.location = v;
            return true;
        case UserField::kCountry:
            post.country = v;
            return true;
        case UserField::kNone:
            return false;
    }
    return false;
}

std::string extra_value(const xmlNode* cell) {
    std::string text = text_of(cell);
    if (!text.empty() || !cell) return text;
    for (const xmlNode* c = cell->children; c; c = c->next) {
        const xmlNode* img = is_element(c, "img") ? c : nullptr;
        if (!img && c->type == XML_ELEMENT_NODE) {
            // a flag wrapped in a link or span
            for (const xmlNode* g = c->children; g && !img; g = g->next) {
                if (is_element(g, "img")) img = g;
            }
        }
        if (img) {
            std::string alt = collapse_whitespace(attr(img, "alt"));
            return !alt.empty() ? alt : collapse_whitespace(attr(img, "title"));
        }
    }
    return {};
}

void apply_labelled_lines(const Page& page, Post& post, xmlNode* block) {
    if (!block) return;
    std::string text = read_body(page, block, {}).text;
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string::npos) nl = text.size();
        std::string_view line = std::string_view(text).substr(start, nl - start);
        size_t colon = line.find(':');
        if (colon != std::string_view::npos)
            apply_user_extra(post, line.substr(0, colon), line.substr(colon + 1), page.dates());
        start = nl + 1;
    }
}

}  // namespace forum
