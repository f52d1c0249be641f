#include "indexer/engines/extract.hpp"

#include <filesystem>

#include "indexer/engines/engine_list.hpp"
#include "indexer/html/url.hpp"

namespace forum {
namespace {

// Whether anything (an element or visible text) follows `node` in the document. The last post of
// a truncated page is the one with nothing after it: libxml2 closed its elements at end of file.
bool followed_by_content(const xmlNode* node) {
    for (const xmlNode* n = node; n; n = n->parent) {
        for (const xmlNode* s = n->next; s; s = s->next) {
            if (s->type == XML_ELEMENT_NODE) return true;
            if (s->type == XML_TEXT_NODE && !text_of(s).empty()) return true;
        }
    }
    return false;
}

// A page without a URL of its own names its site after the folder it was saved in: a name the
// crawl gave it, the same on any machine, where an absolute path would print the local disk's
// layout and change when the crawl moves. An archive member at the archive's root takes the
// archive's folder; a page saved at the file system's root, "local".
std::string site_of(const Page& page) {
    std::string host = url_host(page.url());
    if (!host.empty()) return host;
    namespace fs = std::filesystem;
    const std::string& member = page.saved_as();
    fs::path folder_in_archive = fs::path(member).lexically_normal().parent_path();
    if (!folder_in_archive.empty()) return folder_in_archive.filename().string();
    std::string file = page.source();
    if (!member.empty() && file.ends_with('!' + member))
        file.resize(file.size() - member.size() - 1);
    std::error_code ec;
    fs::path folder = fs::absolute(file, ec).lexically_normal().parent_path();
    std::string name = ec ? std::string() : folder.filename().string();
    return name.empty() ? "local" : name;
}

}  // namespace

Extraction extract_posts(const Page& page, const Engine* forced) {
    Extraction out;
    if (!page.usable()) return out;
    if (forced) {
        out.engine = forced;
    } else {
        for (const auto& e : engines()) {
            if (e.detect(page)) {
                out.engine = &e;
                break;
            }
        }
    }
    if (!out.engine) return out;

    std::vector<Post> posts;
    if (out.engine->page_posts) {
        posts = out.engine->page_posts(page);
    } else {
        std::vector<xmlNode*> nodes = out.engine->posts(page);
        if (page.truncated() && !nodes.empty() && !followed_by_content(nodes.back())) {
            nodes.pop_back();
            out.cut_posts = 1;
        }
        for (xmlNode* node : nodes)
            posts.push_back(out.engine->post(page, node));
    }
    ThreadInfo thread = out.engine->thread(page);
    std::string site = site_of(page);
    for (Post& p : posts) {
        p.thread_id = thread.thread_id;
        p.thread_title = thread.title;
        p.forum = thread.forum;
        p.thread_url = thread.thread_url;
        p.page = thread.page;
        p.site = site;
        p.engine = std::string(out.engine->name);
        p.source = page.source();
        out.posts.push_back(std::move(p));
    }
    return out;
}

}  // namespace forum
