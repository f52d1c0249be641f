#pragma once
// Where a saved page came from when the page does not say so itself (no canonical link, no
// og:url): the comment HTTrack writes into every page, or the host/path layout of a wget or
// HTTrack mirror ("crawl/forum.example.com/viewtopic.php@t=5" → "http://forum.example.com/
// viewtopic.php?t=5"). The scheme of a layout URL is unknown; http is assumed.

#include <string>
#include <string_view>

namespace forum {

// "<!-- Mirrored from forum.example.com/t/5 by HTTrack Website Copier/3.x ... -->"
std::string httrack_url(std::string_view bytes);

// The URL a mirror's directory layout implies for a saved file, or "" when no directory in the
// path looks like a host name.
std::string mirror_url(std::string_view source_path);

// Whether a path component looks like a host name ("defence.pk", "forum.example.com").
bool looks_like_host(std::string_view name);

}  // namespace forum
