#pragma once
// The label/value pairs of a poster's block ("Joined: Nov 4, 2011", "Сообщения: 14") mapped onto
// post fields, in the languages forums are run in. Shared by every engine.
//
// Mapping: joined ← Joined/Join date/Registered/Регистрация; messages ← Messages/Posts/Сообщения;
// reaction_score ← Reaction score/Reactions/Likes/Likes received/Reputation/Karma/Реакции/Симпатии
// (whatever single "how well received" count the forum shows); location ← Location/Откуда;
// country ← Country/Страна. Other labels (Points, Trophies, Баллы...) are ignored.

#include <string>
#include <string_view>

#include <libxml/tree.h>

#include "common/core/dates.hpp"
#include "common/core/post.hpp"
#include "indexer/html/page.hpp"

namespace forum {

enum class UserField { kNone, kJoined, kMessages, kReactionScore, kLocation, kCountry };

UserField user_field(std::string_view label);

// Sets the field the label names, when the value parses. Returns whether it did.
bool apply_user_extra(Post& post, std::string_view label, std::string_view value,
                      const DateContext& dates);

// A value cell's text, or, when it has none (a flag), its image's alt or title.
std::string extra_value(const xmlNode* cell);

// A block of "Label: value" lines (separated by <br> or block elements) applied as user extras.
void apply_labelled_lines(const Page& page, Post& post, xmlNode* block);

}  // namespace forum
