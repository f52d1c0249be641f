#pragma once
// What each fuzz target in this folder defines: libFuzzer's entry point, run over the project's
// real functions. The same target is built twice: with libFuzzer (-DFORUM_SEARCH_FUZZ=ON, clang,
// scripts/fuzz) to search for crashes, and with replay_main.cpp in every build, to run its seeds
// and the inputs that once crashed it (regressions/TARGET/) as a ctest.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
// Optional: set-up done once before the first input (libFuzzer calls it when a target has it).
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace forum::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A promise of the code under test that an input broke: reported like a crash, so that libFuzzer
// keeps the input and the replay test fails.
inline void require(bool ok, const char* promise) {
    if (ok) return;
    std::fprintf(stderr, "fuzz: broken promise: %s\n", promise);
    std::abort();
}

}  // namespace forum::fuzz
