// Fuzz target "timezone": a TZif file (RFC 8536) as --timezone NAME loads it from the zone
// directory, then the zone in use: offsets at instants, local times to instants (DST gaps and
// overlaps), and visible page times read in it.
//
// Input: the file's bytes. Seeds are zone files of the system (seeds.cpp).

#include <cstdlib>

#include "common/core/dates.hpp"
#include "common/core/time_zone.hpp"
#include "tests/fuzz/fuzz_target.hpp"
#include "tests/fuzz/memory_file.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // The loader reads $TZDIR/NAME; the input is the file /proc/self/fd/N.
    setenv("TZDIR", "/proc/self/fd", 1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace forum;
    static fuzz::MemoryFile file;
    file.write(fuzz::as_text(data, size));
    auto zone = TimeZone::load(std::to_string(file.fd()));
    if (!zone) return 0;
    // Instants from 1901 to 2100, around the turn of each year and of mid-year.
    for (std::int64_t year = 1901; year <= 2100; year += 7) {
        for (int month : {1, 3, 7, 10, 12}) {
            CivilTime local{static_cast<int>(year), month, 1 + static_cast<int>(year % 28), 2, 30};
            std::int64_t t = zone->to_utc(local);
            zone->offset_at(t);
            zone->offset_at(to_epoch(local));
        }
    }
    DateContext ctx;
    ctx.now = 1696654800;
    ctx.zone = zone;
    for (const char* text : {"Today at 3:05 PM", "Mar 26, 2023 2:30 AM", "2023-10-29 02:30",
                             "Oct 29, 2023 at 2:30 AM", "Yesterday, 23:59"}) {
        if (auto t = parse_visible_time(text, ctx)) format_iso_utc(*t);
    }
    return 0;
}
