#include "indexer/html/out_of_memory.hpp"

#include <alloca.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

namespace forum {
namespace {

thread_local bool t_xml_failed = false;

void* watched_malloc(size_t size) {
    void* p = std::malloc(size);
    if (!p && size > 0) t_xml_failed = true;
    return p;
}

void* watched_realloc(void* old, size_t size) {
    void* p = std::realloc(old, size);
    if (!p && size > 0) t_xml_failed = true;
    return p;
}

char* watched_strdup(const char* s) {
    char* p = strdup(s);
    if (!p) t_xml_failed = true;
    return p;
}

void unwatched_free(void* p) { std::free(p); }

void on_xml_error(void*, xmlErrorPtr error) {
    if (error && error->code == XML_ERR_NO_MEMORY) t_xml_failed = true;
}

// A call deeper than any before needs new stack pages; made once the heap has taken the last of
// the address space, it dies of SIGSEGV. Touching 2 MiB of stack now (far more than forum-index
// uses; half the stack limit if that is less) makes the mapping cover that depth from the start.
[[gnu::noinline]] void reserve_stack() {
    size_t bytes = 2u << 20;
    rlimit limit{};
    if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        bytes = std::min<size_t>(bytes, limit.rlim_cur / 2);
    auto* area = static_cast<volatile char*>(alloca(bytes));
    for (size_t i = 0; i < bytes; i += 4096)
        area[i] = 0;
}

}  // namespace

void prepare_for_out_of_memory() {
    xmlMemSetup(unwatched_free, watched_malloc, watched_realloc, watched_strdup);
    // Errors libxml2 raises outside a parse's own reporting (the tree builder's "out of memory")
    // go to stderr by default, and that printing crashed when memory had run out. Parse errors
    // are not wanted (the parser is told so); an out-of-memory one is noted. For this thread
    // and the threads started later.
    xmlSetStructuredErrorFunc(nullptr, on_xml_error);
    xmlThrDefSetStructuredErrorFunc(nullptr, on_xml_error);
    reserve_stack();
}

void throw_if_xml_allocation_failed() {
    if (!t_xml_failed) return;
    t_xml_failed = false;
    throw std::bad_alloc();
}

}  // namespace forum
